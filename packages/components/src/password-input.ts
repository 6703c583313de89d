/** Registers `<cor-password-input>` and exports its class. */
import './components/password-input/define.js';

export * from './components/password-input/password-input.js';
