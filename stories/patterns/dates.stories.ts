// Patterns › Asking for dates: <cor-date-input>, three fields (día, mes, año) whose legend is
// the question. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/components/src/date-input.js';
import { answersStatus, page, showAnswers } from './page.js';

const meta = {
  title: 'Patrones/Pedir fechas',
  id: 'patrones-pedir-fechas',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

interface DateQuestion {
  question: string;
  hint: string;
  name: string;
  /** `bday` for a date of birth: the fields get bday-day, bday-month, bday-year. */
  autocomplete?: string;
  value?: string;
  error?: string;
  errorFields?: string;
  past?: boolean;
}

/** The question of the page as the legend (an h1) of a <cor-date-input>. */
const dateQuestion = (d: DateQuestion) => html`
  <cor-date-input
    legend=${d.question}
    legend-size="l"
    heading
    hint=${d.hint}
    name=${d.name}
    autocomplete=${d.autocomplete ?? 'off'}
    value=${d.value ?? ''}
    error=${d.error ?? ''}
    error-fields=${d.errorFields ?? ''}
    ?past=${d.past}
    required
  ></cor-date-input>
`;

export const DateOfBirth: Story = {
  name: 'Fecha de nacimiento',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        ${dateQuestion({
          question: '¿Cuál es su fecha de nacimiento?',
          hint: 'Por ejemplo, 27 3 1985',
          name: 'nacimiento',
          autocomplete: 'bday',
          past: true,
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
        ${dateQuestion({
          question: '¿Cuál es su fecha de nacimiento?',
          hint: 'Por ejemplo, 27 3 1985',
          name: 'nacimiento',
          autocomplete: 'bday',
          value: '-03-27',
          error: 'La fecha de nacimiento debe incluir el año',
          errorFields: 'year',
          past: true,
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
        ${dateQuestion({
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
