// Stories of <cor-claveunica-button>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Each story shows ONE button: the
// component warns when a page has more than one. Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/claveunica-button.js';
import { page } from './patterns/page.js';

interface ClaveUnicaButtonArgs {
  variant?: 'primary' | 'high-contrast';
  href?: string;
  'full-width'?: boolean;
  disabled?: boolean;
  name?: string;
  value?: string;
  /** Storybook's action for the click event (absent outside Storybook). */
  onClick?: (event: MouseEvent) => void;
}

/** Where the example links go: a service's own sign-in route, which redirects to ClaveÚnica. */
const SIGN_IN_URL = '#iniciar-sesion-claveunica';

/** One <cor-claveunica-button> with every attribute taken from the args; empty ones left out. */
const claveUnicaButton = (args: ClaveUnicaButtonArgs) =>
  html`<cor-claveunica-button
    variant=${ifDefined(args.variant || undefined)}
    href=${ifDefined(args.href || undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    ?full-width=${args['full-width']}
    ?disabled=${args.disabled}
    @click=${args.onClick}
  ></cor-claveunica-button>`;

/** Shows what the form would send, in a status message that exists before it changes. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const sent = [...data.entries()].map(([key, value]) => `${key}=${String(value)}`).join(', ');
  const output = form.querySelector('output');
  if (output) output.textContent = `Datos enviados: ${sent || '(ninguno)'}`;
}

const meta = {
  title: 'Componentes/Botón ClaveÚnica',
  id: 'componentes-boton-claveunica',
  component: 'cor-claveunica-button',
  args: {
    variant: 'primary',
    href: SIGN_IN_URL,
    'full-width': false,
    disabled: false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'high-contrast'] },
    href: { control: 'text' },
    'full-width': { control: 'boolean' },
    disabled: { control: 'boolean' },
    name: { control: 'text' },
    value: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'El botón para iniciar sesión con ClaveÚnica, según el manual del botón de ClaveÚnica: azul ' +
          '`#0F69C4` con texto blanco y foco amarillo `#FFBE5C`. Su texto es siempre «Iniciar sesión», en ' +
          'español, también en una página en inglés; los lectores de pantalla oyen «Iniciar sesión con ' +
          'ClaveÚnica». Con `href` es un enlace; sin `href`, dentro de un formulario, es un botón de envío. ' +
          'Use uno solo por página.',
      },
    },
  },
} satisfies Meta<ClaveUnicaButtonArgs>;
export default meta;

type Story = StoryObj<ClaveUnicaButtonArgs>;

export const Default: Story = {
  name: 'Por defecto (enlace)',
  render: (args) => claveUnicaButton(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un enlace (`href`) a la ruta de su servicio que inicia el acceso con ClaveÚnica. Se abre en la ' +
          'misma ventana, nunca en una nueva.',
      },
    },
  },
};

export const InAForm: Story = {
  name: 'En un formulario',
  args: { href: '', name: 'proveedor', value: 'claveunica' },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${claveUnicaButton(args)}
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Sin `href`, dentro de un `<form>`, es un botón de envío real: envía el formulario (por ejemplo, un ' +
          '`POST` a su servicio, que redirige a ClaveÚnica) con su `name` y su `value`.',
      },
    },
  },
};

export const HighContrast: Story = {
  name: 'Alto contraste',
  args: { variant: 'high-contrast' },
  render: (args) => claveUnicaButton(args),
  parameters: {
    docs: {
      description: {
        story:
          'Blanco, con texto y borde azul oscuro (13:1). Para páginas donde el azul no destaca, por ejemplo ' +
          'sobre un fondo oscuro o azul.',
      },
    },
  },
};

export const FullWidth: Story = {
  name: 'Ancho completo',
  args: { 'full-width': true },
  render: (args) => claveUnicaButton(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `full-width` ocupa todo el ancho de su contenedor, como en una página de acceso para teléfonos.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: { disabled: true },
  render: (args) => claveUnicaButton(args),
  parameters: {
    docs: {
      description: {
        story:
          'Evítelo: un botón deshabilitado no explica por qué no se puede usar. Si ClaveÚnica no está ' +
          'disponible, dígalo en un texto y ofrezca otra forma de hacer el trámite.',
      },
    },
  },
};

export const DarkTheme: Story = {
  name: 'En un tema oscuro',
  render: (args) => html` <div data-cor-theme="dark">${claveUnicaButton(args)}</div> `,
  parameters: {
    docs: {
      description: {
        story:
          'En una región con el tema oscuro el botón conserva sus colores, definidos por el manual de ' +
          'ClaveÚnica: son tokens propios (`--cor-claveunica-*`) que no cambian con el tema oscuro ni con el ' +
          'tema de una institución.',
      },
    },
  },
};

export const EnglishPage: Story = {
  name: 'En una página en inglés',
  render: (args) => html`
    <div lang="en">
      <p>Sign in with ClaveÚnica, Chile’s digital identity, to apply for your certificate.</p>
      ${claveUnicaButton(args)}
    </div>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'El texto no se traduce: sigue diciendo «Iniciar sesión», marcado `lang="es"` para que el lector de ' +
          'pantalla lo lea en español, y `translate="no"` para que los traductores automáticos no lo cambien.',
      },
    },
  },
};

export const SignInPage: Story = {
  name: 'Página de inicio de sesión',
  render: (args) =>
    page(
      html`
        <h1 class="pat-h1">Inicie sesión para continuar</h1>
        <p>
          Usaremos su ClaveÚnica para saber quién es y completar sus datos. No necesita escribirlos.
        </p>
        ${claveUnicaButton(args)}
        <p>
          ¿No tiene ClaveÚnica? Solicítela en
          <a href="https://claveunica.gob.cl">claveunica.gob.cl</a>.
        </p>
      `,
      { service: 'Solicitar el certificado de residencia' },
    ),
  parameters: {
    docs: {
      description: {
        story:
          'El patrón completo: un título, para qué se usa ClaveÚnica, el botón, y cómo obtenerla a quien no la ' +
          'tiene. Vea también el patrón «Iniciar sesión con ClaveÚnica».',
      },
    },
  },
};
