import { defineElement } from '../../core/define.js';
import { CorPhoneInput } from './phone-input.js';

defineElement('cor-phone-input', CorPhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'cor-phone-input': CorPhoneInput;
  }
}
