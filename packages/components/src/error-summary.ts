/** Registers `<cor-error-summary>` and exports its class. */
import './components/error-summary/define.js';

export * from './components/error-summary/error-summary.js';
