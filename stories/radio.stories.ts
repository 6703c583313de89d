// Stories of <cor-radio>, one option of <cor-radios>: its own attributes, shown inside a group (an
// option alone is not a form control). Every story renders from its args alone, because the test
// suite also renders these stories as fixtures (packages/components/src/testing/stories.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/radios.js';
import { text } from './lib/forms.js';

interface RadioArgs {
  label?: string;
  hint?: string;
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  divider?: boolean;
}

/** The option under study, from the args, after two plain options of the same group. */
const option = (args: RadioArgs) =>
  html`<cor-radio
    label=${text(args.label)}
    hint=${text(args.hint)}
    value=${text(args.value)}
    ?checked=${args.checked}
    ?disabled=${args.disabled}
    ?divider=${args.divider}
  ></cor-radio>`;

const meta = {
  title: 'Componentes/Botón de opción (opción)',
  id: 'componentes-boton-de-opcion',
  component: 'cor-radio',
  args: {
    label: 'Pasaporte',
    hint: 'Vigente, de cualquier país.',
    value: 'pasaporte',
    checked: true,
    disabled: false,
    divider: false,
  },
  argTypes: {
    label: { control: 'text' },
    hint: { control: 'text' },
    value: { control: 'text' },
    checked: { control: 'boolean' },
    disabled: { control: 'boolean' },
    divider: { control: 'boolean' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Una opción de un grupo `<cor-radios>`. Siempre va dentro de su grupo: el grupo envía el valor ' +
          'elegido con su nombre y mueve la elección con las flechas.',
      },
    },
  },
} satisfies Meta<RadioArgs>;
export default meta;

type Story = StoryObj<RadioArgs>;

export const Default: Story = {
  name: 'Por defecto',
  render: (args) => html`
    <cor-radios legend="¿Con qué documento acreditará su identidad?" name="documento">
      <cor-radio value="cedula" label="Cédula de identidad chilena"></cor-radio>
      ${option(args)}
    </cor-radios>
  `,
};

export const Disabled: Story = {
  name: 'Deshabilitada',
  args: {
    label: 'Retiro en oficina',
    hint: 'No disponible en su comuna.',
    value: 'oficina',
    checked: false,
    disabled: true,
  },
  render: (args) => html`
    <cor-radios legend="¿Cómo quiere recibir su credencial?" name="entrega">
      <cor-radio value="correo" label="Por correo a su domicilio" checked></cor-radio>
      ${option(args)}
    </cor-radios>
  `,
  parameters: {
    docs: {
      description: {
        story:
          'Una opción deshabilitada no se puede elegir, y las flechas la saltan. Diga por qué en su ayuda; si ' +
          'la persona no la puede elegir nunca, mejor no la muestre.',
      },
    },
  },
};
