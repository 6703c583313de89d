// Stories of <cor-region-comuna>. Every story renders from its args alone (no decorator, no
// Storybook global), because the test suite also renders these stories as the fixtures of its
// axe matrix (packages/components/src/testing/stories.ts). Export only stories from this file.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/components/src/button.js';
import '../packages/components/src/region-comuna.js';
import { showSubmission, text } from './lib/forms.js';

interface RegionComunaArgs {
  legend?: string;
  legendSize?: string;
  heading?: boolean;
  hint?: string;
  regionLabel?: string;
  comunaLabel?: string;
  regionHint?: string;
  comunaHint?: string;
  regionName?: string;
  comunaName?: string;
  region?: string;
  comuna?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  lang?: string;
  /** Show the group as after a submit attempt (the client-side message). */
  submitted?: boolean;
  onChange?: (event: Event) => void;
  onInvalid?: (event: Event) => void;
}

/** The state after a submit attempt: the element's own check, as a failed submit runs it. */
function attemptSubmit(host: Element | undefined): void {
  if (!host) return;
  const el = host as HTMLElement & { updateComplete: Promise<unknown> };
  void el.updateComplete.then(() => el.dispatchEvent(new Event('invalid')));
}

const regionComuna = (args: RegionComunaArgs) =>
  html`<cor-region-comuna
    legend=${text(args.legend)}
    legend-size=${text(args.legendSize)}
    ?heading=${args.heading}
    hint=${text(args.hint)}
    region-label=${text(args.regionLabel)}
    comuna-label=${text(args.comunaLabel)}
    region-hint=${text(args.regionHint)}
    comuna-hint=${text(args.comunaHint)}
    region-name=${text(args.regionName)}
    comuna-name=${text(args.comunaName)}
    region=${text(args.region)}
    comuna=${text(args.comuna)}
    error=${text(args.error)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    lang=${text(args.lang)}
    @change=${args.onChange}
    @invalid=${args.onInvalid}
    ${ref(args.submitted ? attemptSubmit : undefined)}
  ></cor-region-comuna>`;

const meta = {
  title: 'Componentes/Región y comuna',
  id: 'componentes-region-comuna',
  component: 'cor-region-comuna',
  args: {
    legend: '¿En qué comuna vive?',
    hint: '',
    region: '',
    comuna: '',
    error: '',
    required: false,
    disabled: false,
  },
  argTypes: {
    legend: { control: 'text' },
    legendSize: { control: 'select', options: ['s', 'm', 'l', 'xl'] },
    heading: { control: 'boolean' },
    hint: { control: 'text' },
    regionLabel: { control: 'text' },
    comunaLabel: { control: 'text' },
    regionHint: { control: 'text' },
    comunaHint: { control: 'text' },
    regionName: { control: 'text' },
    comunaName: { control: 'text' },
    region: { control: 'text' },
    comuna: { control: 'text' },
    error: { control: 'text' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    lang: { control: 'select', options: ['', 'es', 'en'] },
    submitted: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Dos listas nativas: primero la región y luego la comuna, que muestra solo las comunas de la región ' +
          'elegida, en orden alfabético. El formulario recibe los Códigos Únicos Territoriales (CUT) oficiales ' +
          'de SUBDERE: `region=13&comuna=13120` para Ñuñoa. La lista de las 16 regiones y 346 comunas se ' +
          'descarga solo en las páginas que usan el componente.',
      },
    },
  },
} satisfies Meta<RegionComunaArgs>;
export default meta;

type Story = StoryObj<RegionComunaArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => regionComuna(args),
};

export const Chosen: Story = {
  name: 'Con una comuna elegida',
  args: { region: '13', comuna: '13120' },
  render: (args) => regionComuna(args),
  parameters: {
    docs: {
      description: {
        story:
          'Los atributos `region` y `comuna` dan el valor inicial (por ejemplo, lo que la persona respondió ' +
          'antes); `form.reset()` vuelve a él. Basta con la comuna: su región son los dos primeros dígitos.',
      },
    },
  },
};

export const QuestionPage: Story = {
  name: 'Como pregunta de la página',
  args: {
    legend: '¿En qué comuna vive?',
    legendSize: 'l',
    heading: true,
    hint: 'Es la comuna de su domicilio actual, no la de su lugar de trabajo.',
    required: true,
  },
  render: (args) => regionComuna(args),
  parameters: {
    docs: {
      description: {
        story:
          'En una página con una sola pregunta, la pregunta es el título de la página (`heading`): un `<h1>` ' +
          'dentro de la leyenda del grupo, en tamaño `l`.',
      },
    },
  },
};

export const PartHints: Story = {
  name: 'Con ayuda en cada parte',
  args: {
    legend: 'Dirección del establecimiento',
    regionHint: 'Donde funciona el establecimiento.',
    comunaHint: 'Si no aparece, revise que eligió la región correcta.',
    regionName: 'establecimiento_region',
    comunaName: 'establecimiento_comuna',
  },
  render: (args) => regionComuna(args),
  parameters: {
    docs: {
      description: {
        story:
          'Cada parte tiene su etiqueta y su ayuda (`region-hint`, `comuna-hint`), y los nombres con que se ' +
          'envían se pueden cambiar (`region-name`, `comuna-name`), por ejemplo cuando un formulario pide dos ' +
          'direcciones.',
      },
    },
  },
};

export const Missing: Story = {
  name: 'Falta la comuna',
  args: { required: true, region: '05', submitted: true },
  render: (args) => regionComuna(args),
  parameters: {
    docs: {
      description: {
        story:
          'Tras un intento de envío, el mensaje dice qué parte falta y esa lista queda marcada. Un enlace del ' +
          'resumen de errores lleva a ella.',
      },
    },
  },
};

export const ServerError: Story = {
  name: 'Con error del servidor',
  args: {
    region: '13',
    comuna: '13101',
    error:
      'El servicio aún no está disponible en Santiago. Elija otra comuna o vaya a una sucursal',
  },
  render: (args) => regionComuna(args),
};

export const Disabled: Story = {
  name: 'Desactivado',
  args: { region: '08', comuna: '08101', disabled: true },
  render: (args) => regionComuna(args),
};

export const InAForm: Story = {
  name: 'En un formulario',
  args: { required: true },
  render: (args) =>
    html`<form @submit=${showSubmission}>
      ${regionComuna(args)}
      <cor-button>Continuar</cor-button>
      <output></output>
    </form>`,
  parameters: {
    docs: {
      description: {
        story: 'Envíe el formulario para ver los datos que recibe el servicio.',
      },
    },
  },
};
