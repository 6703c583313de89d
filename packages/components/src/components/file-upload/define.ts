import { defineElement } from '../../core/define.js';
import { CorFileUpload } from './file-upload.js';

defineElement('cor-file-upload', CorFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'cor-file-upload': CorFileUpload;
  }
}
