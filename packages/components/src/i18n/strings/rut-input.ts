import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-rut-input>, in Spanish (Chile, the default) and English. */
export const rutInputStrings = {
  es: {
    rutValueMissing: 'Ingrese el RUT',
    rutInvalid: 'Ingrese un RUT válido, por ejemplo 12.345.678-5',
    rutCheckDigit: 'El dígito verificador no corresponde',
    rutPlaceholder: 'Ingrese un RUT real, no uno de ejemplo como 11.111.111-1',
  },
  en: {
    rutValueMissing: 'Enter the RUT',
    rutInvalid: 'Enter a valid RUT, for example 12.345.678-5',
    rutCheckDigit: 'The check digit does not match',
    rutPlaceholder: 'Enter a real RUT, not an example one like 11.111.111-1',
  },
} satisfies ComponentStrings;
