// Stories of <cor-checkbox>, one option of <cor-checkboxes>: its own attributes, shown inside a
// group (an option alone is not a form control). Every story renders from its args alone, because
// the test suite also renders these stories as fixtures (packages/components/src/testing/stories.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/checkboxes.js';
import { text } from './lib/forms.js';

interface CheckboxArgs {
  label?: string;
  hint?: string;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  exclusive?: boolean;
  divider?: boolean;
}

/** The option under study, from the args, between two plain options of the same group. */
const option = (args: CheckboxArgs) =>
  html`<cor-checkbox
    label=${text(args.label)}
    hint=${text(args.hint)}
    value=${text(args.value)}
    ?checked=${args.checked}
    ?disabled=${args.disabled}
    ?exclusive=${args.exclusive}
    ?divider=${args.divider}
  ></cor-checkbox>`;

const meta = {
  title: 'Componentes/Casilla de verificación (opción)',
  id: 'componentes-casilla-de-verificacion',
  component: 'cor-checkbox',
  args: {
    label: 'Asignación familiar',
    hint: 'La paga su empleador o su caja de compensación.',
    value: 'asignacion',
    checked: true,
    disabled: false,
    exclusive: false,
    divider: false,
  },
  argTypes: {
    label: { control: 'text' },
    hint: { control: 'text' },
    value: { control: 'text' },
    checked: { control: 'boolean' },
    disabled: { control: 'boolean' },
    exclusive: { control: 'boolean' },
    divider: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Una opción de un grupo `<cor-checkboxes>`. Siempre va dentro de su grupo: el grupo envía los ' +
          'valores marcados con su nombre.',
      },
    },
  },
} satisfies Meta<CheckboxArgs>;
export default meta;

type Story = StoryObj<CheckboxArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => html`
    <cor-checkboxes legend="¿Qué beneficios recibe hoy?" name="beneficios">
      <cor-checkbox value="pgu" label="Pensión Garantizada Universal (PGU)"></cor-checkbox>
      ${option(args)}
      <cor-checkbox value="suf" label="Subsidio Único Familiar (SUF)"></cor-checkbox>
    </cor-checkboxes>
  `,
};

export const Disabled: Story = {
  name: 'Deshabilitada',
  args: {
    label: 'Bono de Invierno',
    hint: 'Ya lo recibió este año.',
    value: 'bono-invierno',
    checked: true,
    disabled: true,
  },
  render: (args) => html`
    <cor-checkboxes legend="¿Qué beneficios quiere solicitar?" name="solicitud">
      <cor-checkbox value="aporte" label="Aporte Familiar Permanente"></cor-checkbox>
      ${option(args)}
    </cor-checkboxes>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Una opción deshabilitada no se puede cambiar ni se envía, aunque esté marcada. Diga por qué en su ' +
          'ayuda; si la persona no la puede elegir nunca, mejor no la muestre.',
      },
    },
  },
};
