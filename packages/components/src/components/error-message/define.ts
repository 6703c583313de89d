import { defineElement } from '../../core/define.js';
import { CorErrorMessage } from './error-message.js';

defineElement('cor-error-message', CorErrorMessage);

declare global {
  interface HTMLElementTagNameMap {
    'cor-error-message': CorErrorMessage;
  }
}
