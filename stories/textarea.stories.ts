// Stories of <cor-textarea>. Every story renders from its args alone (no decorator, no Storybook
// global), because the test suite also renders these stories as the fixtures of its contract
// suite (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/textarea.js';

interface TextareaArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  rows?: number;
  autogrow?: boolean;
  maxlength?: number;
  maxwords?: number;
  threshold?: number;
  minlength?: number;
  autocomplete?: string;
  spellcheck?: boolean;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

const text = (value: string | undefined) => ifDefined(value || undefined);
const number = (value: number | undefined) =>
  ifDefined(value === undefined || value === null ? undefined : String(value));

/** One <cor-textarea> with every attribute taken from the args (empty values leave it out). */
const textarea = (args: TextareaArgs) =>
  html`<cor-textarea
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    value=${text(args.value)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    rows=${number(args.rows)}
    ?autogrow=${args.autogrow}
    maxlength=${number(args.maxlength)}
    maxwords=${number(args.maxwords)}
    threshold=${number(args.threshold)}
    minlength=${number(args.minlength)}
    autocomplete=${text(args.autocomplete)}
    spellcheck=${ifDefined(args.spellcheck === undefined ? undefined : String(args.spellcheck))}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
  ></cor-textarea>`;

const meta = {
  title: 'Componentes/Área de texto',
  id: 'componentes-area-de-texto',
  component: 'cor-textarea',
  args: {
    label: '¿Por qué solicita la revisión de su puntaje?',
    hint: '',
    error: '',
    name: 'motivo',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    autogrow: false,
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
    rows: { control: { type: 'number', min: 1 } },
    autogrow: { control: 'boolean' },
    maxlength: { control: { type: 'number', min: 1 } },
    maxwords: { control: { type: 'number', min: 1 } },
    threshold: { control: { type: 'range', min: 0, max: 100, step: 5 } },
    minlength: { control: { type: 'number', min: 0 } },
    autocomplete: { control: 'text' },
    spellcheck: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Un campo de texto de varias líneas, con su etiqueta, texto de ayuda y mensaje de error, para ' +
          'respuestas largas como una descripción o un motivo. Con `maxlength` o `maxwords` muestra cuántos ' +
          'caracteres o palabras quedan, sin impedir nunca que la persona siga escribiendo.',
      },
    },
  },
} satisfies Meta<TextareaArgs>;
export default meta;

type Story = StoryObj<TextareaArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: {
    label: '¿Por qué solicita la revisión de su puntaje?',
    hint: 'No incluya datos personales de otras personas.',
  },
  render: (args) => textarea(args),
};

export const CharacterCount: Story = {
  name: 'Con contador de caracteres',
  args: {
    label: 'Describa el problema con su trámite',
    hint: 'Incluya la fecha y la oficina donde lo hizo, si la recuerda.',
    name: 'problema',
    maxlength: 200,
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `maxlength`, el campo muestra cuántos caracteres quedan. El lector de pantalla conoce el ' +
          'límite desde el inicio y escucha la cuenta cuando la persona hace una pausa al escribir.',
      },
    },
  },
};

export const WordCount: Story = {
  name: 'Con contador de palabras',
  args: {
    label: 'Resuma su proyecto',
    hint: 'Diga qué quiere lograr y a quiénes beneficia.',
    name: 'resumen',
    maxwords: 150,
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `maxwords`, cuenta palabras en lugar de caracteres. Úselo cuando la regla del trámite ' +
          'está en palabras.',
      },
    },
  },
};

export const Threshold: Story = {
  name: 'Contador desde un umbral',
  args: {
    label: '¿Hay algo más que debamos saber?',
    name: 'comentarios',
    maxlength: 112,
    threshold: 75,
    value: 'Vivo con mi madre, que tiene 82 años.',
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `threshold="75"` la cuenta aparece solo al llegar al 75 % del límite: escriba hasta verla. ' +
          'El lector de pantalla conoce el límite desde el inicio.',
      },
    },
  },
};

export const OverLimit: Story = {
  name: 'Sobre el límite',
  args: {
    label: 'Describa el problema con su trámite',
    name: 'problema',
    maxlength: 50,
    value:
      'Fui a la oficina de Ñuñoa el martes y me dijeron que mi solicitud no estaba en el sistema.',
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'La persona puede seguir escribiendo pasado el límite: la cuenta pasa a estilo de error y el campo ' +
          'no es válido («Ingrese 50 caracteres o menos») hasta que acorte el texto.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    label: 'Describa el problema con su trámite',
    hint: 'Incluya la fecha y la oficina donde lo hizo, si la recuerda.',
    error: 'Describa el problema con su trámite',
    name: 'problema',
    maxlength: 200,
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras validar en el servidor (atributo `error`). Se muestra y se ' +
          'anuncia igual que un mensaje del navegador.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: 'Motivo de la solicitud',
    hint: 'No puede cambiar el motivo de una solicitud ya enviada.',
    name: 'motivo',
    value: 'Cambio de domicilio a otra comuna.',
    disabled: true,
    rows: 3,
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un campo deshabilitado no se puede enfocar ni se envía con el formulario. Si la persona debe ver el ' +
          'texto y enviarlo, use `readonly`.',
      },
    },
  },
};

export const Autogrow: Story = {
  name: 'Crece con el texto',
  args: {
    label: 'Dirección de despacho',
    hint: 'Calle, número, departamento y cualquier indicación para encontrarla.',
    name: 'direccion',
    autocomplete: 'street-address',
    rows: 2,
    autogrow: true,
    value: 'Av. Libertador Bernardo O’Higgins 1449\nDepartamento 1203, torre B\nSantiago',
  },
  render: (args) => textarea(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `autogrow` la caja crece con el texto, sin barra de desplazamiento interna; `rows` es su ' +
          'altura mínima.',
      },
    },
  },
};
