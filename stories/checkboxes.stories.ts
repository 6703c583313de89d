// Stories of <cor-checkboxes> (with its options, <cor-checkbox>). Every story renders from its args
// alone (no decorator, no Storybook global), because the test suite also renders these stories as
// the fixtures of its axe matrix (packages/components/src/testing/stories.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../packages/components/src/checkboxes.js';
import '../packages/components/src/text-input.js';
import { text } from './lib/forms.js';

interface CheckboxesArgs {
  legend?: string;
  'legend-size'?: 's' | 'm' | 'l' | 'xl';
  heading?: boolean;
  hint?: string;
  error?: string;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  size?: 'medium' | 'small';
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
}

/** One <cor-checkboxes> with its attributes from the args, around the given options. */
const checkboxes = (args: CheckboxesArgs, options: TemplateResult) =>
  html`<cor-checkboxes
    legend=${text(args.legend)}
    legend-size=${text(args['legend-size'])}
    ?heading=${args.heading}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    size=${text(args.size)}
    @input=${args.onInput}
    @change=${args.onChange}
    >${options}</cor-checkboxes
  >`;

const meta = {
  title: 'Componentes/Casillas de verificación',
  id: 'componentes-casillas-de-verificacion',
  component: 'cor-checkboxes',
  args: {
    legend: '¿Sobre qué temas quiere recibir información?',
    'legend-size': 's',
    heading: false,
    hint: 'Seleccione todas las que correspondan.',
    error: '',
    name: 'temas',
    required: false,
    disabled: false,
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
    size: { control: 'select', options: ['medium', 'small'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Casillas de verificación para una pregunta que admite una o más respuestas. El grupo es el control ' +
          'de formulario: envía el valor de cada casilla marcada con el nombre del grupo, se restablece con el ' +
          'formulario y muestra su error en el idioma de la página.',
      },
    },
  },
} satisfies Meta<CheckboxesArgs>;
export default meta;

type Story = StoryObj<CheckboxesArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) =>
    checkboxes(
      args,
      html`
        <cor-checkbox value="salud" label="Salud"></cor-checkbox>
        <cor-checkbox value="educacion" label="Educación"></cor-checkbox>
        <cor-checkbox value="vivienda" label="Vivienda" checked></cor-checkbox>
        <cor-checkbox value="trabajo" label="Trabajo y pensiones"></cor-checkbox>
      `,
    ),
};

export const WithHints: Story = {
  name: 'Con ayuda en cada opción',
  args: {
    legend: '¿Qué beneficios recibe hoy?',
    hint: 'Seleccione todos los que reciba.',
    name: 'beneficios',
  },
  render: (args) =>
    checkboxes(
      args,
      html`
        <cor-checkbox
          value="pgu"
          label="Pensión Garantizada Universal (PGU)"
          hint="Para personas de 65 años o más."
        ></cor-checkbox>
        <cor-checkbox
          value="suf"
          label="Subsidio Único Familiar (SUF)"
          hint="Para familias con hijas o hijos menores de 18 años."
        ></cor-checkbox>
        <cor-checkbox
          value="asignacion"
          label="Asignación familiar"
          hint="La paga su empleador o su caja de compensación."
        ></cor-checkbox>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'La ayuda de cada opción (`hint`) se lee como su descripción. Úsela para aclarar una opción, no para ' +
          'repetir la etiqueta.',
      },
    },
  },
};

export const ConditionalReveal: Story = {
  name: 'Con contenido condicional',
  args: {
    legend: '¿Cómo quiere que lo contactemos?',
    hint: 'Seleccione todas las que correspondan.',
    name: 'contacto',
  },
  render: (args) =>
    checkboxes(
      args,
      html`
        <cor-checkbox value="correo" label="Correo electrónico" checked>
          <cor-text-input
            slot="conditional"
            label="Correo electrónico"
            name="correo"
            type="email"
            autocomplete="email"
            spellcheck="false"
          ></cor-text-input>
        </cor-checkbox>
        <cor-checkbox value="telefono" label="Llamada telefónica">
          <cor-text-input
            slot="conditional"
            label="Número de teléfono"
            name="telefono"
            type="tel"
            autocomplete="tel-national"
            width="20"
          ></cor-text-input>
        </cor-checkbox>
        <cor-checkbox value="sms" label="Mensaje de texto (SMS)">
          <cor-text-input
            slot="conditional"
            label="Número de teléfono móvil"
            name="movil"
            type="tel"
            autocomplete="tel-national"
            width="20"
          ></cor-text-input>
        </cor-checkbox>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'El contenido de la ranura `conditional` aparece bajo la opción mientras está marcada. Mientras está ' +
          'oculto, sus campos quedan deshabilitados y no se envían. Úselo para una o dos preguntas simples; si ' +
          'son más, hágalas en la página siguiente.',
      },
    },
  },
};

export const NoneOfThese: Story = {
  name: 'Con «Ninguno de estos»',
  args: {
    legend: '¿En cuál de estos países ha vivido en los últimos 5 años?',
    hint: 'Seleccione todos los que correspondan.',
    name: 'paises',
  },
  render: (args) =>
    checkboxes(
      args,
      html`
        <cor-checkbox value="argentina" label="Argentina"></cor-checkbox>
        <cor-checkbox value="bolivia" label="Bolivia"></cor-checkbox>
        <cor-checkbox value="peru" label="Perú"></cor-checkbox>
        <cor-checkbox value="ninguno" label="No he vivido en ninguno de estos países" exclusive>
        </cor-checkbox>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Una opción `exclusive` va al final, después de «o». Al marcarla se desmarcan las demás, y al marcar ' +
          'otra se desmarca ella; un lector de pantalla oye qué se desmarcó.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error',
  args: {
    error: 'Seleccione al menos un tema sobre el que quiera recibir información',
  },
  render: (args) =>
    checkboxes(
      args,
      html`
        <cor-checkbox value="salud" label="Salud"></cor-checkbox>
        <cor-checkbox value="educacion" label="Educación"></cor-checkbox>
        <cor-checkbox value="vivienda" label="Vivienda"></cor-checkbox>
        <cor-checkbox value="trabajo" label="Trabajo y pensiones"></cor-checkbox>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras validar en el servidor (atributo `error`). Se lee como ' +
          'descripción del grupo, después de la ayuda. Con `required`, el navegador muestra «Seleccione al menos ' +
          'una opción» cuando la persona intenta continuar sin marcar ninguna.',
      },
    },
  },
};

export const Small: Story = {
  name: 'Pequeñas',
  args: {
    legend: 'Región',
    hint: '',
    name: 'region',
    size: 'small',
  },
  render: (args) =>
    checkboxes(
      args,
      html`
        <cor-checkbox value="05" label="Valparaíso"></cor-checkbox>
        <cor-checkbox value="13" label="Metropolitana de Santiago" checked></cor-checkbox>
        <cor-checkbox value="06" label="Libertador General Bernardo O'Higgins"></cor-checkbox>
        <cor-checkbox value="08" label="Biobío"></cor-checkbox>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Casillas pequeñas (`size="small"`) para filtros y preguntas secundarias de una página con mucho ' +
          'contenido. Use el tamaño normal en las preguntas de un formulario.',
      },
    },
  },
};
