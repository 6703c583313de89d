// Stories of <cor-phone-input>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/components/src/button.js';
import '../packages/components/src/phone-input.js';
import { showSubmission, text } from './lib/forms.js';

interface PhoneInputArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  autocomplete?: string;
  lang?: string;
  /** Show the field as after the person edited it and left it (the client-side message). */
  left?: boolean;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

/**
 * The state after the person edited the field and left it: the inner input commits its value
 * (`change`), as on leaving, so the client-side message shows. Used for the stories that show a
 * message, which would otherwise need someone to type.
 */
function leaveField(host: Element | undefined): void {
  if (!host) return;
  const el = host as HTMLElement & { updateComplete: Promise<unknown> };
  void el.updateComplete.then(() => {
    el.shadowRoot?.querySelector('input')?.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/**
 * One <cor-phone-input> with every attribute taken from the args (empty values leave the
 * attribute out). `slotted` is light-DOM content such as `<span slot="hint">`.
 */
const phoneInput = (args: PhoneInputArgs, slotted?: TemplateResult) =>
  html`<cor-phone-input
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    value=${text(args.value)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    autocomplete=${text(args.autocomplete)}
    lang=${text(args.lang)}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
    ${ref(args.left ? leaveField : undefined)}
    >${slotted ?? ''}</cor-phone-input
  >`;

const MOBILE_HINT = 'Le enviaremos un código por SMS. Por ejemplo, 9 1234 5678';

const meta = {
  title: 'Componentes/Teléfono',
  id: 'componentes-telefono',
  component: 'cor-phone-input',
  args: {
    label: 'Número de teléfono móvil',
    hint: '',
    error: '',
    name: 'telefono',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
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
    autocomplete: { control: 'text' },
    lang: { control: 'select', options: ['', 'es', 'en'] },
    left: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un campo para un número de teléfono de Chile, móvil o fijo. Muestra el +56 antes del campo, acepta el ' +
          'número como la persona lo escribe (con o sin espacios, guiones, paréntesis o +56) y envía al formulario ' +
          'el número en formato E.164 (`+56912345678`). No cambia lo escrito mientras la persona escribe; al salir ' +
          'del campo, agrupa los dígitos de un número válido (`9 1234 5678`).',
      },
    },
  },
} satisfies Meta<PhoneInputArgs>;
export default meta;

type Story = StoryObj<PhoneInputArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: { label: 'Número de teléfono móvil', name: 'telefono' },
  render: (args) => phoneInput(args),
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: { label: 'Número de teléfono móvil', hint: MOBILE_HINT, name: 'telefono' },
  render: (args) => phoneInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Diga para qué usará el número y dé un ejemplo. El ejemplo no lleva el +56: el campo ya lo muestra.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    label: 'Número de teléfono móvil',
    hint: MOBILE_HINT,
    error: 'Ingrese un número de teléfono móvil, que empiece con 9, por ejemplo 9 1234 5678',
    name: 'telefono',
    value: '2 2345 6789',
  },
  render: (args) => phoneInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras validar en el servidor (atributo `error`), por ejemplo ' +
          'cuando necesita un móvil para enviar un SMS. Se muestra y se anuncia igual que un mensaje del navegador.',
      },
    },
  },
};

export const InvalidAfterBlur: Story = {
  name: 'Inválido al salir del campo',
  args: {
    label: 'Número de teléfono móvil',
    hint: MOBILE_HINT,
    name: 'telefono',
    value: '9 1234 567',
    left: true,
  },
  render: (args) => phoneInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Al salir del campo, un número que no es válido muestra el mensaje del catálogo, en el idioma de la ' +
          'página: aquí faltan dígitos. Lo escrito no cambia. Un número válido, en cambio, se agrupa: escriba ' +
          '«912345678» y salga del campo.',
      },
    },
  },
};

export const Landline: Story = {
  name: 'Teléfono fijo',
  args: {
    label: 'Teléfono de contacto',
    hint: 'Puede ser un móvil o un fijo con su código de área. Por ejemplo, 2 2345 6789 en Santiago o 32 212 3456 en Valparaíso',
    name: 'telefono-fijo',
    value: '32 212 3456',
  },
  render: (args) => phoneInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Los teléfonos fijos tienen 9 dígitos: Santiago empieza con 2 y el resto del país con su código de área ' +
          '(32 Valparaíso, 41 Concepción, 55 Antofagasta…). La persona puede escribir el código de área entre ' +
          'paréntesis, con el 0 de antes o sin él.',
      },
    },
  },
};

export const Required: Story = {
  name: 'Obligatorio',
  args: { label: 'Número de teléfono móvil', hint: MOBILE_HINT, name: 'telefono', required: true },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${phoneInput(args)}
      <cor-button>Continuar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Presione «Continuar» sin completar el campo: aparece el mensaje, en el idioma de la página. Escriba ' +
          '«9 1234 5678» y continúe: el formulario envía `telefono=+56912345678`.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: 'Número de teléfono móvil',
    hint: 'No puede cambiar el teléfono de una solicitud ya enviada.',
    name: 'telefono',
    value: '9 1234 5678',
    disabled: true,
  },
  render: (args) => phoneInput(args),
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
    label: 'Número de teléfono móvil',
    hint: 'Lo obtuvimos de su ClaveÚnica. Para cambiarlo, actualice sus datos en claveunica.gob.cl.',
    name: 'telefono',
    value: '9 1234 5678',
    readonly: true,
  },
  render: (args) => phoneInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un dato que la persona puede leer y copiar, pero no cambiar. Se envía con el formulario, en formato E.164.',
      },
    },
  },
};

export const English: Story = {
  name: 'En inglés',
  args: {
    label: 'Mobile phone number',
    hint: 'We will text you a code. For example, 9 1234 5678',
    name: 'phone',
    value: '600 360 7777',
    lang: 'en',
    left: true,
  },
  render: (args) => phoneInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `lang="en"` (en el campo o en un ancestro) los mensajes del catálogo están en inglés. El texto de la ' +
          'etiqueta y la ayuda lo escribe el servicio.',
      },
    },
  },
};
