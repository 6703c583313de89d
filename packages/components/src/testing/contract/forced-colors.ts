// Forced colours check (Windows high contrast, DESIGN §5): under `forced-colors: active` every
// border a part declares is still drawn in a visible system colour, and every focusable part still
// shows a focus outline (the box-shadow ring is dropped by the browser in this mode; the outline
// must carry the indicator alone). Needs media emulation: Chromium only (engine-gaps.ts).
import { withForcedColors } from '../themes.js';
import { backgroundBehind, contrast, formatColor, parseColor } from './color.js';
import { assertNone, describeElement, interactiveParts, nextFrames } from './dom.js';
import { focusRingProblem } from './focus-ring.js';
import { tabThrough } from './keyboard.js';

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;
const MIN_BOUNDARY_CONTRAST = 3; // WCAG 1.4.11, non-text contrast

/** The sides with a border width, as the part is styled without forced colours. */
function bordered(el: Element): (typeof SIDES)[number][] {
  const style = getComputedStyle(el);
  return SIDES.filter(
    (side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );
}

function borderProblems(el: Element, sides: (typeof SIDES)[number][]): string[] {
  const style = getComputedStyle(el);
  const behind = backgroundBehind(el);
  return sides.flatMap((side) => {
    const s = side.toLowerCase();
    const width = style.getPropertyValue(`border-${s}-width`);
    const line = style.getPropertyValue(`border-${s}-style`);
    const color = parseColor(style.getPropertyValue(`border-${s}-color`));
    const ratio = contrast(color, behind);
    if (
      parseFloat(width) > 0 &&
      line !== 'none' &&
      line !== 'hidden' &&
      ratio >= MIN_BOUNDARY_CONTRAST
    ) {
      return [];
    }
    return [
      `${describeElement(el)} border-${s}: ${width} ${line} ${formatColor(color)}, ` +
        `${ratio.toFixed(2)}:1 on ${formatColor(behind)}`,
    ];
  });
}

export async function checkForcedColors(story: HTMLElement): Promise<void> {
  const parts = interactiveParts(story);
  const declared = new Map(parts.map((el) => [el, bordered(el)]));
  const problems: string[] = [];
  await withForcedColors(async () => {
    await nextFrames();
    for (const [el, sides] of declared) problems.push(...borderProblems(el, sides));
    await tabThrough(story, {
      onStop: (el) => {
        if (!declared.has(el)) return;
        const problem = focusRingProblem(el);
        if (problem) problems.push(`${describeElement(el)} focus: ${problem}`);
      },
    });
  });
  assertNone(problems, 'borders and focus indicators under forced-colors: active');
}
