// Stories of <cor-error-summary>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/button.js';
import '../packages/components/src/error-summary.js';
import '../packages/components/src/region-comuna.js';
import '../packages/components/src/rut-input.js';
import '../packages/components/src/text-input.js';
import { text } from './lib/forms.js';

interface ErrorSummaryArgs {
  titleText?: string;
  disableAutoFocus?: boolean;
  updateTitle?: boolean;
  lang?: string;
}

/** Keeps the story page in place when the form is valid. */
function stay(event: SubmitEvent): void {
  event.preventDefault();
  const output = (event.currentTarget as HTMLFormElement).querySelector('output');
  if (output) output.textContent = 'Formulario enviado: no hay errores.';
}

const meta = {
  title: 'Componentes/Resumen de errores',
  id: 'componentes-resumen-de-errores',
  component: 'cor-error-summary',
  args: { titleText: '', disableAutoFocus: true, updateTitle: false },
  argTypes: {
    titleText: { control: 'text' },
    disableAutoFocus: { control: 'boolean' },
    updateTitle: { control: 'boolean' },
    lang: { control: 'select', options: ['', 'es', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'La lista de errores al inicio de la página, después de un envío con problemas. Cada enlace lleva a su ' +
          'campo, también dentro de los componentes de Cordillera. En esta documentación los ejemplos no toman el ' +
          'foco al aparecer (`disable-auto-focus`), para que la página no salte; en un servicio, sí deben tomarlo.',
      },
    },
  },
} satisfies Meta<ErrorSummaryArgs>;
export default meta;

type Story = StoryObj<ErrorSummaryArgs>;

export const ServerErrors: Story = {
  name: 'Errores del servidor',
  render: (args) =>
    html`<cor-error-summary
        title-text=${text(args.titleText)}
        ?disable-auto-focus=${args.disableAutoFocus}
        ?update-title=${args.updateTitle}
        lang=${text(args.lang)}
      >
        <a href="#resumen-nombre">Ingrese su nombre completo</a>
        <a href="#resumen-rut">El dígito verificador no corresponde</a>
        <a href="#resumen-domicilio">Seleccione una comuna</a>
      </cor-error-summary>
      <form @submit=${stay} lang=${text(args.lang)}>
        <cor-text-input
          id="resumen-nombre"
          label="Nombre completo"
          name="nombre"
          error="Ingrese su nombre completo"
        ></cor-text-input>
        <cor-rut-input
          id="resumen-rut"
          label="RUT"
          name="rut"
          value="12.345.678-9"
          error="El dígito verificador no corresponde"
        ></cor-rut-input>
        <cor-region-comuna
          id="resumen-domicilio"
          legend="¿En qué comuna vive?"
          region="13"
          error="Seleccione una comuna"
        ></cor-region-comuna>
        <cor-button>Continuar</cor-button>
      </form>`,
  parameters: {
    docs: {
      description: {
        story:
          'Lo que devuelve un servidor que validó el formulario: un enlace `<a href="#id-del-campo">` por ' +
          'error, con el mismo mensaje que el campo muestra en su atributo `error`. Active un enlace: el foco ' +
          'va al campo dentro del componente y su pregunta queda a la vista.',
      },
    },
  },
};

export const FromTheForm: Story = {
  name: 'Al enviar el formulario',
  args: { disableAutoFocus: false },
  render: (args) =>
    html`<cor-error-summary
        for="resumen-formulario"
        title-text=${text(args.titleText)}
        ?disable-auto-focus=${args.disableAutoFocus}
        ?update-title=${args.updateTitle}
        lang=${text(args.lang)}
      ></cor-error-summary>
      <form id="resumen-formulario" @submit=${stay} lang=${text(args.lang)}>
        <cor-text-input
          id="resumen-correo"
          label="Correo electrónico"
          name="correo"
          type="email"
          required
        ></cor-text-input>
        <cor-rut-input id="resumen-rut-2" label="RUT" name="rut" required></cor-rut-input>
        <cor-button>Continuar</cor-button>
        <output></output>
      </form>`,
  parameters: {
    docs: {
      description: {
        story:
          'Con `for="id-del-formulario"`, el resumen reúne los errores del formulario cuando un envío no pasa la ' +
          'validación, con los mensajes del catálogo en el idioma de la página, en vez de las burbujas del ' +
          'navegador. Presione «Continuar» sin llenar los campos.',
      },
    },
  },
};

export const FromAProperty: Story = {
  name: 'Desde la propiedad errors',
  render: (args) =>
    html`<cor-error-summary
        title-text=${text(args.titleText)}
        ?disable-auto-focus=${args.disableAutoFocus}
        lang=${text(args.lang)}
        .errors=${[
          { text: 'Ingrese una fecha de nacimiento en el pasado', target: 'resumen-fecha' },
          {
            text: 'Ingrese un correo electrónico, como nombre@ejemplo.cl',
            target: '#resumen-correo-2',
          },
        ]}
      ></cor-error-summary>
      <cor-text-input id="resumen-fecha" label="Fecha de nacimiento" name="fecha"></cor-text-input>
      <cor-text-input
        id="resumen-correo-2"
        label="Correo electrónico"
        name="correo"
        type="email"
      ></cor-text-input>`,
};

export const English: Story = {
  name: 'En inglés',
  args: { lang: 'en' },
  render: (args) =>
    html`<cor-error-summary ?disable-auto-focus=${args.disableAutoFocus} lang=${text(args.lang)}>
        <a href="#summary-email"
          >Enter an email address in the correct format, like name@example.com</a
        >
      </cor-error-summary>
      <cor-text-input
        id="summary-email"
        lang=${text(args.lang)}
        label="Email address"
        name="email"
        value="ana"
        error="Enter an email address in the correct format, like name@example.com"
      ></cor-text-input>`,
};
