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
}

export type MessageKey = keyof Catalogue;
