import { defineElement } from '../../core/define.js';
import { CorTextInput } from './text-input.js';

defineElement('cor-text-input', CorTextInput);

declare global {
  interface HTMLElementTagNameMap {
    'cor-text-input': CorTextInput;
  }
}
