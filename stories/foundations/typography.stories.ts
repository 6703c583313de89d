// Foundations › Typography: sizes, weights, line heights and font families, generated from the token
// sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { typography } from './views.js';

const meta = {
  title: 'Fundamentos/Tipografía',
  id: 'fundamentos-tipografia',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

export const Scale: StoryObj = { name: 'Escala', render: () => typography() };
