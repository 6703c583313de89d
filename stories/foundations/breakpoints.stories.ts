// Foundations › Breakpoints: the minimum width and the breakpoint tokens, generated from the token
// sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { breakpoints } from './views.js';

const meta = {
  title: 'Fundamentos/Puntos de quiebre',
  id: 'fundamentos-puntos-de-quiebre',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

export const Scale: StoryObj = { name: 'Anchos', render: () => breakpoints() };
