// Patterns › Question pages: one question per page, the question as the page heading.
// Built from the live components. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answersStatus, page, showAnswers } from './page.js';
import { questionFlow } from './question-flow.js';

const SERVICE = 'Solicitud de certificado de residencia';

const meta = {
  title: 'Patrones/Páginas de preguntas',
  id: 'patrones-paginas-de-preguntas',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const OneQuestion: Story = {
  name: 'Una pregunta por página',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <cor-text-input
          name="correo"
          type="email"
          autocomplete="email"
          spellcheck="false"
          hint="Le enviaremos el certificado a este correo."
          required
          ><h1 slot="label" class="pat-h1-label">
            ¿Cuál es su correo electrónico?
          </h1></cor-text-input
        >
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: SERVICE, back: true },
    ),
};

export const WithError: Story = {
  name: 'Con un error',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <cor-text-input
          name="correo"
          type="email"
          autocomplete="email"
          spellcheck="false"
          hint="Le enviaremos el certificado a este correo."
          value="maria.perez@ejemplo"
          error="Ingrese un correo electrónico con el formato correcto, por ejemplo nombre@ejemplo.cl"
          required
          ><h1 slot="label" class="pat-h1-label">
            ¿Cuál es su correo electrónico?
          </h1></cor-text-input
        >
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: SERVICE, back: true },
    ),
};

export const RelatedQuestions: Story = {
  name: 'Preguntas relacionadas en una página',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <fieldset class="pat-fieldset" aria-describedby="contacto-ayuda">
          <legend class="pat-legend">
            <h1 class="pat-h1-label">¿Cómo podemos contactarle?</h1>
          </legend>
          <p class="pat-hint" id="contacto-ayuda">
            Solo le contactaremos si falta algún dato de su solicitud.
          </p>
          <cor-text-input
            label="Correo electrónico"
            name="correo"
            type="email"
            autocomplete="email"
            spellcheck="false"
            required
          ></cor-text-input>
          <cor-text-input
            label="Teléfono móvil (opcional)"
            hint="Por ejemplo, 9 1234 5678"
            name="telefono"
            type="tel"
            autocomplete="tel-national"
            width="20"
          ></cor-text-input>
        </fieldset>
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: SERVICE, back: true },
    ),
};

export const WholeServiceInTheBrowser: Story = {
  name: 'Un trámite completo: validación en el navegador',
  render: () => questionFlow('browser'),
};

export const WholeServiceServerErrors: Story = {
  name: 'Un trámite completo: errores del servidor',
  render: () => questionFlow('server'),
};
