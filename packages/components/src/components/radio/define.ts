import { defineElement } from '../../core/define.js';
import { CorRadio } from './radio.js';

defineElement('cor-radio', CorRadio);

declare global {
  interface HTMLElementTagNameMap {
    'cor-radio': CorRadio;
  }
}
