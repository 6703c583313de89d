// Patterns › Check answers: a summary of every answer, each with a way to change it, before
// sending. Plain HTML description list until a summary list component exists. Export only
// stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { page } from './page.js';

const meta = {
  title: 'Patrones/Revisar las respuestas',
  id: 'patrones-revisar-respuestas',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

interface Answer {
  question: string;
  answer: string | string[];
  /** What "Cambiar" changes, read after it by screen readers: "su nombre". */
  change: string;
  href: string;
}

const ANSWERS: Answer[] = [
  { question: 'Nombre', answer: 'María José Pérez Soto', change: 'su nombre', href: '#nombre' },
  {
    question: 'Fecha de nacimiento',
    answer: '27 de marzo de 1985',
    change: 'su fecha de nacimiento',
    href: '#fecha-de-nacimiento',
  },
  { question: 'RUT', answer: '12.345.678-5', change: 'su RUT', href: '#rut' },
  {
    question: 'Dirección',
    answer: ['Los Aromos 1234, departamento 52', 'Puente Alto', 'Región Metropolitana de Santiago'],
    change: 'su dirección',
    href: '#direccion',
  },
  {
    question: 'Correo electrónico',
    answer: 'maria.perez@ejemplo.cl',
    change: 'su correo electrónico',
    href: '#correo',
  },
];

function send(event: SubmitEvent): void {
  event.preventDefault();
  const status = (event.currentTarget as HTMLFormElement).querySelector('.pat-status');
  if (status)
    status.textContent = 'El servicio recibiría la solicitud y mostraría la confirmación.';
}

export const CheckAnswers: Story = {
  name: 'Revisar antes de enviar',
  render: () =>
    page(
      html`
        <h1 class="pat-h1">Revise sus respuestas antes de enviar la solicitud</h1>
        <dl class="pat-summary">
          ${ANSWERS.map(
            (a) =>
              html`<div class="pat-summary-row">
                <dt>${a.question}</dt>
                <dd>
                  ${
                    Array.isArray(a.answer)
                      ? html`<ul class="pat-summary-lines">
                          ${a.answer.map((line) => html`<li>${line}</li>`)}
                        </ul>`
                      : a.answer
                  }
                </dd>
                <dd>
                  <a href=${a.href}>Cambiar<span class="pat-visually-hidden"> ${a.change}</span></a>
                </dd>
              </div>`,
          )}
        </dl>
        <h2 class="pat-h2">Ahora envíe su solicitud</h2>
        <p>
          Al enviar esta solicitud, usted declara que la información que entregó es verdadera, a su
          leal saber y entender.
        </p>
        <form @submit=${send}>
          <cor-button>Aceptar y enviar</cor-button>
          <p class="pat-status" role="status"></p>
        </form>
      `,
      { service: 'Solicitud de certificado de residencia', back: true },
    ),
};
