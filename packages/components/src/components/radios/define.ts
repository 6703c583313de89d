import { defineElement } from '../../core/define.js';
import { CorRadios } from './radios.js';

defineElement('cor-radios', CorRadios);

declare global {
  interface HTMLElementTagNameMap {
    'cor-radios': CorRadios;
  }
}
