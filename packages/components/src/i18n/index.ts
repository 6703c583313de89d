export type {
  Catalogue,
  ComponentStrings,
  Message,
  MessageKey,
  MessageParams,
} from './catalogue.js';
export { en } from './en.js';
export { es } from './es.js';
export { resolveDir, resolveLang } from './language.js';
export { LocalizeController } from './localize-controller.js';
export { plural } from './plural.js';
export {
  DEFAULT_LANGUAGE,
  onStringsChange,
  registerLanguage,
  registerStrings,
  resetStrings,
  setStrings,
  supportedLanguage,
  translate,
} from './registry.js';
