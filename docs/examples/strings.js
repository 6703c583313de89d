import '@cordillera/components';
import { setStrings } from '@cordillera/components/i18n.js';

// Cambia un texto en español; los demás textos siguen siendo los de Cordillera.
setStrings('es', { valueMissing: 'Responda esta pregunta para continuar' });
