// Stories of <cor-rut-input>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../packages/components/src/button.js';
import '../packages/components/src/rut-input.js';
import { showSubmission, text } from './lib/forms.js';

interface RutInputArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  format?: 'plain' | 'dots' | 'nohyphen';
  rejectPlaceholders?: boolean;
  lang?: string;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

/** One <cor-rut-input> with every attribute taken from the args (empty ones left out). */
const rutInput = (args: RutInputArgs, slotted?: TemplateResult) =>
  html`<cor-rut-input
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    value=${text(args.value)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    format=${text(args.format)}
    ?reject-placeholders=${args.rejectPlaceholders}
    lang=${text(args.lang)}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
    >${slotted ?? ''}</cor-rut-input
  >`;

/**
 * The field as the person left it after typing `typed`: it shows what the field shows after
 * the person typed and moved on (the inner input's `input`, then `change`, as leaving it fires).
 */
function typedAndLeft(args: RutInputArgs, typed: string): HTMLElement {
  const el = document.createElement('cor-rut-input');
  Object.assign(el, {
    label: args.label ?? '',
    hint: args.hint ?? '',
    error: args.error ?? '',
    defaultValue: args.value ?? '',
    required: Boolean(args.required),
    disabled: Boolean(args.disabled),
    readOnly: Boolean(args.readonly),
    format: args.format ?? 'plain',
    rejectPlaceholders: Boolean(args.rejectPlaceholders),
  });
  if (args.name) el.name = args.name;
  if (args.lang) el.lang = args.lang;
  if (args.onInput) el.addEventListener('input', args.onInput);
  if (args.onChange) el.addEventListener('change', args.onChange);
  void el.updateComplete.then(() => {
    const input = el.shadowRoot?.querySelector('input');
    if (!input) return;
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return el;
}

const meta = {
  title: 'Componentes/Campo de RUT',
  id: 'componentes-campo-de-rut',
  component: 'cor-rut-input',
  args: {
    label: 'RUT',
    hint: '',
    error: '',
    name: 'rut',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    format: 'plain',
    rejectPlaceholders: false,
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
    format: { control: 'select', options: ['plain', 'dots', 'nohyphen'] },
    rejectPlaceholders: { control: 'boolean', name: 'reject-placeholders' },
    lang: { control: 'select', options: ['es', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un campo para el RUT o RUN de una persona o empresa. Acepta el RUT como la persona lo escriba (con o ' +
          'sin puntos, espacios o guion, con la k en minúscula), nunca cambia el texto mientras escribe, y al ' +
          'salir del campo muestra un RUT válido como 12.345.678-5. Revisa el dígito verificador y envía al ' +
          'formulario el RUT en una sola forma: 12345678-5.',
      },
    },
  },
} satisfies Meta<RutInputArgs>;
export default meta;

type Story = StoryObj<RutInputArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: { label: 'RUT', name: 'rut' },
  render: (args) => rutInput(args),
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: {
    label: '¿Cuál es su RUT?',
    hint: 'Está en su cédula de identidad. Por ejemplo, 12.345.678-5',
    name: 'rut',
  },
  render: (args) => rutInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'El campo no trae texto de ayuda propio: diga dónde encontrar el RUT que pide, con un ejemplo.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    label: 'RUT de la empresa',
    hint: 'Está en su certificado de inicio de actividades',
    error:
      'No encontramos una empresa con este RUT. Revíselo en su certificado de inicio de actividades',
    name: 'rut-empresa',
    value: '76.086.428-5',
  },
  render: (args) => rutInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras revisar el RUT en el servidor (atributo `error`): por ' +
          'ejemplo, un RUT válido que no está en sus registros. Se muestra y se anuncia igual que los mensajes ' +
          'del campo.',
      },
    },
  },
};

export const CheckDigit: Story = {
  name: 'Dígito verificador incorrecto',
  args: { label: 'RUT', name: 'rut' },
  render: (args) => typedAndLeft(args, '12.345.678-9'),
  parameters: {
    docs: {
      description: {
        story:
          'La persona escribió 12.345.678-9 y salió del campo: el dígito verificador no corresponde al número ' +
          '(módulo 11). El texto queda tal como lo escribió, para que lo corrija. Un RUT válido, en cambio, se ' +
          'muestra como 12.345.678-5 al salir del campo.',
      },
    },
  },
};

export const Required: Story = {
  name: 'Obligatorio',
  args: { label: '¿Cuál es su RUT?', hint: 'Por ejemplo, 12.345.678-5', required: true },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${rutInput(args)}
      <cor-button>Continuar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Presione «Continuar» sin escribir: aparece «Ingrese el RUT». Escriba un RUT de cualquier forma, por ' +
          'ejemplo 123456785, y vea qué recibe el formulario. El mensaje no se muestra antes de que la persona ' +
          'intente enviar o salga del campo después de escribir.',
      },
    },
  },
};

export const Format: Story = {
  name: 'Forma del RUT enviado',
  args: { label: 'RUT', value: '12.345.678-5', format: 'dots' },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${rutInput(args)}
      <cor-button>Enviar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Un RUT válido se envía como `12345678-5` (`format="plain"`, por defecto), `12.345.678-5` ' +
          '(`format="dots"`) o `123456785` (`format="nohyphen"`), según lo que espere su sistema. Un RUT ' +
          'inválido se envía tal como se escribió.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: 'RUT',
    hint: 'No puede cambiar el RUT de una solicitud ya enviada.',
    value: '12.345.678-5',
    disabled: true,
  },
  render: (args) => rutInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un campo deshabilitado no se puede enfocar ni se envía con el formulario. Si la persona debe ver el ' +
          'dato y enviarlo, use `readonly`.',
      },
    },
  },
};

export const Readonly: Story = {
  name: 'Solo lectura',
  args: {
    label: 'RUN',
    hint: 'Lo obtuvimos de su ClaveÚnica.',
    name: 'run',
    value: '12.345.678-5',
    readonly: true,
  },
  render: (args) => rutInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un RUT que la persona puede leer y copiar, pero no cambiar. Se envía con el formulario, normalizado.',
      },
    },
  },
};

export const RejectPlaceholders: Story = {
  name: 'RUT de ejemplo rechazado',
  args: { label: 'RUT', name: 'rut', rejectPlaceholders: true },
  render: (args) => typedAndLeft(args, '11.111.111-1'),
  parameters: {
    docs: {
      description: {
        story:
          'Con `reject-placeholders`, el campo rechaza los RUT que se escriben para avanzar sin dar el propio: ' +
          'un número de un solo dígito repetido (11.111.111-1) y 12.345.678-5, 1.234.567-4, 98.765.432-5, ' +
          '9.876.543-3. Su dígito verificador es correcto, así que solo se detectan con esta opción.',
      },
    },
  },
};

export const English: Story = {
  name: 'En inglés',
  args: { label: 'RUT', hint: 'For example, 12.345.678-5', name: 'rut', lang: 'en' },
  render: (args) => typedAndLeft(args, '7.654.32l-6'),
  parameters: {
    docs: {
      description: {
        story:
          'Con `lang="en"` en el campo o en un elemento que lo contiene, los mensajes están en inglés. La persona ' +
          'escribió una letra l en lugar del número 1.',
      },
    },
  },
};
