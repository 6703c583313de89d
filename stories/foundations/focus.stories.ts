// Foundations › Focus: the focus ring on several backgrounds, live components and its tokens, generated from the token
// sources (see ./data.ts). Export only stories.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { focus } from './views.js';

const meta = {
  title: 'Fundamentos/Foco',
  id: 'fundamentos-foco',
  tags: ['foundation', '!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;

export const Scale: StoryObj = { name: 'Anillo de foco', render: () => focus() };
