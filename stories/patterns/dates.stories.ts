// Patterns › Asking for dates: three fields (día, mes, año) in a fieldset, until
// <cor-date-input> exists. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answersStatus, page, showAnswers } from './page.js';

const meta = {
  title: 'Patrones/Pedir fechas',
  id: 'patrones-pedir-fechas',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

interface DateFields {
  id: string;
  question: string;
  hint: string;
  name: string;
  /** `bday` for a date of birth: the fields get bday-day, bday-month, bday-year. */
  autocomplete?: string;
  values?: [string, string, string];
  yearError?: string;
}

const dateFieldset = (d: DateFields) => html`
  <fieldset class="pat-fieldset" aria-describedby="${d.id}-ayuda">
    <legend class="pat-legend"><h1 class="pat-h1-label">${d.question}</h1></legend>
    <p class="pat-hint" id="${d.id}-ayuda">${d.hint}</p>
    <div class="pat-inline">
      <cor-text-input
        label="Día"
        name="${d.name}-dia"
        width="2"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${d.autocomplete ? `${d.autocomplete}-day` : 'off'}
        value=${d.values?.[0] ?? ''}
      ></cor-text-input>
      <cor-text-input
        label="Mes"
        name="${d.name}-mes"
        width="2"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${d.autocomplete ? `${d.autocomplete}-month` : 'off'}
        value=${d.values?.[1] ?? ''}
      ></cor-text-input>
      <cor-text-input
        label="Año"
        name="${d.name}-anio"
        width="4"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${d.autocomplete ? `${d.autocomplete}-year` : 'off'}
        value=${d.values?.[2] ?? ''}
        error=${d.yearError ?? ''}
      ></cor-text-input>
    </div>
  </fieldset>
`;

export const DateOfBirth: Story = {
  name: 'Fecha de nacimiento',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        ${dateFieldset({
          id: 'nacimiento',
          question: '¿Cuál es su fecha de nacimiento?',
          hint: 'Por ejemplo, 27 3 1985',
          name: 'nacimiento',
          autocomplete: 'bday',
        })}
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Solicitud de beneficio para personas mayores', back: true },
    ),
};

export const WithError: Story = {
  name: 'Con un error',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        ${dateFieldset({
          id: 'nacimiento-error',
          question: '¿Cuál es su fecha de nacimiento?',
          hint: 'Por ejemplo, 27 3 1985',
          name: 'nacimiento',
          autocomplete: 'bday',
          values: ['27', '3', ''],
          yearError: 'La fecha de nacimiento debe incluir el año',
        })}
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Solicitud de beneficio para personas mayores', back: true },
    ),
};

export const DocumentDate: Story = {
  name: 'Una fecha de un documento',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        ${dateFieldset({
          id: 'vencimiento',
          question: '¿Cuándo vence su cédula de identidad?',
          hint: 'Está en su cédula, bajo «Fecha de vencimiento». Por ejemplo, 14 11 2031',
          name: 'vencimiento',
        })}
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Renovación de pasaporte', back: true },
    ),
};
