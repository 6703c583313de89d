/** Registers `<cor-button>` and exports its class. */
import './components/button/define.js';

export * from './components/button/button.js';
