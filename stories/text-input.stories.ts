// Stories of <cor-text-input>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/button.js';
import '../packages/components/src/text-input.js';
import { showSubmission } from './lib/forms.js';

type Width =
  | 'full'
  | 'three-quarters'
  | 'two-thirds'
  | 'one-half'
  | 'one-third'
  | 'one-quarter'
  | '30'
  | '20'
  | '10'
  | '5'
  | '4'
  | '3'
  | '2';

interface TextInputArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'number';
  width?: Width;
  prefix?: string;
  suffix?: string;
  inputmode?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  minlength?: number;
  maxlength?: number;
  pattern?: string;
  min?: string;
  max?: string;
  step?: string;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

const WIDTHS: readonly Width[] = [
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
];

const WIDTH_LABELS: Record<Width, string> = {
  full: 'Ancho completo (full)',
  'three-quarters': 'Tres cuartos (three-quarters)',
  'two-thirds': 'Dos tercios (two-thirds)',
  'one-half': 'Un medio (one-half)',
  'one-third': 'Un tercio (one-third)',
  'one-quarter': 'Un cuarto (one-quarter)',
  '30': '30 caracteres',
  '20': '20 caracteres',
  '10': '10 caracteres',
  '5': '5 caracteres',
  '4': '4 caracteres',
  '3': '3 caracteres',
  '2': '2 caracteres',
};

const text = (value: string | undefined) => ifDefined(value || undefined);
const number = (value: number | undefined) =>
  ifDefined(value === undefined || value === null ? undefined : String(value));

/**
 * One <cor-text-input> with every attribute taken from the args (empty values leave the
 * attribute out). `slotted` is light-DOM content such as `<span slot="label">`.
 */
const textInput = (args: TextInputArgs, slotted?: TemplateResult) =>
  html`<cor-text-input
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    value=${text(args.value)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    type=${text(args.type)}
    width=${text(args.width)}
    prefix=${text(args.prefix)}
    suffix=${text(args.suffix)}
    inputmode=${text(args.inputmode)}
    autocomplete=${text(args.autocomplete)}
    spellcheck=${ifDefined(args.spellcheck === undefined ? undefined : String(args.spellcheck))}
    minlength=${number(args.minlength)}
    maxlength=${number(args.maxlength)}
    pattern=${text(args.pattern)}
    min=${text(args.min)}
    max=${text(args.max)}
    step=${text(args.step)}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
    >${slotted ?? ''}</cor-text-input
  >`;

const meta = {
  title: 'Componentes/Campo de texto',
  id: 'componentes-campo-de-texto',
  component: 'cor-text-input',
  args: {
    label: 'Nombre completo',
    hint: '',
    error: '',
    name: 'nombre',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    type: 'text',
    width: 'full',
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
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'search', 'number'] },
    width: { control: 'select', options: WIDTHS },
    prefix: { control: 'text' },
    suffix: { control: 'text' },
    inputmode: {
      control: 'select',
      options: ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'],
    },
    autocomplete: { control: 'text' },
    spellcheck: { control: 'boolean' },
    minlength: { control: 'number' },
    maxlength: { control: 'number' },
    pattern: { control: 'text' },
    min: { control: 'text' },
    max: { control: 'text' },
    step: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un campo de texto de una línea, con su etiqueta, texto de ayuda y mensaje de error, para respuestas ' +
          'como un nombre, un correo electrónico o un monto. Funciona como un `<input>` nativo dentro de un ' +
          'formulario: envía su valor, se restablece, valida y muestra los mensajes en el idioma de la página. ' +
          'Ajuste el ancho (`width`) a la respuesta esperada.',
      },
    },
  },
} satisfies Meta<TextInputArgs>;
export default meta;

type Story = StoryObj<TextInputArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: { label: 'Nombre completo', name: 'nombre', autocomplete: 'name', spellcheck: false },
  render: (args) => textInput(args),
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: {
    label: 'Número de teléfono móvil',
    hint: 'Le enviaremos un código por SMS. Por ejemplo, 9 1234 5678',
    name: 'telefono',
    type: 'tel',
    autocomplete: 'tel-national',
    width: '20',
  },
  render: (args) => textInput(args),
  parameters: {
    docs: {
      description: {
        story: 'El texto de ayuda explica el formato esperado; se lee junto con la etiqueta.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    label: 'Número de teléfono móvil',
    hint: 'Le enviaremos un código por SMS. Por ejemplo, 9 1234 5678',
    error: 'Ingrese un número de teléfono móvil de 9 dígitos, por ejemplo 9 1234 5678',
    name: 'telefono',
    value: '9 1234',
    type: 'tel',
    autocomplete: 'tel-national',
    width: '20',
  },
  render: (args) => textInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras validar en el servidor (atributo `error`). Se muestra y se ' +
          'anuncia igual que un mensaje del navegador. Diga qué hacer para corregirlo.',
      },
    },
  },
};

export const Required: Story = {
  name: 'Obligatorio',
  args: { label: 'Nombre completo', name: 'nombre', autocomplete: 'name', required: true },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${textInput(args)}
      <cor-button>Continuar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Presione «Continuar» sin completar el campo: aparece el mensaje del navegador, en el idioma de la ' +
          'página. El mensaje no se muestra antes de que la persona intente enviar o cambie el valor.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: 'Región',
    hint: 'No puede cambiar la región de una solicitud ya enviada.',
    name: 'region',
    value: 'Región de Valparaíso',
    disabled: true,
    width: 'two-thirds',
  },
  render: (args) => textInput(args),
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
    width: '20',
  },
  render: (args) => textInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un dato que la persona puede leer y copiar, pero no cambiar. Se envía con el formulario.',
      },
    },
  },
};

export const Email: Story = {
  name: 'Correo electrónico',
  args: {
    label: 'Correo electrónico',
    hint: 'Le enviaremos la confirmación de su solicitud a este correo.',
    name: 'correo',
    type: 'email',
    autocomplete: 'email',
    spellcheck: false,
  },
  render: (args) => textInput(args),
  parameters: {
    docs: {
      description: {
        story:
          '`type="email"` muestra el teclado de correo en el teléfono y valida el formato. Desactive el corrector ' +
          'ortográfico (`spellcheck="false"`).',
      },
    },
  },
};

// Named `Number` as in the other stories' naming; this module does not use the global Number.
export const Number: Story = {
  name: 'Número',
  args: {
    label: '¿Cuántas personas viven en su hogar?',
    hint: 'Cuéntese usted también.',
    name: 'integrantes',
    type: 'number',
    inputmode: 'numeric',
    min: '1',
    max: '30',
    step: '1',
    width: '3',
  },
  render: (args) => textInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Para cantidades que se cuentan. Para números que no son cantidades (RUT, teléfono, número de ' +
          'documento) use `type="text"` con `inputmode="numeric"`.',
      },
    },
  },
};

export const Widths: Story = {
  name: 'Anchos',
  args: {},
  render: (args) =>
    html`${WIDTHS.map((width) =>
      textInput({ ...args, label: WIDTH_LABELS[width], name: `ancho-${width}`, width }),
    )}`,
  parameters: {
    docs: {
      description: {
        story:
          'Los anchos fijos (`30` a `2`) se ajustan al número de caracteres esperado; los fluidos son fracciones ' +
          'de la columna en pantallas anchas y ocupan todo el ancho en pantallas angostas.',
      },
    },
  },
};

export const PrefixSuffix: Story = {
  name: 'Prefijo y sufijo',
  args: {
    label: 'Monto del arriendo mensual',
    hint: 'En pesos, sin puntos. Por ejemplo, 450000',
    name: 'arriendo',
    prefix: '$',
    inputmode: 'numeric',
    width: '10',
    spellcheck: false,
  },
  render: (args) => html`
    ${textInput(args)}
    ${textInput({
      label: 'Peso de la carga',
      hint: 'En kilos. Por ejemplo, 12,5',
      name: 'peso',
      suffix: 'kg',
      inputmode: 'decimal',
      width: '5',
      spellcheck: false,
    })}
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Un prefijo o sufijo indica la unidad (`prefix="$"`, `suffix="kg"`). Es visual: diga también la unidad ' +
          'en la etiqueta o en la ayuda.',
      },
    },
  },
};

export const LabelSlot: Story = {
  name: 'Etiqueta y ayuda enriquecidas',
  args: { label: '', name: 'rut-empresa', width: '10', spellcheck: false },
  render: (args) =>
    textInput(
      args,
      html`<span slot="label"
          >Número de <abbr title="Rol Único Tributario">RUT</abbr> de la empresa</span
        ><span slot="hint"
          >Está en el certificado de inicio de actividades.
          <a href="https://www.sii.cl">Consúltelo en el sitio del SII</a>.</span
        >`,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Las ranuras `label` y `hint` aceptan contenido con marcado, como una abreviatura o un enlace, en lugar ' +
          'de los atributos del mismo nombre.',
      },
    },
  },
};

export const LongLabel: Story = {
  name: 'Etiqueta larga',
  args: {
    label:
      'Si usted o alguna persona de su hogar recibió durante los últimos doce meses un beneficio del Estado, como el Aporte Familiar Permanente o el Subsidio Único Familiar, escriba el nombre del beneficio tal como aparece en la resolución',
    hint: 'Si tiene dudas, escriba a consultas.beneficiosfamiliares@subsecretariadeevaluacionsocial.gob.cl o llame al 101.',
    name: 'beneficio',
  },
  render: (args) => textInput(args),
  globals: { viewport: { value: 'mobile320', isRotated: false } },
  parameters: {
    docs: {
      description: {
        story:
          'Una etiqueta o ayuda larga, incluso con palabras muy largas como una dirección de correo, pasa a la ' +
          'línea siguiente sin salirse de la pantalla a 320 px.',
      },
    },
  },
};
