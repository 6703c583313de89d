import type { Catalogue } from './catalogue.js';
import { plural } from './plural.js';

/** Spanish (Chile). The default catalogue: usted, plain language, sentence case. */
export const es: Catalogue = {
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
};
