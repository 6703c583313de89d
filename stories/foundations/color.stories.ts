// Foundations › Colour: every semantic colour token per theme, with its value, source and
// contrast, generated from the token sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { colorTheme, palette } from './views.js';

const meta = {
  title: 'Fundamentos/Color',
  id: 'fundamentos-color',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Light: Story = { name: 'Tema claro', render: () => colorTheme('light') };
export const Dark: Story = { name: 'Tema oscuro', render: () => colorTheme('dark') };
export const HighContrast: Story = {
  name: 'Tema de alto contraste',
  render: () => colorTheme('high-contrast'),
};
export const Agency: Story = {
  name: 'Tema de institución (ejemplo)',
  render: () => colorTheme('agency'),
};
export const Palette: Story = { name: 'Paleta', render: () => palette() };
