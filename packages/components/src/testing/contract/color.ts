// WCAG contrast measured from computed styles, as tokens/lib/contrast.mjs defines it for the
// token pairs (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), plus the alpha compositing a
// real page needs: a translucent background is seen over whatever is behind it.
import { composedParent } from './dom.js';

export type Rgba = [r: number, g: number, b: number, a: number];

const WHITE: Rgba = [255, 255, 255, 1]; // the canvas of the (light) test page

/** `rgb(…)` / `rgba(…)` (comma or space syntax), as every engine serialises computed colours. */
export function parseColor(value: string): Rgba {
  if (value === 'transparent') return [0, 0, 0, 0];
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
    value.trim(),
  );
  if (!m) throw new Error(`parseColor: unexpected computed colour "${value}"`);
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
  return [+m[1]!, +m[2]!, +m[3]!, alpha];
}

/** `top` painted over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}

/** Contrast ratio, 1–21; `a` is composited over `b` when translucent. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(over(a, b)), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * The opaque colour behind `el`: its ancestors' backgrounds (across shadow roots and slots),
 * composited from the first opaque one, over the white canvas if none is opaque.
 */
export function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node = composedParent(el); node; node = composedParent(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), WHITE);
}

export const formatColor = ([r, g, b, a]: Rgba) => `rgba(${r}, ${g}, ${b}, ${a})`;
