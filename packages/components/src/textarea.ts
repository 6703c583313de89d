/** Registers `<cor-textarea>` and exports its class. */
import './components/textarea/define.js';

export * from './components/textarea/textarea.js';
