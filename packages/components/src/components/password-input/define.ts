import { defineElement } from '../../core/define.js';
import { CorPasswordInput } from './password-input.js';

defineElement('cor-password-input', CorPasswordInput);

declare global {
  interface HTMLElementTagNameMap {
    'cor-password-input': CorPasswordInput;
  }
}
