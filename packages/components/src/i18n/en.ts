import type { Catalogue } from './catalogue.js';
import { plural } from './plural.js';

/** English, the second built-in language. */
export const en: Catalogue = {
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
};
