import { defineElement } from '../../core/define.js';
import { CorTextarea } from './textarea.js';

defineElement('cor-textarea', CorTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'cor-textarea': CorTextarea;
  }
}
