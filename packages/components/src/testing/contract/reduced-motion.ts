// Reduced motion check (WCAG 2.3.3, DESIGN §5): with `prefers-reduced-motion: reduce` no element
// of a story, pseudo-elements included, has a transition or animation longer than 10 ms. Needs
// media emulation: Chromium only (engine-gaps.ts).
import { withMedia } from '../themes.js';
import { assertNone, deepElements, describeElement, nextFrames } from './dom.js';

export const MAX_MOTION_MS = 10;

/** The longest of a comma-separated list of CSS times (`0.1s, 200ms`), in ms. */
export function longestMs(times: string): number {
  return Math.max(
    0,
    ...times.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1 : 1000) || 0),
  );
}

function motionProblems(story: Element): string[] {
  const problems: string[] = [];
  for (const el of deepElements(story)) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const transition = longestMs(style.transitionDuration);
      const animation = style.animationName === 'none' ? 0 : longestMs(style.animationDuration);
      if (transition > MAX_MOTION_MS || animation > MAX_MOTION_MS) {
        problems.push(
          `${describeElement(el)}${pseudo ?? ''}: transition ${style.transitionDuration} ` +
            `(${style.transitionProperty}), animation ${style.animationName} ${style.animationDuration}`,
        );
      }
    }
  }
  return problems;
}

export async function checkReducedMotion(story: Element): Promise<void> {
  let problems: string[] = [];
  await withMedia({ reducedMotion: 'reduce' }, async () => {
    await nextFrames();
    problems = motionProblems(story);
  });
  assertNone(problems, `motion over ${MAX_MOTION_MS} ms with prefers-reduced-motion: reduce`);
}
