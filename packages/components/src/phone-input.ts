/** Registers `<cor-phone-input>` and exports its class. */
import './components/phone-input/define.js';

export * from './components/phone-input/phone-input.js';
