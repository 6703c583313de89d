// Stories of <cor-button>. Every story renders from its args alone (no decorator, no Storybook
// global), because the test suite also renders these stories as the fixtures of its axe matrix
// (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/button.js';
import '../packages/components/src/text-input.js';

interface ButtonArgs {
  /** The button text (default slot). */
  text: string;
  variant?: 'primary' | 'secondary' | 'warning' | 'start';
  type?: 'submit' | 'reset' | 'button';
  value?: string;
  name?: string;
  href?: string;
  disabled?: boolean;
  'prevent-double-click'?: boolean;
  formnovalidate?: boolean;
  /** Storybook's action for the click event (absent outside Storybook). */
  onClick?: (event: MouseEvent) => void;
}

/** One <cor-button> with every attribute taken from the args; empty values leave it out. */
const button = (args: ButtonArgs) =>
  html`<cor-button
    variant=${ifDefined(args.variant || undefined)}
    type=${ifDefined(args.type || undefined)}
    value=${ifDefined(args.value || undefined)}
    name=${ifDefined(args.name || undefined)}
    href=${ifDefined(args.href || undefined)}
    ?disabled=${args.disabled}
    ?prevent-double-click=${args['prevent-double-click']}
    ?formnovalidate=${args.formnovalidate}
    @click=${args.onClick}
    >${args.text}</cor-button
  >`;

/** Shows what a form would send, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const sent = [...data.entries()].map(([key, value]) => `${key}=${String(value)}`).join(', ');
  const output = form.querySelector('output');
  if (output) output.textContent = `Datos enviados: ${sent || '(ninguno)'}`;
}

/** Counts the clicks that get through to the page's listeners. */
function countClick(event: MouseEvent): void {
  const output = (event.currentTarget as Element).parentElement?.querySelector('output');
  if (output) output.textContent = String(Number(output.textContent) + 1);
}

const meta = {
  title: 'Componentes/Botón',
  id: 'componentes-boton',
  component: 'cor-button',
  args: {
    text: 'Continuar',
    variant: 'primary',
    type: 'submit',
    disabled: false,
    'prevent-double-click': false,
    formnovalidate: false,
  },
  argTypes: {
    text: {
      description:
        'Texto del botón (ranura por defecto). Escriba la acción con un verbo: «Continuar», «Enviar solicitud».',
      control: 'text',
      table: { category: 'slots' },
    },
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'warning', 'start'] },
    type: { control: 'inline-radio', options: ['submit', 'reset', 'button'] },
    value: { control: 'text' },
    name: { control: 'text' },
    href: { control: 'text' },
    disabled: { control: 'boolean' },
    'prevent-double-click': { control: 'boolean' },
    formnovalidate: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'El botón lleva a la persona a la siguiente acción de un trámite: continuar, enviar, guardar o comenzar. ' +
          'Use un solo botón principal por página. Dentro de un formulario es un botón de envío real: valida el ' +
          'formulario, envía su `name` y `value`, y Enter en un campo lo presiona. Con `href` es un enlace con ' +
          'aspecto de botón.',
      },
    },
  },
} satisfies Meta<ButtonArgs>;
export default meta;

type Story = StoryObj<ButtonArgs>;

export const Primary: Story = {
  name: 'Principal',
  args: { text: 'Continuar' },
  render: (args) => button(args),
  parameters: {
    docs: { description: { story: 'La acción principal de la página. Use uno solo por página.' } },
  },
};

export const Secondary: Story = {
  name: 'Secundario',
  args: { text: 'Agregar otra persona', variant: 'secondary', type: 'button' },
  render: (args) => button(args),
  parameters: {
    docs: { description: { story: 'Para acciones de apoyo junto a la acción principal.' } },
  },
};

export const Warning: Story = {
  name: 'Advertencia',
  args: { text: 'Eliminar solicitud', variant: 'warning', type: 'button' },
  render: (args) => button(args),
  parameters: {
    docs: {
      description: {
        story:
          'Para acciones destructivas que no se pueden deshacer. Pida confirmación antes de ejecutarlas.',
      },
    },
  },
};

export const Start: Story = {
  name: 'Comenzar un trámite',
  args: { text: 'Comenzar ahora', variant: 'start', href: '#comenzar' },
  render: (args) => button(args),
  parameters: {
    docs: {
      description: {
        story:
          'El botón de inicio de un servicio, en su página de presentación. Es un enlace (`href`) con una flecha.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: { text: 'Enviar solicitud', disabled: true },
  render: (args) => button(args),
  parameters: {
    docs: {
      description: {
        story:
          'Evítelo cuando pueda: un botón deshabilitado no explica qué falta. Es preferible dejarlo activo y ' +
          'mostrar los errores del formulario al enviarlo.',
      },
    },
  },
};

export const AsLink: Story = {
  name: 'Como enlace',
  args: { text: 'Ver el estado de su solicitud', variant: 'secondary', href: '#estado' },
  render: (args) => button(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `href` el botón es un enlace: úselo cuando la acción lleva a otra página en vez de enviar datos.',
      },
    },
  },
};

export const PreventDoubleClick: Story = {
  name: 'Evitar doble clic',
  args: { text: 'Confirmar y pagar', type: 'button', 'prevent-double-click': true },
  render: (args) => html`
    <div>
      ${button({
        ...args,
        onClick: (event) => {
          countClick(event);
          args.onClick?.(event);
        },
      })}
      <p>Clics recibidos por la página: <output>0</output></p>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Con `prevent-double-click` el botón ignora un segundo clic durante un segundo, para que una conexión ' +
          'lenta no envíe dos veces el mismo pago. Haga doble clic: la página recibe un solo clic.',
      },
    },
  },
};

export const InAForm: Story = {
  name: 'En un formulario',
  args: { text: 'Enviar solicitud', name: 'accion', value: 'enviar' },
  render: (args) => html`
    <form @submit=${showSubmission}>
      <cor-text-input
        label="Nombre completo"
        name="nombre"
        autocomplete="name"
        required
      ></cor-text-input>
      ${button(args)}
      <cor-button variant="secondary" name="accion" value="borrador" formnovalidate
        >Guardar borrador</cor-button
      >
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          '«Enviar solicitud» valida el formulario antes de enviarlo; «Guardar borrador» (`formnovalidate`) lo ' +
          'envía sin validar. Cada botón envía su propio `value` con el `name` «accion».',
      },
    },
  },
};

export const LongText: Story = {
  name: 'Texto largo',
  args: {
    text: 'Continuar con la solicitud de renovación de la cédula de identidad para chilenos que viven en el extranjero',
  },
  render: (args) => button(args),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  parameters: {
    docs: {
      description: {
        story:
          'Un texto largo pasa a la línea siguiente en vez de salirse de la pantalla, también a 320 px de ancho. ' +
          'Aun así, prefiera textos cortos.',
      },
    },
  },
};
