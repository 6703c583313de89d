import { defineElement } from '../../core/define.js';
import { CorFieldset } from './fieldset.js';

defineElement('cor-fieldset', CorFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'cor-fieldset': CorFieldset;
  }
}
