import { defineElement } from '../../core/define.js';
import { CorSelect } from './select.js';

defineElement('cor-select', CorSelect);

declare global {
  interface HTMLElementTagNameMap {
    'cor-select': CorSelect;
  }
}
