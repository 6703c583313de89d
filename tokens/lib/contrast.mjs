// WCAG 2.x contrast (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
// Opaque sRGB hex only: a translucent colour has no contrast without knowing its backdrop.

/** Minimum ratio per pair kind (WCAG 2.2 SC 1.4.3, 1.4.11, 2.4.13). */
export const MINIMUM = { text: 4.5, 'large-text': 3, ui: 3, focus: 3 };

/** '#RGB' | '#RRGGBB' → [r, g, b] in 0–255; throws on anything else. */
export function parseHex(color) {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(color).trim());
  if (!m) throw new Error(`not an opaque hex colour: ${color}`);
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** Relative luminance, 0 (black) – 1 (white). */
export function luminance(color) {
  const [r, g, b] = parseHex(color).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio, 1–21, symmetric in its arguments. */
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Checks declared pairs against one theme's flat values ({ 'color-text': '#0B0C0C', … }).
 * A pair's foreground may be a list: the best of those colours counts (adjacent focus rings).
 * Unknown token names and kinds throw, so a typo can never pass silently.
 * `stricter` raises minimums per kind (the high-contrast theme asks for AAA).
 */
export function checkPairs(values, pairs, stricter = {}) {
  return pairs.map((pair) => {
    const minimum = MINIMUM[pair.kind] && Math.max(MINIMUM[pair.kind], stricter[pair.kind] ?? 0);
    if (!minimum) throw new Error(`unknown contrast kind "${pair.kind}"`);
    const foregrounds = [pair.foreground].flat();
    for (const name of [...foregrounds, pair.background]) {
      if (!(name in values)) throw new Error(`contrast pair names unknown token "${name}"`);
    }
    const ratio = Math.max(...foregrounds.map((f) => contrast(values[f], values[pair.background])));
    return { ...pair, ratio, minimum, pass: ratio >= minimum };
  });
}

/** "color-text on color-surface: 4.48:1 < 4.5 (text)"; a failing ratio never displays as passing. */
export function describe({ foreground, background, ratio, minimum, kind }) {
  let ratioText = ratio.toFixed(2);
  if (ratio < minimum && Number(ratioText) >= minimum) ratioText = ratio.toFixed(4);
  return `${[foreground].flat().join(' | ')} on ${background}: ${ratioText}:1 ${ratio >= minimum ? '≥' : '<'} ${minimum} (${kind})`;
}
