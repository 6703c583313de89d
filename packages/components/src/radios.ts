/** Registers `<cor-radios>` and `<cor-radio>` and exports their classes. */
import './components/radios/define.js';
import './components/radio/define.js';

export * from './components/radios/radios.js';
export * from './components/radio/radio.js';
