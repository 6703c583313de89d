const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/**
 * True for URLs a component may put in `href`: https, http, mailto, tel and relative ones.
 * Everything else (javascript:, data:, vbscript:, and disguised forms such as
 * `java\tscript:` or `JaVaScRiPt:`) is refused, because the URL parser is what decides.
 */
export function isSafeUrl(value: string | null | undefined): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    const base = 'https://relative.invalid/';
    const url = new URL(value, base);
    return SAFE_SCHEMES.has(url.protocol);
  } catch {
    return false;
  }
}
