import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-error-summary>, in Spanish (Chile, the default) and English. */
export const errorSummaryStrings = {
  es: {
    errorSummaryTitle: 'Hay un problema',
  },
  en: {
    errorSummaryTitle: 'There is a problem',
  },
} satisfies ComponentStrings;
