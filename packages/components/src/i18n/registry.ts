import type { Catalogue, ComponentStrings, MessageKey, MessageParams } from './catalogue.js';
import { coreStrings } from './strings/core.js';

/** The language used when an element's language has no catalogue. */
export const DEFAULT_LANGUAGE = 'es';

// The built-in strings, es and en, as components register them (registerStrings): a page holds
// only the strings of the components it uses. The form core's own strings are always here.
const builtIn = new Map<string, Partial<Catalogue>>([
  ['es', { ...coreStrings.es }],
  ['en', { ...coreStrings.en }],
]);
// Languages a service adds or replaces whole (registerLanguage).
const catalogues = new Map<string, Partial<Catalogue>>();
const overrides = new Map<string, Partial<Catalogue>>();
const listeners = new Set<() => void>();

/**
 * Registers the built-in strings of a component (es and en). Components do it themselves when
 * their first element is created; a service never needs to.
 */
export function registerStrings(strings: ComponentStrings): void {
  for (const lang of ['es', 'en'] as const) {
    Object.assign(builtIn.get(lang)!, strings[lang]);
  }
}

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
  const known = (t: string) => catalogues.has(t) || builtIn.has(t);
  if (known(tag)) return tag;
  const primary = tag.split('-')[0] ?? '';
  return known(primary) ? primary : DEFAULT_LANGUAGE;
}

/** Formats one message in `lang`, with overrides applied and `{placeholders}` filled in. */
export function translate(lang: string, key: MessageKey, params: MessageParams = {}): string {
  const tag = supportedLanguage(lang);
  const message =
    overrides.get(tag)?.[key] ??
    catalogues.get(tag)?.[key] ??
    builtIn.get(tag)?.[key] ??
    overrides.get(DEFAULT_LANGUAGE)?.[key] ??
    builtIn.get(DEFAULT_LANGUAGE)?.[key] ??
    // Only when a component uses a key it did not register: visible, never a crash.
    key;
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
