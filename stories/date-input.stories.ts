// Stories of <cor-date-input>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suites also render these stories as fixtures
// (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/button.js';
import '../packages/components/src/date-input.js';
import { text } from './lib/forms.js';

interface DateInputArgs {
  legend?: string;
  'legend-size'?: 's' | 'm' | 'l' | 'xl';
  heading?: boolean;
  hint?: string;
  error?: string;
  'error-fields'?: string;
  name?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  readonly?: boolean;
  min?: string;
  max?: string;
  past?: boolean;
  future?: boolean;
  autocomplete?: string;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

/** One <cor-date-input> with every attribute taken from the args (empty ones left out). */
const dateInput = (args: DateInputArgs) =>
  html`<cor-date-input
    legend=${text(args.legend)}
    legend-size=${text(args['legend-size'])}
    ?heading=${args.heading}
    hint=${text(args.hint)}
    error=${text(args.error)}
    error-fields=${text(args['error-fields'])}
    name=${text(args.name)}
    value=${text(args.value)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    min=${text(args.min)}
    max=${text(args.max)}
    ?past=${args.past}
    ?future=${args.future}
    autocomplete=${text(args.autocomplete)}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
  ></cor-date-input>`;

/** Shows what the form would send, instead of leaving the page. */
function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const sent = [...new FormData(form, event.submitter).entries()]
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(', ');
  const output = form.querySelector('output');
  if (output) output.textContent = `Formulario enviado: ${sent || '(sin datos)'}`;
}

/** The control in a form with a «Continuar» button, to try the validation. */
const inForm = (args: DateInputArgs) => html`
  <form @submit=${showSubmission}>
    ${dateInput(args)}
    <cor-button>Continuar</cor-button>
    <p><output></output></p>
  </form>
`;

const meta = {
  title: 'Componentes/Fecha',
  id: 'componentes-fecha',
  component: 'cor-date-input',
  args: {
    legend: '¿Cuándo comenzó su contrato de arriendo?',
    'legend-size': 's',
    heading: false,
    hint: '',
    error: '',
    'error-fields': '',
    name: 'inicio-arriendo',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    min: '',
    max: '',
    past: false,
    future: false,
    autocomplete: '',
  },
  argTypes: {
    legend: { control: 'text' },
    'legend-size': { control: 'select', options: ['s', 'm', 'l', 'xl'] },
    heading: { control: 'boolean' },
    hint: { control: 'text' },
    error: { control: 'text' },
    'error-fields': { control: 'text' },
    name: { control: 'text' },
    value: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    readonly: { control: 'boolean' },
    min: { control: 'text' },
    max: { control: 'text' },
    past: { control: 'boolean' },
    future: { control: 'boolean' },
    autocomplete: { control: 'select', options: ['', 'bday', 'off'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Una fecha que la persona conoce o tiene escrita en un documento, en tres campos: día, mes y año. ' +
          'El formulario recibe la fecha como `AAAA-MM-DD`, igual que con un `<input type="date">`. Los mensajes ' +
          'dicen exactamente qué falta o qué está mal, y solo se marca el campo con el error.',
      },
    },
  },
} satisfies Meta<DateInputArgs>;
export default meta;

type Story = StoryObj<DateInputArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => dateInput(args),
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: {
    legend: '¿Cuándo se emitió su cédula de identidad?',
    hint: 'Está en el reverso de la cédula. Por ejemplo, 27 3 2007',
    name: 'fecha-emision',
    max: 'today',
  },
  render: (args) => dateInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'El ejemplo de la ayuda va en el orden día, mes, año, sin ceros ni barras, y debe ser una fecha ' +
          'válida para la pregunta. Diga dónde encontrar la fecha si está en un documento.',
      },
    },
  },
};

export const DateOfBirth: Story = {
  name: 'Fecha de nacimiento',
  args: {
    legend: '¿Cuál es su fecha de nacimiento?',
    'legend-size': 'l',
    heading: true,
    hint: 'Por ejemplo, 31 3 1980',
    name: 'fecha-nacimiento',
    autocomplete: 'bday',
    past: true,
  },
  render: (args) => dateInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'En una página de una sola pregunta, la leyenda es el título de la página (`heading`, `legend-size="l"`). ' +
          'Con `autocomplete="bday"` el navegador puede completar los tres campos.',
      },
    },
  },
};

export const ErrorOnOneField: Story = {
  name: 'Error en un campo',
  args: {
    legend: '¿Cuándo se emitió su cédula de identidad?',
    hint: 'Por ejemplo, 27 3 2007',
    name: 'fecha-emision',
    value: '2007--27',
    error: 'La fecha debe incluir un mes',
    'error-fields': 'month',
  },
  render: (args) => dateInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Solo el campo que falta o está mal se marca con el borde de error y `aria-invalid`. En el navegador ' +
          'el componente lo hace solo; desde el servidor, indique el campo con `error-fields` (`day`, `month`, `year`).',
      },
    },
  },
};

export const ServerError: Story = {
  name: 'Error del servidor',
  args: {
    legend: '¿Cuándo se emitió su cédula de identidad?',
    hint: 'Por ejemplo, 27 3 2007',
    name: 'fecha-emision',
    value: '2017-03-27',
    error: 'La fecha no coincide con la que tiene el Registro Civil. Revísela en su cédula',
  },
  render: (args) => dateInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que su servidor devolvió (atributo `error`): se muestra y se anuncia igual que uno del ' +
          'navegador, y marca los tres campos, porque el problema es la fecha completa.',
      },
    },
  },
};

export const PastOnly: Story = {
  name: 'Solo fechas pasadas',
  args: {
    legend: '¿Cuándo ocurrió el accidente?',
    hint: 'Por ejemplo, 15 8 2024',
    name: 'fecha-accidente',
    required: true,
    past: true,
  },
  render: (args) => inForm(args),
  parameters: {
    docs: {
      description: {
        story:
          'Con `past`, una fecha de hoy o futura muestra «La fecha debe ser en el pasado» (con `max="today"`, ' +
          '«…hoy o en el pasado»). Presione «Continuar» con los campos vacíos, incompletos o con 31 2 2024 para ' +
          'ver cada mensaje.',
      },
    },
  },
};

export const Limits: Story = {
  name: 'Entre dos fechas',
  args: {
    legend: '¿Qué día quiere retirar su licencia de conducir?',
    hint: 'Puede retirarla entre el 2 y el 30 de junio de 2025. Por ejemplo, 16 6 2025',
    name: 'fecha-retiro',
    min: '2025-06-02',
    max: '2025-06-30',
    value: '2025-06-16',
  },
  render: (args) => inForm(args),
  parameters: {
    docs: {
      description: {
        story:
          '`min` y `max` aceptan fechas `AAAA-MM-DD` (o `today`). Fuera del rango, el mensaje nombra las fechas en ' +
          'palabras, en el idioma de la página: «La fecha debe estar entre el 2 de junio de 2025 y el 30 de junio ' +
          'de 2025».',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    legend: 'Fecha de la solicitud',
    hint: 'No puede cambiar la fecha de una solicitud ya enviada.',
    name: 'fecha-solicitud',
    value: '2024-09-08',
    disabled: true,
  },
  render: (args) => dateInput(args),
  parameters: {
    docs: {
      description: {
        story:
          'Los campos deshabilitados no se pueden enfocar y la fecha no se envía. Si la persona debe ver la fecha ' +
          'y enviarla, use `readonly`.',
      },
    },
  },
};
