// Stories of <cor-password-input>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/button.js';
import '../packages/components/src/password-input.js';

interface PasswordInputArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  autocomplete?: 'current-password' | 'new-password';
  minlength?: number;
  maxlength?: number;
  pattern?: string;
  passwordVisible?: boolean;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

const text = (value: string | undefined) => ifDefined(value || undefined);
const number = (value: number | undefined) =>
  ifDefined(value === undefined || value === null ? undefined : String(value));

/** One <cor-password-input> with every attribute taken from the args (empty ones left out). */
const passwordInput = (args: PasswordInputArgs) =>
  html`<cor-password-input
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    value=${text(args.value)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    autocomplete=${text(args.autocomplete)}
    minlength=${number(args.minlength)}
    maxlength=${number(args.maxlength)}
    pattern=${text(args.pattern)}
    ?password-visible=${args.passwordVisible}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
  ></cor-password-input>`;

/** Shows what the form sends, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const sent = [...data.keys()].join(', ');
  const output = form.querySelector('output');
  if (output) output.textContent = `Formulario enviado con: ${sent || '(sin datos)'}`;
}

const meta = {
  title: 'Componentes/Campo de contraseña',
  id: 'componentes-campo-de-contrasena',
  component: 'cor-password-input',
  args: {
    label: 'Contraseña',
    hint: '',
    error: '',
    name: 'contrasena',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    autocomplete: 'current-password',
    passwordVisible: false,
  },
  argTypes: {
    label: { control: 'text' },
    hint: { control: 'text' },
    error: { control: 'text' },
    name: { control: 'text' },
    value: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    readonly: { control: 'boolean' },
    autocomplete: { control: 'select', options: ['current-password', 'new-password'] },
    minlength: { control: 'number' },
    maxlength: { control: 'number' },
    pattern: { control: 'text' },
    passwordVisible: { control: 'boolean', name: 'password-visible' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un campo para la contraseña, con su etiqueta, texto de ayuda y mensaje de error, y un botón para ' +
          'mostrarla u ocultarla. La contraseña vuelve a ocultarse al enviar el formulario. Se puede pegar ' +
          'siempre, para que las personas usen un gestor de contraseñas.',
      },
    },
  },
} satisfies Meta<PasswordInputArgs>;
export default meta;

type Story = StoryObj<PasswordInputArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: { label: 'Contraseña', name: 'contrasena' },
  render: (args) => passwordInput(args),
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: {
    label: 'Contraseña',
    hint: 'La que creó al registrarse. Si no la recuerda, puede crear una nueva',
    name: 'contrasena',
  },
  render: (args) => passwordInput(args),
};

export const NewPassword: Story = {
  name: 'Nueva contraseña',
  args: {
    label: 'Cree una contraseña',
    hint: 'Use al menos 12 caracteres. Puede usar una frase, por ejemplo «la cordillera tiene nieve en julio»',
    name: 'nueva-contrasena',
    autocomplete: 'new-password',
    minlength: 12,
    required: true,
  },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${passwordInput(args)}
      <cor-button>Continuar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Con `autocomplete="new-password"`, el gestor de contraseñas del navegador puede sugerir una. Diga las ' +
          'reglas en el texto de ayuda, antes de que la persona escriba, y pida solo las que importan: el largo. ' +
          'Muestre la contraseña, escriba al menos 12 caracteres y presione «Continuar»: se oculta otra vez al ' +
          'enviar.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error',
  args: {
    label: 'Contraseña',
    error: 'La contraseña no es correcta. Revísela e inténtelo otra vez',
    name: 'contrasena',
  },
  render: (args) => passwordInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió después de revisar la contraseña (atributo `error`). Devuelva la ' +
          'página con el campo vacío: nunca ponga la contraseña en el atributo `value`.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: 'Contraseña',
    hint: 'Podrá cambiarla cuando confirme su correo electrónico',
    disabled: true,
  },
  render: (args) => passwordInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un campo deshabilitado y su botón no se pueden enfocar ni usar, y el campo no se envía con el ' +
          'formulario. Es mejor no mostrar un campo que la persona no puede usar.',
      },
    },
  },
};

export const Shown: Story = {
  name: 'Contraseña visible',
  args: {
    label: 'Contraseña',
    name: 'contrasena',
    value: 'la cordillera tiene nieve',
    passwordVisible: true,
  },
  render: (args) => passwordInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Después de presionar «Mostrar»: la contraseña se ve como texto y el botón dice «Ocultar». Un lector ' +
          'de pantalla anuncia «Su contraseña está visible». El atributo `password-visible` solo fija el estado ' +
          'inicial; el servicio no lo necesita.',
      },
    },
  },
};
