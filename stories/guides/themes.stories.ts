// Guides › Themes: the same small form in every theme, and a theme nested in another. The
// theme names come from @cordillera/tokens, so a new theme appears here by itself.
// Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { THEMES, THEME_LABELS } from '../foundations/data.js';
import { adoptGuideStyles } from './styles.js';
import '../../packages/components/src/button.js';
import '../../packages/components/src/text-input.js';

const meta = {
  title: 'Guías/Temas',
  id: 'guías-temas',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

const sample = (theme: string) =>
  html`<section
    class="guide-panel"
    data-cor-theme=${theme}
    aria-label=${`Tema ${THEME_LABELS[theme] ?? theme}`}
  >
    <p class="guide-panel-title">${THEME_LABELS[theme] ?? theme} · <code>${theme}</code></p>
    <cor-text-input
      label="Correo electrónico"
      hint="Le enviaremos la confirmación a este correo."
      name="correo-${theme}"
      type="email"
      autocomplete="email"
    ></cor-text-input>
    <cor-button type="button">Continuar</cor-button>
    <cor-button type="button" variant="secondary">Guardar borrador</cor-button>
  </section>`;

export const AllThemes: Story = {
  name: 'Los cuatro temas',
  render: () => {
    adoptGuideStyles();
    return html`<div class="guide-grid">${THEMES.map(sample)}</div>`;
  },
};

export const Nested: Story = {
  name: 'Un tema dentro de otro',
  render: () => {
    adoptGuideStyles();
    return html`<div class="guide-panel" data-cor-theme="light">
      <p class="guide-panel-title">Página en tema claro</p>
      <cor-text-input
        label="Nombre completo"
        name="nombre-anidado"
        autocomplete="name"
      ></cor-text-input>
      <section class="guide-panel" data-cor-theme="dark" aria-label="Sección en tema oscuro">
        <p class="guide-panel-title">Sección con <code>data-cor-theme="dark"</code></p>
        <cor-button type="button">Continuar</cor-button>
      </section>
    </div>`;
  },
};
