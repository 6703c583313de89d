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

  // <cor-official-banner>
  officialBannerLabel: 'Official website',
  officialBannerGovernment: 'Government of {country}',
  officialBannerText: 'An official website of the {government}',
  officialBannerToggle: 'Here’s how you know',
  officialBannerDomainTitle: 'Official websites use .{domain}',
  officialBannerDomainBody:
    'A website whose address ends in .{domain} belongs to a government institution of {country}.',
  officialBannerHttpsTitle: 'Secure websites use HTTPS',
  officialBannerHttpsBody:
    'Look for a lock {lock} or https:// at the start of the address. Share personal information only on official, secure websites.',

  // <cor-rut-input>
  rutValueMissing: 'Enter the RUT',
  rutInvalid: 'Enter a valid RUT, for example 12.345.678-5',
  rutCheckDigit: 'The check digit does not match',
  rutPlaceholder: 'Enter a real RUT, not an example one like 11.111.111-1',

  // <cor-phone-input>
  phoneInvalid: 'Enter a valid phone number, like 9 1234 5678',
  phoneLength: 'Enter all 9 digits of the phone number, like 9 1234 5678',
};
