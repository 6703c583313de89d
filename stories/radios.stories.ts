// Stories of <cor-radios> (with its options, <cor-radio>). Every story renders from its args alone
// (no decorator, no Storybook global), because the test suite also renders these stories as the
// fixtures of its axe matrix (packages/components/src/testing/stories.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../packages/components/src/radios.js';
import '../packages/components/src/text-input.js';
import { text } from './lib/forms.js';

interface RadiosArgs {
  legend?: string;
  'legend-size'?: 's' | 'm' | 'l' | 'xl';
  heading?: boolean;
  hint?: string;
  error?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  inline?: boolean;
  size?: 'medium' | 'small';
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
}

/** One <cor-radios> with its attributes from the args, around the given options. */
const radios = (args: RadiosArgs, options: TemplateResult) =>
  html`<cor-radios
    legend=${text(args.legend)}
    legend-size=${text(args['legend-size'])}
    ?heading=${args.heading}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?inline=${args.inline}
    size=${text(args.size)}
    @input=${args.onInput}
    @change=${args.onChange}
    >${options}</cor-radios
  >`;

const civilStatus = html`
  <cor-radio value="soltero" label="Soltero o soltera"></cor-radio>
  <cor-radio value="casado" label="Casado o casada"></cor-radio>
  <cor-radio value="conviviente" label="Conviviente civil"></cor-radio>
  <cor-radio value="divorciado" label="Divorciado o divorciada"></cor-radio>
  <cor-radio value="viudo" label="Viudo o viuda"></cor-radio>
`;

const meta = {
  title: 'Componentes/Botones de opción',
  id: 'componentes-botones-de-opcion',
  component: 'cor-radios',
  args: {
    legend: '¿Cuál es su estado civil?',
    'legend-size': 's',
    heading: false,
    hint: '',
    error: '',
    name: 'estado-civil',
    required: false,
    disabled: false,
    inline: false,
    size: 'medium',
  },
  argTypes: {
    legend: { control: 'text' },
    'legend-size': { control: 'select', options: ['s', 'm', 'l', 'xl'] },
    heading: { control: 'boolean' },
    hint: { control: 'text' },
    error: { control: 'text' },
    name: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    inline: { control: 'boolean' },
    size: { control: 'select', options: ['medium', 'small'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Botones de opción para una pregunta con una sola respuesta. El grupo es el control de formulario: ' +
          'envía el valor de la opción elegida con el nombre del grupo, es una sola parada de Tab y las flechas ' +
          'cambian la opción, como en los botones de opción del navegador.',
      },
    },
  },
} satisfies Meta<RadiosArgs>;
export default meta;

type Story = StoryObj<RadiosArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => radios(args, civilStatus),
};

export const Inline: Story = {
  name: 'En línea',
  args: {
    legend: '¿Tiene hijas o hijos menores de 18 años?',
    name: 'hijos',
    inline: true,
  },
  render: (args) =>
    radios(
      args,
      html`
        <cor-radio value="si" label="Sí"></cor-radio>
        <cor-radio value="no" label="No"></cor-radio>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Con dos opciones cortas, como «Sí» y «No», pueden ir en una línea (`inline`). Con más opciones, o con ' +
          'contenido condicional, úselas una bajo otra.',
      },
    },
  },
};

export const WithDivider: Story = {
  name: 'Con separador «o»',
  args: {
    legend: '¿Con qué documento acreditará su identidad?',
    hint: 'Lo necesitará el día de su cita.',
    name: 'documento',
  },
  render: (args) =>
    radios(
      args,
      html`
        <cor-radio value="cedula" label="Cédula de identidad chilena"></cor-radio>
        <cor-radio value="pasaporte" label="Pasaporte"></cor-radio>
        <cor-radio
          value="ninguno"
          label="No tengo ninguno de estos documentos"
          hint="Le diremos cómo acreditar su identidad de otra forma."
          divider
        ></cor-radio>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'El atributo `divider` de una opción muestra «o» antes de ella: separa una última respuesta distinta ' +
          'de las demás.',
      },
    },
  },
};

export const ConditionalReveal: Story = {
  name: 'Con contenido condicional',
  args: {
    legend: '¿Cómo quiere recibir la respuesta a su solicitud?',
    name: 'respuesta',
  },
  render: (args) =>
    radios(
      args,
      html`
        <cor-radio value="correo" label="Por correo electrónico" checked>
          <cor-text-input
            slot="conditional"
            label="Correo electrónico"
            name="correo"
            type="email"
            autocomplete="email"
            spellcheck="false"
          ></cor-text-input>
        </cor-radio>
        <cor-radio value="carta" label="Por carta a su domicilio">
          <cor-text-input
            slot="conditional"
            label="Dirección"
            hint="Calle, número y comuna"
            name="direccion"
            autocomplete="street-address"
          ></cor-text-input>
        </cor-radio>
        <cor-radio value="oficina" label="La retiraré en una oficina"></cor-radio>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'El contenido de la ranura `conditional` aparece bajo la opción elegida. Mientras está oculto, sus ' +
          'campos quedan deshabilitados y no se envían.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error',
  args: {
    error: 'Seleccione su estado civil',
  },
  render: (args) => radios(args, civilStatus),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras validar en el servidor (atributo `error`). Se lee como ' +
          'descripción del grupo. Con `required`, el navegador muestra «Seleccione una opción» cuando la ' +
          'persona intenta continuar sin elegir.',
      },
    },
  },
};

export const Small: Story = {
  name: 'Pequeños',
  args: {
    legend: 'Ordenar por',
    name: 'orden',
    size: 'small',
  },
  render: (args) =>
    radios(
      args,
      html`
        <cor-radio value="recientes" label="Más recientes" checked></cor-radio>
        <cor-radio value="antiguos" label="Más antiguos"></cor-radio>
        <cor-radio value="relevancia" label="Relevancia"></cor-radio>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Botones pequeños (`size="small"`) para filtros y opciones secundarias. Use el tamaño normal en las ' +
          'preguntas de un formulario.',
      },
    },
  },
};
