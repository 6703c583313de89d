// Reflow check (WCAG 1.4.10, DESIGN §5): at 320 CSS px wide nothing scrolls or sticks out
// sideways. Where the driver can resize the viewport (see engine-gaps.ts) the page itself is 320 px
// wide, so the components' media queries see a phone; elsewhere the story is laid out in a 320 px
// container, which tests the same boxes but not the media queries.
import { setViewport } from '@web/test-runner-commands';
import {
  assertNone,
  componentHosts,
  deepElements,
  describeElement,
  isRendered,
  isVisuallyHidden,
  nextFrames,
} from './dom.js';

export const REFLOW_WIDTH = 320;

/** Runs `fn` with a 320 px viewport, then puts the previous size back. */
export async function withNarrowViewport(fn: () => unknown): Promise<void> {
  const previous = { width: window.innerWidth, height: window.innerHeight };
  await setViewport({ width: REFLOW_WIDTH, height: 640 });
  try {
    await nextFrames();
    // A driver that silently ignored the request would make this check pass for nothing.
    if (window.innerWidth !== REFLOW_WIDTH) {
      throw new Error(`setViewport left the viewport ${window.innerWidth} px wide`);
    }
    await fn();
  } finally {
    await setViewport(previous);
  }
}

/** Runs `fn` with `story` laid out 320 px wide. */
export async function withNarrowContainer(story: HTMLElement, fn: () => unknown): Promise<void> {
  story.style.inlineSize = `${REFLOW_WIDTH}px`;
  try {
    await nextFrames();
    await fn();
  } finally {
    story.style.inlineSize = '';
  }
}

// Text fields scroll their own value sideways by design: their scroll width is not overflow.
const SCROLLS_ITS_TEXT = 'input, textarea';

/** Horizontal overflow inside `area`: the page, the story, and every part of every component. */
export function reflowProblems(story: Element, area: { left: number; right: number }): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  }
  const parts = [story, ...componentHosts(story).flatMap((host) => deepElements(host))];
  for (const el of parts.filter((p) => isRendered(p) && !isVisuallyHidden(p))) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < area.left - 0.5 || rect.right > area.right + 0.5) {
      problems.push(
        `${describeElement(el)} spans ${rect.left.toFixed(1)}–${rect.right.toFixed(1)}, ` +
          `outside ${area.left.toFixed(1)}–${area.right.toFixed(1)}`,
      );
    }
    if (
      !el.matches(SCROLLS_ITS_TEXT) &&
      el.scrollWidth > el.clientWidth + 1 &&
      el.clientWidth > 0
    ) {
      problems.push(
        `${describeElement(el)} overflows: scrollWidth ${el.scrollWidth} > ${el.clientWidth}`,
      );
    }
  }
  return problems;
}

export async function checkReflow(story: HTMLElement, { viewport }: { viewport: boolean }) {
  const check = () => {
    // With the viewport resized the area is the viewport; otherwise the 320 px story box.
    const box = story.getBoundingClientRect();
    const area = viewport ? { left: 0, right: document.documentElement.clientWidth } : box;
    assertNone(reflowProblems(story, area), `overflow at ${REFLOW_WIDTH} px`);
  };
  if (viewport) await withNarrowViewport(check);
  else await withNarrowContainer(story, check);
}
