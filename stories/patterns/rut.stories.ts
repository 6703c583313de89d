// Patterns › Asking for a RUT, with <cor-rut-input>: a hint with an example; the field accepts
// any way of typing the RUT and checks the check digit in the browser, and the example checks it
// again with validateRut (chile.js), as the service's server would. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { validateRut } from '../../packages/components/src/chile.js';
import '../../packages/components/src/rut-input.js';
import { page } from './page.js';

const meta = {
  title: 'Patrones/Pedir un RUT',
  id: 'patrones-pedir-un-rut',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** Checks the RUT the form sends as a service would on its server, and shows the result. */
function checkRut(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const status = form.querySelector('.pat-status');
  if (!status) return;
  const result = validateRut(String(new FormData(form).get('rut') ?? ''));
  status.textContent = result.valid
    ? `RUT válido. El servicio guardaría: ${result.normalized}`
    : 'El servidor rechazaría este RUT';
}

const rutField = (error = '', value = '') =>
  html`<cor-rut-input
    name="rut"
    hint="Por ejemplo, 12.345.678-5"
    required
    value=${value}
    error=${error}
    ><h1 slot="label" class="pat-h1-label">¿Cuál es su RUT?</h1></cor-rut-input
  >`;

export const AskForRut: Story = {
  name: 'Pedir el RUT',
  render: () =>
    page(
      html`<form @submit=${checkRut}>
        ${rutField()}
        <cor-button>Continuar</cor-button>
        <p class="pat-status" role="status"></p>
      </form>`,
      { service: 'Solicitud de certificado de antecedentes', back: true },
    ),
};

export const WithError: Story = {
  name: 'Con un error',
  render: () =>
    page(
      html`<form @submit=${checkRut}>
        ${rutField(
          'Revise su RUT: el dígito verificador, después del guion, no corresponde al número',
          '12.345.678-9',
        )}
        <cor-button>Continuar</cor-button>
        <p class="pat-status" role="status"></p>
      </form>`,
      { service: 'Solicitud de certificado de antecedentes', back: true },
    ),
};
