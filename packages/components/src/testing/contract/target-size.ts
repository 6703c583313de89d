// Target size check (WCAG 2.5.8, DESIGN §5): every interactive part of a component measures at
// least 24 × 24 CSS px, from its rendered box (disabled parts included: they look like targets).
import { assertNone, describeElement, interactiveParts } from './dom.js';

export const MIN_TARGET = 24;

export function checkTargetSize(story: Element): void {
  const small = interactiveParts(story)
    .map((el) => ({ el, rect: el.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width < MIN_TARGET || rect.height < MIN_TARGET)
    .map(
      ({ el, rect }) =>
        `${describeElement(el)}: ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)}`,
    );
  assertNone(small, `targets under ${MIN_TARGET} × ${MIN_TARGET} px`);
}
