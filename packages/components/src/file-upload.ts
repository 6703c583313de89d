/** Registers `<cor-file-upload>` and exports its class. */
import './components/file-upload/define.js';

export * from './components/file-upload/file-upload.js';
