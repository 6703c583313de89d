import { defineElement } from '../../core/define.js';
import { CorCheckboxes } from './checkboxes.js';

defineElement('cor-checkboxes', CorCheckboxes);

declare global {
  interface HTMLElementTagNameMap {
    'cor-checkboxes': CorCheckboxes;
  }
}
