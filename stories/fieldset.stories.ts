// Stories of <cor-fieldset>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../packages/components/src/fieldset.js';
import '../packages/components/src/text-input.js';
import { text } from './lib/forms.js';

type LegendSize = 's' | 'm' | 'l' | 'xl';

interface FieldsetArgs {
  legend?: string;
  'legend-size'?: LegendSize;
  heading?: boolean;
  hint?: string;
  error?: string;
  /** The element's language (`lang`); empty follows the page. */
  lang?: string;
}

/** One <cor-fieldset> with every attribute taken from the args (empty ones left out). */
const fieldset = (args: FieldsetArgs, fields: TemplateResult) =>
  html`<cor-fieldset
    legend=${text(args.legend)}
    legend-size=${text(args['legend-size'])}
    ?heading=${args.heading}
    hint=${text(args.hint)}
    error=${text(args.error)}
    lang=${text(args.lang)}
    >${fields}</cor-fieldset
  >`;

/** The fields of an address, as the pattern "Pedir una dirección en Chile" asks them. */
const addressFields = (prefix: string) => html`
  <cor-text-input
    label="Calle y número"
    name="${prefix}-calle"
    autocomplete="address-line1"
  ></cor-text-input>
  <cor-text-input
    label="Departamento, casa o block (opcional)"
    name="${prefix}-depto"
    autocomplete="address-line2"
    width="two-thirds"
  ></cor-text-input>
  <cor-text-input
    label="Comuna"
    name="${prefix}-comuna"
    autocomplete="address-level2"
    width="two-thirds"
  ></cor-text-input>
`;

const meta = {
  title: 'Componentes/Grupo de campos',
  id: 'componentes-grupo-de-campos',
  component: 'cor-fieldset',
  args: {
    legend: '¿Cuál es su dirección?',
    'legend-size': 's',
    heading: false,
    hint: '',
    error: '',
    lang: '',
  },
  argTypes: {
    legend: { control: 'text' },
    'legend-size': { control: 'inline-radio', options: ['s', 'm', 'l', 'xl'] },
    heading: { control: 'boolean' },
    hint: { control: 'text' },
    error: { control: 'text' },
    lang: { control: 'inline-radio', options: ['', 'es', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Agrupa campos relacionados bajo una leyenda, como las partes de una dirección. Los lectores de ' +
          'pantalla presentan los campos como un grupo con el nombre de la leyenda, y leen la ayuda y el error ' +
          'del grupo al entrar en él. La leyenda puede ser el título (`<h1>`) de la página.',
      },
    },
  },
} satisfies Meta<FieldsetArgs>;
export default meta;

type Story = StoryObj<FieldsetArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => fieldset(args, addressFields('default')),
  parameters: {
    docs: {
      description: {
        story:
          'Tres campos de texto en un grupo. Al entrar en el primero, el lector de pantalla dice «¿Cuál es su ' +
          'dirección?, grupo» y luego «Calle y número».',
      },
    },
  },
};

export const PageHeading: Story = {
  name: 'Leyenda como título de la página',
  args: { heading: true, 'legend-size': 'l' },
  render: (args) => fieldset(args, addressFields('heading')),
  parameters: {
    docs: {
      description: {
        story:
          'En una página que hace una sola pregunta, la leyenda es el `<h1>` de la página (`heading`), en tamaño ' +
          '`l` como en GOV.UK (`xl` o `m` según el diseño). El `<h1>` va dentro de la leyenda: el grupo sigue ' +
          'llamándose como la pregunta.',
      },
    },
  },
};

export const LegendSizes: Story = {
  name: 'Tamaños de la leyenda',
  args: { legend: '' },
  render: (args) => html`
    ${(['xl', 'l', 'm', 's'] as const).map((size) =>
      fieldset(
        { ...args, legend: `Leyenda de tamaño ${size}`, 'legend-size': size },
        html`<cor-text-input label="Campo" name="tamano-${size}"></cor-text-input>`,
      ),
    )}
  `,
  parameters: {
    docs: {
      description: {
        story:
          '`legend-size`: `s` (por defecto, texto en negrita), `m`, `l` y `xl`, de los tamaños de título. Use ' +
          '`m`, `l` o `xl` cuando la leyenda es el título de la página; si no, el tamaño por defecto.',
      },
    },
  },
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: {
    legend: '¿Cuál es su nombre?',
    hint: 'Escríbalo como aparece en su cédula de identidad.',
  },
  render: (args) =>
    html`${fieldset(
      args,
      html`
        <cor-text-input label="Nombres" name="nombres" autocomplete="given-name"></cor-text-input>
        <cor-text-input
          label="Apellidos"
          name="apellidos"
          autocomplete="family-name"
        ></cor-text-input>
      `,
    )}`,
  parameters: {
    docs: {
      description: {
        story:
          'La ayuda es del grupo entero: el lector de pantalla la lee junto con la leyenda al entrar en el grupo.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    legend: 'Persona de contacto',
    hint: 'La llamaremos solo si no podemos comunicarnos con usted.',
    error: 'Ingrese el nombre y el teléfono de una persona de contacto',
  },
  render: (args) =>
    html`${fieldset(
      args,
      html`
        <cor-text-input label="Nombre" name="contacto-nombre" autocomplete="off"></cor-text-input>
        <cor-text-input
          label="Teléfono"
          name="contacto-telefono"
          type="tel"
          width="20"
          autocomplete="off"
        ></cor-text-input>
      `,
    )}`,
  parameters: {
    docs: {
      description: {
        story:
          'Un error del grupo entero (atributo `error`), que el servicio devolvió tras validar en el servidor: ' +
          'se muestra bajo la ayuda, con la barra roja, y se lee como parte de la descripción del grupo. Si el ' +
          'error es de un solo campo, póngalo en ese campo.',
      },
    },
  },
};
