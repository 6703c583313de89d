import { defineElement } from '../../core/define.js';
import { CorClaveUnicaButton } from './claveunica-button.js';

defineElement('cor-claveunica-button', CorClaveUnicaButton);

declare global {
  interface HTMLElementTagNameMap {
    'cor-claveunica-button': CorClaveUnicaButton;
  }
}
