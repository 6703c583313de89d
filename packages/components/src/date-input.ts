/** Registers `<cor-date-input>` and exports its class. */
import './components/date-input/define.js';

export * from './components/date-input/date-input.js';
