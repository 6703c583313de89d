import type { Catalogue, MessageKey, MessageParams } from './catalogue.js';
import { en } from './en.js';
import { es } from './es.js';

/** The language used when an element's language has no catalogue. */
export const DEFAULT_LANGUAGE = 'es';

const catalogues = new Map<string, Catalogue>([
  ['es', es],
  ['en', en],
]);
const overrides = new Map<string, Partial<Catalogue>>();
const listeners = new Set<() => void>();

/**
 * Adds a language, or replaces the strings of one. `lang` is a BCP 47 tag; `es-CL` and `es`
 * are kept apart, and an element falls back from `es-CL` to `es`, then to Spanish.
 */
export function registerLanguage(lang: string, catalogue: Catalogue): void {
  catalogues.set(lang.toLowerCase(), catalogue);
  notify();
}

/**
 * Lets a service reword any built-in string, for one language, without forking a catalogue:
 * `setStrings('es', { valueMissing: 'Este dato es obligatorio' })`. Later calls merge.
 */
export function setStrings(lang: string, strings: Partial<Catalogue>): void {
  const key = lang.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...strings });
  notify();
}

/** Removes every override set with `setStrings` (all languages, or one). */
export function resetStrings(lang?: string): void {
  if (lang) overrides.delete(lang.toLowerCase());
  else overrides.clear();
  notify();
}

/** The catalogue language that serves `lang`: exact tag, then its primary subtag, then es. */
export function supportedLanguage(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim().toLowerCase();
  if (catalogues.has(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return catalogues.has(primary) ? primary : DEFAULT_LANGUAGE;
}

/** Formats one message in `lang`, with overrides applied and `{placeholders}` filled in. */
export function translate(lang: string, key: MessageKey, params: MessageParams = {}): string {
  const tag = supportedLanguage(lang);
  const message =
    overrides.get(tag)?.[key] ??
    catalogues.get(tag)?.[key] ??
    overrides.get(DEFAULT_LANGUAGE)?.[key] ??
    es[key];
  if (typeof message === 'function') return message(params);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Called whenever a catalogue or an override changes, so elements re-render. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}
