/** Registers `<cor-claveunica-button>` and exports its class. */
import './components/claveunica-button/define.js';

export * from './components/claveunica-button/claveunica-button.js';
