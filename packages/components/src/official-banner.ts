/** Registers `<cor-official-banner>` and exports its class. */
import './components/official-banner/define.js';

export * from './components/official-banner/official-banner.js';
