import type { MessageKey, MessageParams } from '../i18n/catalogue.js';

/** The ValidityState flags in the order a person should hear about them. */
export const VALIDITY_FLAGS = [
  'valueMissing',
  'badInput',
  'typeMismatch',
  'patternMismatch',
  'tooShort',
  'tooLong',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
] as const;

export type ValidityFlag = (typeof VALIDITY_FLAGS)[number];
export type ValidityFlags = Partial<Record<ValidityFlag | 'customError', boolean>>;

/** What the messages may mention about the control (only the parts it has). */
export interface ConstraintSource {
  type?: string;
  value?: string;
  minLength?: number;
  maxLength?: number;
  min?: string;
  max?: string;
  step?: string;
}

/**
 * Chooses the catalogue message for the first failing flag. The message is built from the
 * catalogue in the element's language, never taken from the browser, whose messages follow
 * the browser's UI language rather than the page's.
 */
export function messageFor(
  flags: ValidityFlags,
  source: ConstraintSource,
): { key: MessageKey; params: MessageParams } | null {
  const flag = VALIDITY_FLAGS.find((name) => flags[name]);
  if (!flag) return null;
  const length = [...(source.value ?? '')].length;
  switch (flag) {
    case 'typeMismatch': {
      const key: MessageKey =
        source.type === 'email'
          ? 'typeMismatchEmail'
          : source.type === 'url'
            ? 'typeMismatchUrl'
            : 'typeMismatch';
      return { key, params: {} };
    }
    case 'tooShort':
      return { key: flag, params: { minLength: source.minLength ?? 0, length } };
    case 'tooLong':
      return { key: flag, params: { maxLength: source.maxLength ?? 0, length } };
    case 'rangeUnderflow':
      return { key: flag, params: { min: source.min ?? '' } };
    case 'rangeOverflow':
      return { key: flag, params: { max: source.max ?? '' } };
    case 'stepMismatch':
      return { key: flag, params: { example: stepExample(source) } };
    default:
      return { key: flag, params: {} };
  }
}

/** A nearby valid value, so a step message can show an example instead of a rule. */
function stepExample(source: ConstraintSource): string {
  const step = Number(source.step) || 1;
  const base = Number(source.min) || 0;
  const value = Number(source.value) || 0;
  const example = base + Math.round((value - base) / step) * step;
  return String(Number(example.toFixed(10)));
}
