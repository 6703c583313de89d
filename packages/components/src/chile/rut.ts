// The Chilean RUT/RUN as pure functions: no DOM, no Lit, no import at all, so that a server
// (Node, Deno, a worker) reads, formats and validates a RUT exactly as <cor-rut-input> does in
// the browser. Exported from `@cordillera/components/chile.js`.
//
// Reading rules (what people type is accepted as far as it can be read without guessing):
// - dots, commas, spaces (any Unicode space), invisible format characters (zero-width spaces,
//   soft hyphens, direction marks copied from a PDF) are ignored, wherever they are;
// - full-width and other compatibility characters are folded (NFKC): "１２３４５６７８－５";
// - any Unicode dash or minus sign counts as the hyphen; at most one hyphen, and only right
//   before the check digit;
// - without a hyphen, the last character is the check digit ("123456785");
// - the check digit is 0–9 or K, in either case;
// - leading zeros of the number are ignored ("012.345.678-5").
//
// Body length: the number has 1 to 8 digits once leading zeros are removed, i.e. RUTs from 1-9
// up to 99.999.999-9, which covers every RUN and RUT issued so far (companies are in the
// 50–99 million range, the highest RUNs are below 30 million). A ninth digit is far more likely
// a typing slip than a real RUT, so it is reported as `length`.

/** How a RUT is written: `plain` 12345678-5, `dots` 12.345.678-5, `nohyphen` 123456785. */
export type RutFormat = 'plain' | 'dots' | 'nohyphen';
export const RUT_FORMATS: readonly RutFormat[] = ['plain', 'dots', 'nohyphen'];

/** The most digits a RUT number (without check digit) may have, leading zeros aside. */
export const RUT_MAX_BODY_DIGITS = 8;

/**
 * Why a text is not a valid RUT:
 * - `empty`: nothing but spaces and separators;
 * - `format`: it cannot be read as a RUT (letters, two hyphens, K inside the number…);
 * - `length`: no number before the check digit, or more than 8 digits;
 * - `check-digit`: the check digit does not match the number (módulo 11);
 * - `placeholder`: a made-up RUT such as 11.111.111-1 (only with `rejectPlaceholders`).
 */
export type RutInvalidReason = 'empty' | 'format' | 'length' | 'check-digit' | 'placeholder';

export interface RutValidationOptions {
  /**
   * Also reject RUTs that people type to get past a form: a number made of one repeated digit
   * (11.111.111-1, 22.222.222-2, 1.111.111-4…) and the sequences 1.234.567, 12.345.678,
   * 9.876.543 and 98.765.432, whatever their check digit. Off by default: some of them may
   * belong to real people.
   */
  rejectPlaceholders?: boolean;
}

/** The result of `validateRut`: narrow on `valid`. */
export type RutValidation =
  | { valid: true; /** The RUT as `12345678-5`. */ normalized: string; reason?: undefined }
  | { valid: false; reason: RutInvalidReason; normalized?: undefined };

interface ParsedRut {
  /** The number, without leading zeros: "12345678". */
  body: string;
  /** "0"–"9" or "K". */
  checkDigit: string;
}

// Any dash or minus: Unicode "Pd" (hyphen, en/em dash, hyphen-minus…), minus signs, and the
// modifier minus and hyphen bullet that some keyboards and PDFs produce.
const DASHES = /[\p{Pd}\u2212\u2796\u02D7\u2043]/gu;
// What is ignored anywhere: whitespace (incl. NBSP), format characters (zero-width space,
// soft hyphen, LRM/RLM…), dots, commas and middle dots used as thousands separators.
const IGNORED = /[\s\p{Cf}.,\u00B7]/gu;

/** Whatever a caller passes, as text (servers may pass numbers, null or undefined). */
function text(input: unknown): string {
  if (input === null || input === undefined) return '';
  return typeof input === 'string' ? input : String(input);
}

/** The compact form of what was typed: "12345678-5", "123456785", "12345678-K"… */
function compact(input: unknown): string {
  return text(input).normalize('NFKC').replace(DASHES, '-').replace(IGNORED, '').toUpperCase();
}

/** Reads a RUT; a reason instead when it cannot be read (the check digit is not checked). */
function parse(input: unknown): ParsedRut | 'empty' | 'format' | 'length' {
  const typed = compact(input);
  if (typed === '') return 'empty';
  const match = /^(\d*)-?([\dK])$/.exec(typed);
  if (!match) return 'format';
  const body = (match[1] ?? '').replace(/^0+/, '');
  if (body.length < 1 || body.length > RUT_MAX_BODY_DIGITS) return 'length';
  return { body, checkDigit: match[2] ?? '' };
}

function checkDigitOf(digits: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = digits.length - 1; i >= 0; i--) {
    sum += (digits.charCodeAt(i) - 48) * factor;
    factor = factor === 7 ? 2 : factor + 1;
  }
  const rest = 11 - (sum % 11);
  return rest === 11 ? '0' : rest === 10 ? 'K' : String(rest);
}

const SEQUENCES = new Set(['1234567', '12345678', '9876543', '98765432']);

function isPlaceholder(body: string): boolean {
  return /^(\d)\1+$/.test(body) || SEQUENCES.has(body);
}

function write({ body, checkDigit }: ParsedRut, format: RutFormat): string {
  if (format === 'nohyphen') return body + checkDigit;
  const number = format === 'dots' ? body.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : body;
  return `${number}-${checkDigit}`;
}

/**
 * The check digit of a RUT number (módulo 11): `computeCheckDigit('12345678')` → `'5'`;
 * `'K'` for 10 and `'0'` for 11. Accepts the number with dots or spaces, or as a whole number;
 * returns null when it is not made of digits.
 */
export function computeCheckDigit(body: string | number): string | null {
  if (typeof body === 'number' && !(Number.isSafeInteger(body) && body >= 0)) return null;
  const digits = compact(body);
  return /^\d+$/.test(digits) ? checkDigitOf(digits) : null;
}

/**
 * The RUT in one form, `12345678-5` (or as `format` says), from whatever was typed; null when
 * it cannot be read as a RUT (see the reading rules above). It does not check the check digit:
 * `normalizeRut('12.345.678-4')` → `'12345678-4'`. Use `validateRut` to know if it is valid.
 */
export function normalizeRut(input: string, format: RutFormat = 'plain'): string | null {
  const rut = parse(input);
  return typeof rut === 'string'
    ? null
    : write(rut, RUT_FORMATS.includes(format) ? format : 'plain');
}

/**
 * The RUT as people read it, `12.345.678-5` (or as `format` says); null when it cannot be read
 * as a RUT. Like `normalizeRut`, it does not check the check digit.
 */
export function formatRut(input: string, format: RutFormat = 'dots'): string | null {
  return normalizeRut(input, RUT_FORMATS.includes(format) ? format : 'dots');
}

/**
 * Whether `input` is a valid RUT: readable, 1–8 digits, the right check digit and, with
 * `rejectPlaceholders`, not a made-up one. A valid result carries the RUT as `12345678-5`:
 *
 * ```js
 * const result = validateRut('12.345.678-5');
 * if (result.valid) save(result.normalized); // '12345678-5'
 * else show(result.reason); // 'empty' | 'format' | 'length' | 'check-digit' | 'placeholder'
 * ```
 */
export function validateRut(input: string, options: RutValidationOptions = {}): RutValidation {
  const rut = parse(input);
  if (typeof rut === 'string') return { valid: false, reason: rut };
  if (checkDigitOf(rut.body) !== rut.checkDigit) return { valid: false, reason: 'check-digit' };
  if (options?.rejectPlaceholders && isPlaceholder(rut.body)) {
    return { valid: false, reason: 'placeholder' };
  }
  return { valid: true, normalized: write(rut, 'plain') };
}
