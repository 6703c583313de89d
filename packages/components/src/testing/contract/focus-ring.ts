// Focus ring check (DESIGN §5): every focusable part, focused from the keyboard so that
// :focus-visible applies, shows an outline ≥ 2 px, and the outline or the inner box-shadow ring
// reaches 3:1 against the background behind the part — in every theme. "At least one ring" is the
// rule the token contrast test applies to the pairs [color-focus, color-focus-inner].
import { THEMES } from '../themes.js';
import { backgroundBehind, contrast, formatColor, parseColor, type Rgba } from './color.js';
import { assertNone, describeElement, interactiveParts } from './dom.js';
import { tabThrough } from './keyboard.js';

export const MIN_FOCUS_WIDTH = 2;
export const MIN_FOCUS_CONTRAST = 3;

/** Solid rings drawn with box-shadow: no offset, no blur, a spread (`0 0 0 2px colour`). */
export function shadowRings(boxShadow: string): Rgba[] {
  if (boxShadow === 'none') return [];
  // Split on commas outside parentheses: `rgb(1, 2, 3) 0px 0px 0px 2px, …`.
  return boxShadow.split(/,(?![^(]*\))/).flatMap((shadow) => {
    const color = /rgba?\([^)]*\)/.exec(shadow)?.[0];
    const lengths = shadow
      .replace(/rgba?\([^)]*\)/, '')
      .match(/-?[\d.]+px/g)
      ?.map(parseFloat);
    if (!color || !lengths || /inset/.test(shadow)) return [];
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    return x === 0 && y === 0 && blur === 0 && spread > 0 ? [parseColor(color)] : [];
  });
}

/** What is wrong with the focus indicator of the focused `el`, or null. */
export function focusRingProblem(el: Element, minContrast = MIN_FOCUS_CONTRAST): string | null {
  const style = getComputedStyle(el);
  const width = parseFloat(style.outlineWidth);
  // `auto` is the browser's own ring, whose colour and width no computed style reveals.
  if (['none', 'auto'].includes(style.outlineStyle) || !(width >= MIN_FOCUS_WIDTH)) {
    return `outline ${style.outlineStyle} ${style.outlineWidth} (needs ≥ ${MIN_FOCUS_WIDTH}px)`;
  }
  const background = backgroundBehind(el);
  const rings = [parseColor(style.outlineColor), ...shadowRings(style.boxShadow)];
  const best = Math.max(...rings.map((ring) => contrast(ring, background)));
  if (best < minContrast) {
    return (
      `best ring ${best.toFixed(2)}:1 < ${minContrast} (rings ${rings.map(formatColor).join(', ')} ` +
      `on ${formatColor(background)})`
    );
  }
  return null;
}

export async function checkFocusRing(story: HTMLElement): Promise<void> {
  const parts = new Set(interactiveParts(story));
  const problems: string[] = [];
  const initialTheme = story.getAttribute('data-cor-theme');
  await tabThrough(story, {
    onStop: (el) => {
      if (!parts.has(el)) return; // page content in a story (a link in a hint) is not ours
      for (const theme of THEMES) {
        story.setAttribute('data-cor-theme', theme);
        const problem = focusRingProblem(el);
        if (problem) problems.push(`${describeElement(el)} · ${theme}: ${problem}`);
      }
      if (initialTheme !== null) story.setAttribute('data-cor-theme', initialTheme);
    },
  });
  assertNone(problems, 'focus rings');
}
