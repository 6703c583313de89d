// Foundations › Spacing: the space scale, target sizes and border widths, generated from the token
// sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { spacing } from './views.js';

const meta = {
  title: 'Fundamentos/Espaciado y tamaños',
  id: 'fundamentos-espaciado',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

export const Scale: StoryObj = { name: 'Escala', render: () => spacing() };
