// Stories of <cor-select>. Every story renders from its args alone (no decorator, no Storybook
// global), because the test suite also renders these stories as the fixtures of its axe matrix
// (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/button.js';
import '../packages/components/src/select.js';
import type { SelectOption } from '../packages/components/src/select.js';
import { showSubmission, text } from './lib/forms.js';

interface SelectArgs {
  label?: string;
  hint?: string;
  error?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  /** Storybook's actions for the events (absent outside Storybook). */
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

/**
 * One <cor-select> with every attribute taken from the args (empty values leave the attribute
 * out, except `placeholder`, whose empty value means the built-in text). `content` is its
 * light DOM: the <option>s and <optgroup>s, or a `slot="label"` element.
 */
const select = (args: SelectArgs, content?: TemplateResult, options?: SelectOption[]) =>
  html`<cor-select
    label=${text(args.label)}
    hint=${text(args.hint)}
    error=${text(args.error)}
    name=${text(args.name)}
    value=${text(args.value)}
    placeholder=${ifDefined(args.placeholder ?? undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    autocomplete=${text(args.autocomplete)}
    .options=${options ?? []}
    @input=${args.onInput}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
    >${content ?? ''}</cor-select
  >`;

const countries = html`
  <option value="CL">Chile</option>
  <option value="AR">Argentina</option>
  <option value="BO">Bolivia</option>
  <option value="BR">Brasil</option>
  <option value="CO">Colombia</option>
  <option value="EC">Ecuador</option>
  <option value="HT">Haití</option>
  <option value="PE">Perú</option>
  <option value="VE">Venezuela</option>
  <option value="otro">Otro país</option>
`;

const healthInsurance = html`
  <option value="fonasa">Fonasa</option>
  <option value="isapre">Isapre</option>
  <option value="capredena">Capredena (Fuerzas Armadas)</option>
  <option value="dipreca">Dipreca (Carabineros y PDI)</option>
  <option value="ninguna">No tengo previsión de salud</option>
`;

/** Ministries and services, grouped: given through the `options` property. */
const INSTITUTIONS: SelectOption[] = [
  { value: 'minsal-fonasa', label: 'Fonasa', group: 'Ministerio de Salud' },
  { value: 'minsal-isp', label: 'Instituto de Salud Pública', group: 'Ministerio de Salud' },
  {
    value: 'mds-senama',
    label: 'Servicio Nacional del Adulto Mayor',
    group: 'Ministerio de Desarrollo Social y Familia',
  },
  { value: 'mds-fosis', label: 'Fosis', group: 'Ministerio de Desarrollo Social y Familia' },
  {
    value: 'mintrab-ips',
    label: 'Instituto de Previsión Social',
    group: 'Ministerio del Trabajo y Previsión Social',
  },
  {
    value: 'mintrab-dt',
    label: 'Dirección del Trabajo',
    group: 'Ministerio del Trabajo y Previsión Social',
  },
  {
    value: 'mintrab-sence',
    label: 'Sence',
    group: 'Ministerio del Trabajo y Previsión Social',
    disabled: true,
  },
];

const meta = {
  title: 'Componentes/Lista desplegable',
  id: 'componentes-lista-desplegable',
  component: 'cor-select',
  args: {
    label: 'País de nacimiento',
    hint: '',
    error: '',
    name: 'pais',
    value: '',
    required: false,
    disabled: false,
  },
  argTypes: {
    label: { control: 'text' },
    hint: { control: 'text' },
    error: { control: 'text' },
    name: { control: 'text' },
    value: { control: 'text' },
    placeholder: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    autocomplete: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Una lista desplegable para elegir una opción entre muchas, con su etiqueta, texto de ayuda y mensaje de ' +
          'error. Dentro hay un `<select>` nativo: la lista, el teclado y el lector de pantalla funcionan como en ' +
          'cualquier formulario. Las opciones se escriben como elementos `<option>` dentro del componente o se ' +
          'entregan en la propiedad `options`. Si hay pocas opciones, use botones de opción en su lugar.',
      },
    },
  },
} satisfies Meta<SelectArgs>;
export default meta;

type Story = StoryObj<SelectArgs>;

export const Default: Story = {
  name: 'Por defecto',
  args: { label: 'País de nacimiento', name: 'pais', autocomplete: 'country' },
  render: (args) => select(args, countries),
};

export const WithHint: Story = {
  name: 'Con texto de ayuda',
  args: {
    label: 'Documento de identidad',
    hint: 'El que mostrará en la oficina el día de su atención.',
    name: 'documento',
  },
  render: (args) =>
    select(
      args,
      html`
        <option value="cedula">Cédula de identidad chilena</option>
        <option value="cedula-extranjeria">Cédula de identidad para extranjeros</option>
        <option value="pasaporte">Pasaporte</option>
        <option value="otro">Otro documento</option>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story: 'El texto de ayuda explica la pregunta; se lee junto con la etiqueta.',
      },
    },
  },
};

export const PlaceholderRequired: Story = {
  name: 'Con opción vacía, obligatorio',
  args: {
    label: '¿Cuál es su previsión de salud?',
    name: 'prevision',
    placeholder: 'Seleccione su previsión',
    required: true,
  },
  render: (args) => html`
    <form @submit=${showSubmission}>
      ${select(args, healthInsurance)}
      <cor-button>Continuar</cor-button>
      <p><output></output></p>
    </form>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Con `placeholder`, la lista empieza con una opción vacía, que no responde la pregunta. Presione ' +
          '«Continuar» sin elegir: como el campo es obligatorio (`required`), aparece el mensaje en el idioma de la ' +
          'página. `placeholder` sin texto muestra «Seleccione una opción».',
      },
    },
  },
};

export const Groups: Story = {
  name: 'Con grupos de opciones',
  args: {
    label: '¿Cuál es el nivel de estudios más alto que completó?',
    name: 'estudios',
    placeholder: 'Seleccione un nivel',
  },
  render: (args) =>
    select(
      args,
      html`
        <option value="sin-estudios">Sin estudios</option>
        <optgroup label="Educación escolar">
          <option value="basica">Educación básica</option>
          <option value="media-ch">Educación media científico-humanista</option>
          <option value="media-tp">Educación media técnico-profesional</option>
        </optgroup>
        <optgroup label="Educación superior">
          <option value="tecnico">Técnico de nivel superior</option>
          <option value="profesional">Profesional</option>
          <option value="magister">Magíster</option>
          <option value="doctorado">Doctorado</option>
        </optgroup>
      `,
    ),
  parameters: {
    docs: {
      description: {
        story:
          'Los elementos `<optgroup>` agrupan opciones bajo un título, que el lector de pantalla lee junto a cada ' +
          'opción. El título no se puede elegir.',
      },
    },
  },
};

export const FromProperty: Story = {
  name: 'Opciones desde una propiedad',
  args: {
    label: 'Institución a la que quiere escribir',
    hint: 'Si no está en la lista, escríbanos desde el formulario general.',
    name: 'institucion',
    value: 'mintrab-ips',
  },
  render: (args) => select(args, undefined, INSTITUTIONS),
  parameters: {
    docs: {
      description: {
        story:
          'Desde JavaScript o un framework, entregue las opciones en la propiedad `options`: ' +
          '`{ value, label, disabled?, group? }`. Las opciones con el mismo `group` se muestran juntas. El ' +
          'atributo `value` elige la opción inicial, aquí «Instituto de Previsión Social»; una opción deshabilitada ' +
          'se ve, pero no se puede elegir.',
      },
    },
  },
};

export const WithError: Story = {
  name: 'Con error del servidor',
  args: {
    label: 'País de nacimiento',
    error: 'Seleccione el país donde nació',
    name: 'pais',
    placeholder: 'Seleccione un país',
    autocomplete: 'country',
  },
  render: (args) => select(args, countries),
  parameters: {
    docs: {
      description: {
        story:
          'Un mensaje que el servicio devolvió tras validar en el servidor (atributo `error`). Se muestra y se ' +
          'anuncia igual que un mensaje del navegador. Diga qué debe hacer la persona.',
      },
    },
  },
};

export const Disabled: Story = {
  name: 'Deshabilitado',
  args: {
    label: '¿Cuál es su previsión de salud?',
    hint: 'No puede cambiarla en una solicitud ya enviada.',
    name: 'prevision',
    value: 'isapre',
    disabled: true,
  },
  render: (args) => select(args, healthInsurance),
  parameters: {
    docs: {
      description: {
        story:
          'Una lista deshabilitada no se puede enfocar ni se envía con el formulario. Evítela: si la persona no ' +
          'puede cambiar el dato, muéstrelo como texto.',
      },
    },
  },
};
