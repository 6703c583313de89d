/** Registers `<cor-error-message>` and exports its class. */
import './components/error-message/define.js';

export * from './components/error-message/error-message.js';
