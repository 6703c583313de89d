// Foundations › Motion: durations and easing, with a demo, generated from the token
// sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { motion } from './views.js';

const meta = {
  title: 'Fundamentos/Movimiento',
  id: 'fundamentos-movimiento',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

export const Scale: StoryObj = { name: 'Duraciones y curvas', render: () => motion() };
