/** Registers `<cor-region-comuna>` and exports its class. */
import './components/region-comuna/define.js';

export * from './components/region-comuna/region-comuna.js';
