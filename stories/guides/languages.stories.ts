// Guides › Languages: the built-in messages follow the nearest `lang`, in Spanish (default)
// and English. Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CorTextInput } from '../../packages/components/src/text-input.js';
import { adoptGuideStyles } from './styles.js';
import '../../packages/components/src/button.js';
import '../../packages/components/src/text-input.js';

const meta = {
  title: 'Guías/Idiomas',
  id: 'guías-idiomas',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** Shows the validation message without sending anything. */
function check(event: SubmitEvent): void {
  event.preventDefault();
}

const form = (lang: string, title: string, label: string, button: string) =>
  html`<form class="guide-panel" lang=${lang} aria-label=${title} @submit=${check}>
    <p class="guide-panel-title">${title} · <code>lang="${lang}"</code></p>
    <cor-text-input
      label=${label}
      name="correo-${lang}"
      type="email"
      autocomplete="email"
      required
    ></cor-text-input>
    <cor-button>${button}</cor-button>
  </form>`;

export const SpanishAndEnglish: Story = {
  name: 'Español e inglés',
  render: () => {
    adoptGuideStyles();
    return html`<div class="guide-grid">
      ${form('es', 'Español', 'Correo electrónico', 'Continuar')}
      ${form('en', 'English', 'Email address', 'Continue')}
    </div>`;
  },
};

/** Switches the `lang` of the demo and re-checks the field, so its message changes language. */
function switchLanguage(event: Event): void {
  const region = (event.currentTarget as Element).closest<HTMLElement>('.guide-panel');
  if (!region) return;
  region.lang = region.lang === 'en' ? 'es' : 'en';
  const field = region.querySelector<CorTextInput>('cor-text-input');
  field?.reportValidity();
  const current = region.querySelector('.guide-current');
  if (current) current.textContent = region.lang;
}

export const FollowsLang: Story = {
  name: 'Sigue al atributo lang',
  render: () => {
    adoptGuideStyles();
    return html`<div class="guide-panel" lang="es">
      <p class="guide-panel-title">Idioma de esta sección: <code class="guide-current">es</code></p>
      <cor-text-input label="RUT" name="rut-idioma" width="10" required></cor-text-input>
      <cor-button type="button" variant="secondary" @click=${switchLanguage}
        >Cambiar el idioma y revisar el campo</cor-button
      >
    </div>`;
  },
};
