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
import './components/region-comuna/define.js';
import './components/error-summary/define.js';
import './components/password-input/define.js';
import './components/error-message/define.js';
import './components/fieldset/define.js';
import './components/textarea/define.js';
import './components/file-upload/define.js';
import './components/select/define.js';
import './components/date-input/define.js';
import './components/checkboxes/define.js';
import './components/checkbox/define.js';
import './components/radios/define.js';
import './components/radio/define.js';

export * from './classes.js';
export * from './i18n.js';
