import type { ComponentStrings } from '../catalogue.js';
import { plural } from '../plural.js';

/** The strings of <cor-checkboxes> and <cor-radios>, in Spanish (Chile, the default) and English. */
export const choiceStrings = {
  es: {
    choiceDivider: 'o',
    checkboxesValueMissing: 'Seleccione al menos una opción',
    checkboxesOthersUnchecked: ({ count }) =>
      Number(count) === 1
        ? 'Se desmarcó la otra opción'
        : `Se desmarcaron las otras ${plural('es', count, 'opción', 'opciones')}`,
    checkboxesExclusiveUnchecked: 'Se desmarcó «{label}»',
    radiosValueMissing: 'Seleccione una opción',
  },
  en: {
    choiceDivider: 'or',
    checkboxesValueMissing: 'Select at least one option',
    checkboxesOthersUnchecked: ({ count }) =>
      Number(count) === 1
        ? 'The other option was unchecked'
        : `The other ${plural('en', count, 'option was', 'options were')} unchecked`,
    checkboxesExclusiveUnchecked: '“{label}” was unchecked',
    radiosValueMissing: 'Select an option',
  },
} satisfies ComponentStrings;
