/** Registers `<cor-text-input>` and exports its class. */
import './components/text-input/define.js';

export * from './components/text-input/text-input.js';
