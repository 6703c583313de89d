/** Registers `<cor-checkboxes>` and `<cor-checkbox>` and exports their classes. */
import './components/checkboxes/define.js';
import './components/checkbox/define.js';

export * from './components/checkboxes/checkboxes.js';
export * from './components/checkbox/checkbox.js';
