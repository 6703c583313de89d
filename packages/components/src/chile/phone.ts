/**
 * Chilean telephone numbers, as pure functions: no DOM, no Lit, safe to import in Node (a server
 * can validate with exactly the rules the browser used).
 *
 * ## The rule
 *
 * Since February 2016 every Chilean number has nine digits after the country code +56 (closed
 * numbering, no trunk prefix):
 *
 * - mobiles start with 9: `9 1234 5678`;
 * - Santiago landlines start with 2: `2 2345 6789`;
 * - other landlines start with their two-digit area code: `32 212 3456` (Valparaíso),
 *   `41 …` (Concepción), `55 …` (Antofagasta)… The area codes all start with 3 to 7.
 *
 * A number is accepted when it has those nine digits and the first one is 2 to 9. That is the
 * general pattern of the Chilean numbering plan (as libphonenumber's metadata also has it); it is
 * deliberately not a list of area codes, because refusing a real number stops a person from
 * finishing a service, while a mistyped digit that happens to pass costs a wrong call at most.
 * A first digit 1 starts short codes and carrier prefixes, and 0 starts no national number.
 *
 * Service numbers are refused: `800 …` (toll-free) and `600 …` (shared cost, ten or eleven digits,
 * which cannot be called from abroad) belong to organisations, not to the person who is asked
 * for their phone. Only Chilean numbers are accepted: `+` followed by another country code is
 * refused.
 *
 * ## What a person may type
 *
 * The nine digits, optionally preceded by `+56`, `56` or the old trunk prefix `0` (`09 1234 5678`,
 * `(02) 2345 6789`, as people wrote numbers before 2016), with any spacing and grouping: spaces
 * (any Unicode space), any Unicode dash or the minus sign, dots and parentheses. Full-width
 * characters (`９１２３…`, `＋５６`) are read as their ASCII forms, and the invisible format
 * characters that copying from a contact list or chat adds (bidirectional marks, zero-width
 * spaces, soft hyphens) are ignored. Letters or other symbols make the number invalid: nothing is
 * guessed or silently dropped.
 *
 * @module
 */

/** Chile's country calling code, without the `+`. */
export const PHONE_CL_COUNTRY_CODE = '56';

/** Why a text is not a valid Chilean phone number. */
export type PhoneCLProblem =
  /** Nothing but spaces, separators or invisible characters. */
  | 'empty'
  /** A letter or a symbol that is not a separator, or a `+` not at the start. */
  | 'characters'
  /** `+` followed by a country code other than 56. */
  | 'country'
  /** Not nine digits after the country code or trunk prefix. */
  | 'length'
  /** Nine digits, but not a number a person can have: starts with 0 or 1, or a 600/800 service number. */
  | 'prefix';

/** The verdict of {@link validatePhoneCL}. */
export type PhoneCLValidation =
  | {
      valid: true;
      /** The number in E.164 form, for storage and exchange: `+56912345678`. */
      e164: string;
      /** The nine national digits: `912345678`. */
      national: string;
      reason?: undefined;
    }
  | { valid: false; reason: PhoneCLProblem; e164?: undefined; national?: undefined };

/** Options of {@link formatPhoneCL}. */
export interface FormatPhoneCLOptions {
  /**
   * Leave out the `+56`: `9 1234 5678`, for a field that shows the country code apart (as
   * `<cor-phone-input>` does). Default `false`: `+56 9 1234 5678`.
   */
  national?: boolean;
}

/**
 * Spaces (any Unicode space), any dash (Unicode Pd), the minus signs and hyphen bullet that some
 * keyboards and PDFs produce, dots and parentheses.
 */
const SEPARATORS = /[\s\p{Pd}\u2212\u2796\u02D7\u2043.()]/gu;
/** Bidirectional marks, zero-width spaces, soft hyphens…: added by copy and paste, never seen. */
const INVISIBLE = /\p{Cf}/gu;

/** Whatever a caller passes, as text; anything that is not a string or a number is empty. */
function asText(input: unknown): string {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' || typeof input === 'bigint') return String(input);
  return '';
}

/**
 * Checks a phone number as a person typed it and says why it is not valid. Never throws.
 *
 * ```js
 * validatePhoneCL('9 1234 5678'); // { valid: true, e164: '+56912345678', national: '912345678' }
 * validatePhoneCL('9 1234 567'); // { valid: false, reason: 'length' }
 * ```
 */
export function validatePhoneCL(input: unknown): PhoneCLValidation {
  const text = asText(input).normalize('NFKC').replace(INVISIBLE, '');
  const compact = text.replace(SEPARATORS, '');
  if (compact === '') return { valid: false, reason: 'empty' };
  const match = /^(\+?)(\d*)$/.exec(compact);
  if (!match) return { valid: false, reason: 'characters' };
  const [, plus, digits = ''] = match;

  let national: string;
  if (plus) {
    // `+` or `+5` alone is a number cut short, not another country.
    if (PHONE_CL_COUNTRY_CODE.startsWith(digits)) return { valid: false, reason: 'length' };
    if (!digits.startsWith(PHONE_CL_COUNTRY_CODE)) return { valid: false, reason: 'country' };
    national = digits.slice(PHONE_CL_COUNTRY_CODE.length);
  } else if (digits.length === 11 && digits.startsWith(PHONE_CL_COUNTRY_CODE)) {
    national = digits.slice(PHONE_CL_COUNTRY_CODE.length);
  } else if (digits.length === 10 && digits.startsWith('0')) {
    national = digits.slice(1); // the trunk prefix of before 2016: 09 1234 5678, (02) 2345 6789
  } else {
    national = digits;
  }

  // Service numbers first: a 600 number has ten or eleven digits, but the length is not its problem.
  if (/^[68]00/.test(national)) return { valid: false, reason: 'prefix' };
  if (national.length !== 9) return { valid: false, reason: 'length' };
  if (!/^[2-9]/.test(national)) return { valid: false, reason: 'prefix' };
  return { valid: true, e164: `+${PHONE_CL_COUNTRY_CODE}${national}`, national };
}

/**
 * The number in E.164 form (`+56912345678`), or `null` when it is not a valid Chilean number.
 * Never throws.
 *
 * ```js
 * normalizePhoneCL('(9) 1234-5678'); // '+56912345678'
 * normalizePhoneCL('+56 2 2345 6789'); // '+56223456789'
 * normalizePhoneCL('1234'); // null
 * ```
 */
export function normalizePhoneCL(input: unknown): string | null {
  const result = validatePhoneCL(input);
  return result.valid ? result.e164 : null;
}

/**
 * The number written the way Chileans read it, or `null` when it is not a valid Chilean number.
 * Mobiles and Santiago are grouped 1-4-4 (`+56 9 1234 5678`, `+56 2 2345 6789`), the other
 * area codes 2-3-4 (`+56 32 212 3456`). With `{ national: true }`, without the `+56`. Never throws.
 */
export function formatPhoneCL(input: unknown, options: FormatPhoneCLOptions = {}): string | null {
  const result = validatePhoneCL(input);
  if (!result.valid) return null;
  const n = result.national;
  const grouped =
    n.startsWith('2') || n.startsWith('9')
      ? `${n.slice(0, 1)} ${n.slice(1, 5)} ${n.slice(5)}`
      : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5)}`;
  return options?.national ? grouped : `+${PHONE_CL_COUNTRY_CODE} ${grouped}`;
}
