// Theme, locale and media switching for the axe/visual matrix (DESIGN §6): every fixture is
// checked in every theme and language, and forced colors where an engine can emulate it.
import { executeServerCommand } from '@web/test-runner-commands';
import { engine } from './engine.js';

export const THEMES = ['light', 'dark', 'high-contrast', 'agency'] as const;
export type Theme = (typeof THEMES)[number];

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Selects a theme on `el` and its subtree (`data-cor-theme`); null returns to the default. */
export function setTheme(el: Element, theme: Theme | null): void {
  if (theme === null) el.removeAttribute('data-cor-theme');
  else el.setAttribute('data-cor-theme', theme);
}

/** Sets `<html lang>`; returns a function that puts the previous value back. */
export function setLanguage(lang: string): () => void {
  return setElementLanguage(document.documentElement, lang);
}

/** Sets `lang` on one element; returns a function that puts the previous value back. */
export function setElementLanguage(el: Element, lang: string): () => void {
  const previous = el.getAttribute('lang');
  el.setAttribute('lang', lang);
  return () => {
    if (previous === null) el.removeAttribute('lang');
    else el.setAttribute('lang', previous);
  };
}

/** Every {theme, lang} pair, for `for (const { theme, lang } of matrix()) …`. */
export function* matrix(
  themes: readonly Theme[] = THEMES,
  langs: readonly string[] = LANGS,
): Generator<{ theme: Theme; lang: string }> {
  for (const theme of themes) for (const lang of langs) yield { theme, lang };
}

/** Media features to emulate; omitted ones return to the real value. */
export interface EmulatedMedia {
  media?: 'screen' | 'print';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  contrast?: 'more' | 'less' | 'no-preference';
  forcedColors?: 'active' | 'none';
}

/** Only Chromium can emulate media (CDP); Firefox and WebKit cannot through their drivers. */
export function supportsMediaEmulation(): boolean {
  return engine() === 'chromium';
}

/**
 * Emulates media features (Chromium only; call `emulateMedia({})` to reset). Elsewhere it does
 * nothing and resolves false, so guard tests with `if (!supportsMediaEmulation()) this.skip()`.
 */
export async function emulateMedia(media: EmulatedMedia): Promise<boolean> {
  if (!supportsMediaEmulation()) return false;
  await executeServerCommand('cor-emulate-media', media);
  return true;
}

/** Runs `fn` with the media emulated, then resets; false (fn not run) outside Chromium. */
export async function withMedia(media: EmulatedMedia, fn: () => unknown): Promise<boolean> {
  if (!(await emulateMedia(media))) return false;
  try {
    await fn();
  } finally {
    await emulateMedia({});
  }
  return true;
}

/** Runs `fn` under `forced-colors: active` (Windows high contrast); false outside Chromium. */
export function withForcedColors(fn: () => unknown): Promise<boolean> {
  return withMedia({ forcedColors: 'active' }, fn);
}
