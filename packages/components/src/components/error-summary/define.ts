import { defineElement } from '../../core/define.js';
import { CorErrorSummary } from './error-summary.js';

defineElement('cor-error-summary', CorErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'cor-error-summary': CorErrorSummary;
  }
}
