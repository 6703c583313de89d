/** Registers `<cor-select>` and exports its class. */
import './components/select/define.js';

export * from './components/select/select.js';
