/** Registers `<cor-fieldset>` and exports its class. */
import './components/fieldset/define.js';

export * from './components/fieldset/fieldset.js';
