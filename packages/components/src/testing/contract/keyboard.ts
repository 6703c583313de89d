// Keyboard check: every Tab stop of a story is reached with Tab and with Shift+Tab, in mirrored
// order, and focus leaves the story at both ends (no keyboard trap, WCAG 2.1.1 and 2.1.2).
import { deepActiveElement, deepContains, pressTab } from '../focus.js';
import { assertNone, describeElement, tabStops } from './dom.js';

const MAX_STOPS = 100; // far more than any story has: reaching it means focus is trapped

function marker(text: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = text;
  return button;
}

/**
 * Presses Tab (or Shift+Tab) from just outside `root` until focus leaves it, calling `onStop`
 * with the innermost focused element at each stop. Resolves the stops in order.
 */
export async function tabThrough(
  root: Element,
  { shift = false, onStop }: { shift?: boolean; onStop?: (el: Element) => unknown } = {},
): Promise<Element[]> {
  const before = marker('before');
  const after = marker('after');
  root.before(before);
  root.after(after); // something to land on, so leaving root never leaves the page
  const stops: Element[] = [];
  try {
    (shift ? after : before).focus();
    for (let step = 0; step < MAX_STOPS; step++) {
      await pressTab(shift);
      const active = deepActiveElement();
      if (!active || !deepContains(root, active)) return stops;
      if (stops.at(-1) === active) {
        throw new Error(`Tab did not move from ${describeElement(active)}`);
      }
      stops.push(active);
      await onStop?.(active);
    }
    throw new Error(
      `keyboard trap: focus still inside after ${MAX_STOPS} ${shift ? 'Shift+' : ''}Tab`,
    );
  } finally {
    before.remove();
    after.remove();
  }
}

export async function checkKeyboard(story: Element): Promise<void> {
  const expected = tabStops(story);
  const forward = await tabThrough(story);
  const missed = expected.filter((el) => !forward.includes(el)).map(describeElement);
  assertNone(missed, 'focusable parts that Tab never reaches');
  const backward = await tabThrough(story, { shift: true });
  const mirrored =
    backward.length === forward.length && backward.every((el, i) => el === forward.at(-1 - i));
  if (!mirrored) {
    const list = (stops: Element[]) => stops.map(describeElement).join(', ') || '(none)';
    throw new Error(
      `Shift+Tab does not visit the Tab stops in reverse:\n  Tab: ${list(forward)}\n` +
        `  Shift+Tab: ${list(backward)}`,
    );
  }
}
