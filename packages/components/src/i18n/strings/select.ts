import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-select>, in Spanish (Chile, the default) and English. */
export const selectStrings = {
  es: {
    selectPlaceholder: 'Seleccione una opción',
    selectValueMissing: 'Seleccione una opción de la lista',
  },
  en: {
    selectPlaceholder: 'Select an option',
    selectValueMissing: 'Select an option from the list',
  },
} satisfies ComponentStrings;
