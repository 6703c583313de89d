// What a parity check is, the probes checks share, and the checks that apply to every kind of
// form-associated element. Each check runs the same operation on the native twin and on the
// component in identical forms (`pair.same`) and asserts that what can be observed is equal.
import { sendMouse } from '@web/test-runner-commands';
import { pressTab } from '../focus.js';
import { settle } from '../stories.js';
import { focused, type Pair } from './fixture.js';
import type { Twin } from './twins.js';

export interface Check<T extends Twin = Twin> {
  /** `parity:<name>`: the id that exemptions.ts and engine-gaps.ts use. */
  id: string;
  title: string;
  run(pair: Pair & { twin: T }): Promise<unknown>;
}

export const check = <T extends Twin>(
  name: string,
  title: string,
  run: Check<T>['run'],
): Check<T> => ({
  id: `parity:${name}`,
  title,
  run,
});

/** Tries to focus `el`; reports whether it worked and leaves nothing focused. */
export function canFocus(el: HTMLElement): boolean {
  el.focus();
  const result = focused(el);
  (document.activeElement as HTMLElement | null)?.blur?.();
  return result;
}

/** A real mouse click in the middle of `rect` (viewport coordinates). */
export async function clickAt(rect: DOMRect): Promise<void> {
  const x = Math.round(rect.left + rect.width / 2);
  const y = Math.round(rect.top + rect.height / 2);
  await sendMouse({ type: 'click', position: [x, y] });
}

/** The first text of `el` (e.g. a label's words, not the control inside it), on screen. */
export function textRect(el: Element): DOMRect {
  el.scrollIntoView({ block: 'center' });
  const text = [...el.childNodes].find(
    (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim(),
  );
  const range = document.createRange();
  range.selectNodeContents(text ?? el);
  return range.getBoundingClientRect();
}

export const eventShape = (event: Event | undefined) =>
  event && {
    bubbles: event.bubbles,
    cancelable: event.cancelable,
    composed: event.composed,
    inputEvent: event instanceof InputEvent,
  };

/** Disabling, by itself or by its fieldset, stops focus at once (and enabling allows it). */
export function disabledFocusCheck<T extends Twin>(name: string): Check<T> {
  return check(name, 'disabled (own or by a fieldset) stops focus at once', ({ same }) =>
    same(async (side) => {
      const { el, fieldset } = await side.mount({ where: 'fieldset' });
      el.disabled = true;
      const own = canFocus(el);
      el.disabled = false;
      const ownEnabled = canFocus(el);
      fieldset!.disabled = true;
      const byFieldset = canFocus(el);
      fieldset!.disabled = false;
      return { own, ownEnabled, byFieldset, fieldsetEnabled: canFocus(el) };
    }),
  );
}

/** Tab reaches the control after the field before it; tabindex="-1" takes it out of the order. */
export function tabOrderCheck<T extends Twin>(name: string): Check<T> {
  return check(name, 'the Tab order, and tabindex="-1" leaving it', ({ same }) =>
    same(async (side) => {
      const { el, field, root } = await side.mount({ field: {}, submit: {} });
      const tabFromField = async () => {
        field!.focus();
        await pressTab();
        return focused(el);
      };
      const reached = await tabFromField();
      el.setAttribute('tabindex', '-1');
      await settle(root);
      return { reached, minusOne: { reached: await tabFromField(), focusable: canFocus(el) } };
    }),
  );
}

/** The tabIndex property, without and with the attribute. */
export function tabIndexCheck<T extends Twin>(name: string): Check<T> {
  return check(name, 'the tabIndex property', ({ same }) =>
    same(async (side) => {
      const { el } = await side.mount();
      const initial = el.tabIndex;
      el.setAttribute('tabindex', '-1');
      const minusOne = el.tabIndex;
      el.tabIndex = 3;
      return { initial, minusOne, set: el.getAttribute('tabindex') };
    }),
  );
}
