import { defineElement } from '../../core/define.js';
import { CorCheckbox } from './checkbox.js';

defineElement('cor-checkbox', CorCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'cor-checkbox': CorCheckbox;
  }
}
