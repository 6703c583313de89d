// Patterns › Asking for an address in Chile: street and number, optional unit, then región and
// comuna with <cor-region-comuna> (official CUT codes). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/components/src/region-comuna.js';
import { answersStatus, page, showAnswers } from './page.js';

const meta = {
  title: 'Patrones/Pedir una dirección en Chile',
  id: 'patrones-pedir-una-direccion',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Address: Story = {
  name: 'Dirección en Chile',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <fieldset class="pat-fieldset">
          <legend class="pat-legend"><h1 class="pat-h1-label">¿Cuál es su dirección?</h1></legend>
          <cor-text-input
            label="Calle y número"
            hint="Por ejemplo, Los Aromos 1234"
            name="calle"
            autocomplete="address-line1"
            required
          ></cor-text-input>
          <cor-text-input
            label="Departamento, casa, block u oficina (opcional)"
            name="unidad"
            autocomplete="address-line2"
            width="two-thirds"
          ></cor-text-input>
          <cor-region-comuna required></cor-region-comuna>
        </fieldset>
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Cambio de domicilio', back: true },
    ),
};

export const RuralAddress: Story = {
  name: 'Dirección rural o sin número',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <fieldset class="pat-fieldset" aria-describedby="direccion-rural-ayuda">
          <legend class="pat-legend"><h1 class="pat-h1-label">¿Cuál es su dirección?</h1></legend>
          <p class="pat-hint" id="direccion-rural-ayuda">
            Si su dirección no tiene número, escriba cómo llegar: el camino, el kilómetro o la
            parcela.
          </p>
          <cor-text-input
            label="Dirección"
            hint="Por ejemplo, Camino a Lonquén km 12, parcela 8"
            name="calle"
            autocomplete="address-line1"
            required
          ></cor-text-input>
          <cor-region-comuna required></cor-region-comuna>
        </fieldset>
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Cambio de domicilio', back: true },
    ),
};

export const ComunaOnly: Story = {
  name: 'Solo la comuna',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <cor-region-comuna
          legend="¿En qué comuna vive?"
          legend-size="l"
          heading
          hint="Lo derivaremos a la oficina más cercana a su domicilio."
          required
        ></cor-region-comuna>
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Solicitud de atención', back: true },
    ),
};
