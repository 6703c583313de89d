/**
 * The shape of a string catalogue. Every built-in string of every component lives here, so a
 * service can translate or reword any of them with `setStrings()`.
 *
 * A message is either plain text with `{placeholders}` or a function that receives the
 * parameters (for plurals and grammar that a template cannot express).
 */
export type Message = string | ((params: MessageParams) => string);
export type MessageParams = Record<string, string | number>;

export interface Catalogue {
  /** Visually hidden prefix read before every error message. */
  errorPrefix: Message;

  /** Constraint-validation messages, keyed by the ValidityState flag they explain. */
  valueMissing: Message;
  typeMismatchEmail: Message;
  typeMismatchUrl: Message;
  typeMismatch: Message;
  patternMismatch: Message;
  tooShort: Message;
  tooLong: Message;
  rangeUnderflow: Message;
  rangeOverflow: Message;
  stepMismatch: Message;
  badInput: Message;

  // <cor-official-banner>
  // Every message receives {country}, {government} and {domain} (without the leading dot).
  /** Name of the banner's region landmark. */
  officialBannerLabel: Message;
  /** The government's name when the `government` attribute is not set. Receives {country}. */
  officialBannerGovernment: Message;
  /** The visible statement, e.g. "Un sitio oficial del {government}". */
  officialBannerText: Message;
  /** The button that shows and hides the explanation. */
  officialBannerToggle: Message;
  /** Title and text about the official domain. */
  officialBannerDomainTitle: Message;
  officialBannerDomainBody: Message;
  /** Title and text about HTTPS. `{lock}` marks where the padlock icon goes (optional). */
  officialBannerHttpsTitle: Message;
  officialBannerHttpsBody: Message;

  // <cor-rut-input>
  /** An empty required RUT field (instead of the generic valueMissing). */
  rutValueMissing: Message;
  /** A text that cannot be read as a RUT, or with too few or too many digits. */
  rutInvalid: Message;
  /** A RUT whose check digit does not match its number (módulo 11). */
  rutCheckDigit: Message;
  /** A made-up RUT such as 11.111.111-1, with `reject-placeholders`. */
  rutPlaceholder: Message;

  // <cor-phone-input>
  /** A phone number that is not a Chilean number (letters, another country, a service number…). */
  phoneInvalid: Message;
  /** A phone number without exactly nine digits after +56. */
  phoneLength: Message;
}

export type MessageKey = keyof Catalogue;
