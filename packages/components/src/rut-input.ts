/** Registers `<cor-rut-input>` and exports its class. */
import './components/rut-input/define.js';

export * from './components/rut-input/rut-input.js';
