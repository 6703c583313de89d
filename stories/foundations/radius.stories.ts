// Foundations › Radii: corner radius tokens, generated from the token
// sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { radii } from './views.js';

const meta = {
  title: 'Fundamentos/Bordes redondeados',
  id: 'fundamentos-bordes-redondeados',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

export const Scale: StoryObj = { name: 'Radios', render: () => radii() };
