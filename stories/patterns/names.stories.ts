// Patterns › Asking for names, for people in Chile (two surnames, usually). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answersStatus, page, showAnswers } from './page.js';

const meta = {
  title: 'Patrones/Pedir nombres',
  id: 'patrones-pedir-nombres',
  tags: ['pattern', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const SeparateFields: Story = {
  name: 'Nombres y apellidos por separado',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <fieldset class="pat-fieldset">
          <legend class="pat-legend"><h1 class="pat-h1-label">¿Cuál es su nombre?</h1></legend>
          <cor-text-input
            label="Nombres"
            name="nombres"
            autocomplete="given-name"
            spellcheck="false"
            width="two-thirds"
            required
          ></cor-text-input>
          <cor-text-input
            label="Primer apellido"
            name="primer-apellido"
            autocomplete="family-name"
            spellcheck="false"
            width="two-thirds"
            required
          ></cor-text-input>
          <cor-text-input
            label="Segundo apellido (opcional)"
            hint="Déjelo en blanco si tiene un solo apellido."
            name="segundo-apellido"
            spellcheck="false"
            width="two-thirds"
          ></cor-text-input>
        </fieldset>
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Inscripción en el registro de voluntariado', back: true },
    ),
};

export const FullName: Story = {
  name: 'Nombre completo en un campo',
  render: () =>
    page(
      html`<form @submit=${showAnswers}>
        <cor-text-input name="nombre" autocomplete="name" spellcheck="false" required
          ><h1 slot="label" class="pat-h1-label">¿Cuál es su nombre completo?</h1></cor-text-input
        >
        <cor-button>Continuar</cor-button>
        ${answersStatus()}
      </form>`,
      { service: 'Consulta ciudadana', back: true },
    ),
};
