// The submitter set, for submit buttons (cor-button) against a native <button>: a button is
// form-associated but holds no value, so it gets its own, smaller set.
import { pressKey } from '../focus.js';
import { settle } from '../stories.js';
import {
  canFocus,
  check,
  clickAt,
  disabledFocusCheck,
  tabIndexCheck,
  tabOrderCheck,
  type Check,
} from './checks.js';
import { entries, focused, type Mounted } from './fixture.js';
import type { ButtonTwin } from './twins.js';

/** What a button click led to: submissions, resets, the field's value. */
const outcome = (m: Mounted) => ({
  submissions: m.submissions,
  resets: m.counts.reset ?? 0,
  field: m.field?.value,
});

export const BUTTON_CHECKS: Check<ButtonTwin>[] = [
  check('button-submitter', 'FormData at submit includes it as the submitter', ({ same }) =>
    same(async (side) => {
      const named = await side.mount({ attrs: { name: 'accion', value: 'enviar' } });
      named.el.click();
      const unnamed = await side.mount({ attrs: { value: 'enviar' } });
      unnamed.el.click();
      return { named: named.submissions, unnamed: unnamed.submissions };
    }),
  ),

  check('button-membership', 'in form.elements, never in FormData by itself', ({ same }) =>
    same(async (side) => {
      const { form, el } = await side.mount({ attrs: { name: 'accion', value: 'enviar' } });
      return {
        index: [...form.elements].indexOf(el),
        form: el.form === form,
        data: entries(form),
      };
    }),
  ),

  check('button-reset', 'type="reset" resets the form and does not submit', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ attrs: { type: 'reset' } });
      m.field!.value = 'cambiado';
      m.el.click();
      return outcome(m);
    }),
  ),

  check('button-type-button', 'type="button" neither submits nor resets', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ attrs: { type: 'button' } });
      m.field!.value = 'cambiado';
      m.el.click();
      return outcome(m);
    }),
  ),

  check('button-disabled', 'disabled: a click does nothing, not focusable', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ attrs: { disabled: true, name: 'accion' } });
      m.el.click();
      await clickAt(m.el.getBoundingClientRect());
      return { ...outcome(m), matches: m.el.matches(':disabled'), focusable: canFocus(m.el) };
    }),
  ),

  check('button-fieldset-disabled', 'in a disabled <fieldset>: a click does nothing', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ where: 'fieldset', attrs: { name: 'accion' } });
      m.fieldset!.disabled = true;
      m.el.click();
      const atOnce = outcome(m);
      await settle(m.root);
      await clickAt(m.el.getBoundingClientRect());
      const focusable = canFocus(m.el);
      return { atOnce, rendered: outcome(m), focusable, matches: m.el.matches(':disabled') };
    }),
  ),

  disabledFocusCheck('button-disabled-focus'),

  check('button-form-attribute', 'form="id" from outside submits that form', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ where: 'outside', attrs: { name: 'accion', value: 'enviar' } });
      m.el.click();
      return { form: m.el.form === m.form, ...outcome(m) };
    }),
  ),

  check('button-validates', 'a submit click validates the form first', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ field: { required: true, value: '' } });
      m.el.click();
      return {
        ...outcome(m),
        fieldInvalid: m.counts['field-invalid'] ?? 0,
        focus: focused(m.field!),
      };
    }),
  ),

  check('button-formnovalidate', 'formnovalidate submits an invalid form', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({
        field: { required: true, value: '' },
        attrs: { formnovalidate: true },
      });
      m.el.click();
      return { ...outcome(m), fieldInvalid: m.counts['field-invalid'] ?? 0 };
    }),
  ),

  check('button-enter', 'Enter on the focused button submits', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ attrs: { name: 'accion', value: 'enviar' } });
      m.el.focus();
      await pressKey('Enter');
      return outcome(m);
    }),
  ),

  check('button-space', 'Space on the focused button submits', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ attrs: { name: 'accion', value: 'enviar' } });
      m.el.focus();
      await pressKey('Space');
      return outcome(m);
    }),
  ),

  check('button-default', 'Enter in a field presses it as the default button', ({ same }) =>
    same(async (side) => {
      const m = await side.mount({ attrs: { name: 'accion', value: 'enviar' } });
      m.field!.focus();
      await pressKey('Enter');
      return { ...outcome(m), clicks: m.counts.click ?? 0 };
    }),
  ),

  check('button-click-cancelled', 'a cancelled click neither submits nor resets', ({ same }) =>
    same(async (side) => {
      const results = [];
      for (const type of ['submit', 'reset']) {
        const m = await side.mount({ attrs: { type } });
        m.form.addEventListener('click', (event) => event.preventDefault());
        m.field!.value = 'cambiado';
        m.el.click();
        results.push(outcome(m));
      }
      return results;
    }),
  ),

  check('button-focus', 'focus() and blur(), with their events', ({ same }) =>
    same(async (side) => {
      const { el, field, counts } = await side.mount();
      field!.focus();
      el.focus();
      const afterFocus = {
        focused: focused(el),
        matches: el.matches(':focus'),
        events: counts.focus,
      };
      el.blur();
      return { afterFocus, afterBlur: { focused: focused(el), events: counts.blur } };
    }),
  ),

  tabOrderCheck('button-tab-order'),
  tabIndexCheck('button-tabindex-property'),
];
