/**
 * `import '@cordillera/components'` registers every component and exports every class and the
 * i18n API. To register only some, import `@cordillera/components/<name>.js` instead.
 */
import './components/button/define.js';
import './components/text-input/define.js';
import './components/rut-input/define.js';
import './components/official-banner/define.js';
import './components/phone-input/define.js';
import './components/claveunica-button/define.js';

export * from './classes.js';
export * from './i18n.js';
