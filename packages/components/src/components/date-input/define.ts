import { defineElement } from '../../core/define.js';
import { CorDateInput } from './date-input.js';

defineElement('cor-date-input', CorDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'cor-date-input': CorDateInput;
  }
}
