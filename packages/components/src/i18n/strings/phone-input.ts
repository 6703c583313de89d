import type { ComponentStrings } from '../catalogue.js';

/** The strings of <cor-phone-input>, in Spanish (Chile, the default) and English. */
export const phoneInputStrings = {
  es: {
    phoneInvalid: 'Ingrese un número de teléfono válido, por ejemplo 9 1234 5678',
    phoneLength: 'Ingrese los 9 dígitos del número de teléfono, por ejemplo 9 1234 5678',
  },
  en: {
    phoneInvalid: 'Enter a valid phone number, like 9 1234 5678',
    phoneLength: 'Enter all 9 digits of the phone number, like 9 1234 5678',
  },
} satisfies ComponentStrings;
