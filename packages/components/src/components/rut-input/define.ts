import { defineElement } from '../../core/define.js';
import { CorRutInput } from './rut-input.js';

defineElement('cor-rut-input', CorRutInput);

declare global {
  interface HTMLElementTagNameMap {
    'cor-rut-input': CorRutInput;
  }
}
