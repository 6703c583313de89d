import type { ComponentStrings } from '../catalogue.js';
import { plural } from '../plural.js';

/** The strings of the form core (error prefix, constraint-validation messages), in Spanish (Chile, the default) and English. */
export const coreStrings = {
  es: {
    errorPrefix: 'Error:',
    valueMissing: 'Complete este campo',
    typeMismatchEmail: 'Ingrese un correo electrónico válido, por ejemplo nombre@ejemplo.cl',
    typeMismatchUrl: 'Ingrese una dirección web válida, por ejemplo https://www.gob.cl',
    typeMismatch: 'Ingrese un valor con el formato correcto',
    patternMismatch: 'Ingrese el dato con el formato indicado',
    tooShort: ({ minLength, length }) =>
      `Escriba al menos ${plural('es', minLength, 'carácter', 'caracteres')} (ahora tiene ${length})`,
    tooLong: ({ maxLength, length }) =>
      `Escriba como máximo ${plural('es', maxLength, 'carácter', 'caracteres')} (ahora tiene ${length})`,
    rangeUnderflow: 'Ingrese un número igual o mayor que {min}',
    rangeOverflow: 'Ingrese un número igual o menor que {max}',
    stepMismatch: 'Ingrese un número válido, por ejemplo {example}',
    badInput: 'Ingrese solo números',
  },
  en: {
    errorPrefix: 'Error:',
    valueMissing: 'Complete this field',
    typeMismatchEmail: 'Enter a valid email address, like name@example.com',
    typeMismatchUrl: 'Enter a valid web address, like https://www.gob.cl',
    typeMismatch: 'Enter a value in the correct format',
    patternMismatch: 'Enter it in the format shown',
    tooShort: ({ minLength, length }) =>
      `Enter at least ${plural('en', minLength, 'character', 'characters')} (you have ${length})`,
    tooLong: ({ maxLength, length }) =>
      `Enter ${plural('en', maxLength, 'character', 'characters')} or fewer (you have ${length})`,
    rangeUnderflow: 'Enter a number that is {min} or more',
    rangeOverflow: 'Enter a number that is {max} or less',
    stepMismatch: 'Enter a valid number, like {example}',
    badInput: 'Enter numbers only',
  },
} satisfies ComponentStrings;
