import { defineElement } from '../../core/define.js';
import { CorButton } from './button.js';

defineElement('cor-button', CorButton);

declare global {
  interface HTMLElementTagNameMap {
    'cor-button': CorButton;
  }
}
