// Date-only values (`YYYY-MM-DD`), with no `Date` in local time anywhere (DESIGN §4). Chile
// changes clocks at midnight: 2022-09-11 00:00 did not exist in America/Santiago, and the hour
// before midnight of 2023-04-01 happened twice, so `new Date(2022, 8, 11)` is 01:00, and a date
// read from a local-time `Date` can land on the day before. Here a date is three integers,
// days are counted with integer arithmetic, and the only clock reading (`todayIso`) goes
// through Intl in an explicit time zone. Pure functions: no DOM, no Lit; Node-safe.

/** The three parts of a calendar date (proleptic Gregorian), month and day from 1. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A part of a date as the person types it. */
export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`: February has 29 in leap years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real date with a year from 1 to 9999 (what four digits can hold). */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The parts of a `YYYY-MM-DD` string that is a real date, or null. Exactly the strings a native
 * `<input type="date">` keeps as its value, within years 0001–9999 (no spaces, no time, two
 * digits for month and day).
 */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== null;
}

/** `YYYY-MM-DD` for a date (which must be real: see `isRealDate`). */
export function toIsoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** -1, 0 or 1. Works on the strings: for four-digit years, text order is date order. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Days since 1970-01-01 and back (H. Hinnant's civil-from-days algorithms), integers only.
function daysFromCivil({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date `days` days after `iso` (before, if negative); null for a date out of 0001–9999. */
export function addDays(iso: string, days: number): string | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  const result = civilFromDays(daysFromCivil(date) + Math.trunc(days));
  return isRealDate(result) ? toIsoDate(result) : null;
}

const DAY_MS = 86_400_000;

const todayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's date where the person is (the browser's time zone, or `timeZone`), read through
 * Intl's date parts, never through a local-time `Date`. `now` is an instant (ms since the
 * epoch), for tests.
 */
export function todayIso(timeZone?: string, now: number = Date.now()): string {
  const key = timeZone ?? '';
  let format = todayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    todayFormats.set(key, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}

/**
 * A date in words in `locale`: «1 de enero de 2000» (es), «January 1, 2000» (en). Intl formats
 * the UTC midnight of the date in UTC, so no time zone can move it to another day. Falls back
 * to Spanish for a locale Intl does not accept; returns `iso` itself if it is not a real date.
 */
export function formatIsoDate(iso: string, locale: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  const instant = daysFromCivil(date) * DAY_MS;
  const options: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  };
  try {
    return new Intl.DateTimeFormat(locale, options).format(instant);
  } catch {
    return new Intl.DateTimeFormat('es', options).format(instant);
  }
}

// ----- Reading the three fields a person typed -----

/** What the person typed in the day, month and year fields. */
export type DateFields = Record<DatePart, string>;

export const EMPTY_FIELDS: DateFields = { day: '', month: '', year: '' };

/**
 * What three fields say, in GOV.UK's order of priority: nothing at all; some part missing;
 * some part that cannot be right (a day 32, a month 13, letters); a year without 4 digits;
 * a day the month does not have (31 4, 29 2 in a common year); or a real date.
 */
export type FieldsReading =
  | { kind: 'empty' }
  | { kind: 'missing'; parts: DatePart[] }
  | { kind: 'invalid'; parts: DatePart[] }
  | { kind: 'year-length' }
  | { kind: 'date'; iso: string };

// Month names the person may write instead of the number, in Spanish and English (GOV.UK:
// accept month names in full or abbreviated). Without accents, lower case.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['enero', 'january'],
  ['febrero', 'february'],
  ['marzo', 'march'],
  ['abril', 'april'],
  ['mayo', 'may'],
  ['junio', 'june'],
  ['julio', 'july'],
  ['agosto', 'august'],
  ['septiembre', 'setiembre', 'september'],
  ['octubre', 'october'],
  ['noviembre', 'november'],
  ['diciembre', 'december'],
];

/**
 * The month a field means: a number from 1 to 12 (with or without a leading zero), or a
 * month's name in Spanish or English, in full or shortened to 3 letters or more («mar»,
 * «sept.», «Agosto»). NaN when it means no month.
 */
export function readMonth(text: string): number {
  const t = text.trim();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const word = t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (!/^[a-z]{3,}$/.test(word)) return NaN;
  const months = MONTH_NAMES.flatMap((names, i) =>
    names.some((name) => name.startsWith(word)) ? [i + 1] : [],
  );
  return months.length === 1 ? months[0]! : NaN;
}

/** Reads three typed fields (spaces around each are ignored). */
export function readDateFields(fields: DateFields): FieldsReading {
  const day = fields.day.trim();
  const month = fields.month.trim();
  const year = fields.year.trim();
  const given = { day, month, year };
  const missing = DATE_PARTS.filter((part) => given[part] === '');
  if (missing.length === 3) return { kind: 'empty' };
  if (missing.length > 0) return { kind: 'missing', parts: missing };

  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = readMonth(month);
  const wrong: DatePart[] = [];
  if (!(d >= 1 && d <= 31)) wrong.push('day');
  if (!(m >= 1 && m <= 12)) wrong.push('month');
  if (!/^\d+$/.test(year)) wrong.push('year');
  if (wrong.length) return { kind: 'invalid', parts: wrong };
  if (year.length !== 4) return { kind: 'year-length' };
  const y = Number(year);
  if (y < 1) return { kind: 'invalid', parts: ['year'] };
  if (d > daysInMonth(y, m)) return { kind: 'invalid', parts: ['day'] };
  return { kind: 'date', iso: toIsoDate({ year: y, month: m, day: d }) };
}

/**
 * The fields that show a `YYYY-MM-DD` text: its parts when it has that shape, even with a part
 * empty or impossible («2007--27», «2023-02-30»), so the person sees what to fix; nothing for
 * any other text. A real date shows as two-digit day and month and four-digit year.
 */
export function fieldsFromText(text: string): DateFields {
  const match = /^(\d{4})?-(\d{2})?-(\d{2})?$/.exec(text);
  if (!match) return { ...EMPTY_FIELDS };
  return { year: match[1] ?? '', month: match[2] ?? '', day: match[3] ?? '' };
}

// ----- Ranges -----

/** The limits a date must respect; unreadable limits are ignored, as a native input does. */
export interface DateLimits {
  /** `YYYY-MM-DD`, or `today`. */
  min?: string | undefined;
  /** `YYYY-MM-DD`, or `today`. */
  max?: string | undefined;
  /** Strictly before today. */
  past?: boolean | undefined;
  /** Strictly after today. */
  future?: boolean | undefined;
  /** Today, `YYYY-MM-DD` (see `todayIso`). */
  today: string;
}

/** What a date breaks: one flag or both (with `min` later than `max`), and the rule to name. */
export interface RangeProblem {
  rangeUnderflow: boolean;
  rangeOverflow: boolean;
  /** The rule the message names: the lower limit's when the date is before it, else the upper's. */
  rule: 'past' | 'future' | 'today-or-past' | 'today-or-future' | 'min' | 'max' | 'between';
}

interface Bound {
  iso: string;
  rule: 'past' | 'future' | 'today' | 'date';
}

/**
 * `today` or a real `YYYY-MM-DD`; anything else is no limit. Not trimmed: a native date input
 * ignores « 2000-01-01» too.
 */
function readLimit(text: string | undefined, today: string): Bound | null {
  const t = text ?? '';
  if (t.toLowerCase() === 'today') return { iso: today, rule: 'today' };
  return isIsoDate(t) ? { iso: t, rule: 'date' } : null;
}

/** The tighter of two bounds: the later lower bound, or the earlier upper bound. */
function tighter(a: Bound | null, b: Bound | null, lower: boolean): Bound | null {
  if (!a || !b) return a ?? b;
  const order = compareIsoDates(a.iso, b.iso);
  return (lower ? order >= 0 : order <= 0) ? a : b;
}

/** The effective lower and upper limits: `min`/`max`, tightened by `future`/`past`. */
export function dateBounds(limits: DateLimits): { min: string | null; max: string | null } {
  const { lower, upper } = bounds(limits);
  return { min: lower?.iso ?? null, max: upper?.iso ?? null };
}

function bounds(limits: DateLimits): { lower: Bound | null; upper: Bound | null } {
  const { today } = limits;
  const min = readLimit(limits.min, today);
  const max = readLimit(limits.max, today);
  const tomorrow = addDays(today, 1);
  const yesterday = addDays(today, -1);
  const future = limits.future && tomorrow ? { iso: tomorrow, rule: 'future' as const } : null;
  const past = limits.past && yesterday ? { iso: yesterday, rule: 'past' as const } : null;
  return { lower: tighter(future, min, true), upper: tighter(past, max, false) };
}

/**
 * The range rule `iso` breaks, or null. Between two explicit dates the message names both
 * («entre el … y el …»), as GOV.UK asks.
 */
export function rangeProblem(iso: string, limits: DateLimits): RangeProblem | null {
  const { lower, upper } = bounds(limits);
  const under = lower !== null && compareIsoDates(iso, lower.iso) < 0;
  const over = upper !== null && compareIsoDates(iso, upper.iso) > 0;
  if (!under && !over) return null;
  const bothDates = lower?.rule === 'date' && upper?.rule === 'date';
  const bound = under ? lower! : upper!;
  const rule =
    bound.rule === 'past' || bound.rule === 'future'
      ? bound.rule
      : bound.rule === 'today'
        ? under
          ? 'today-or-future'
          : 'today-or-past'
        : bothDates
          ? 'between'
          : under
            ? 'min'
            : 'max';
  return { rangeUnderflow: under, rangeOverflow: over, rule };
}
