// The full parity set, for controls with a value (text field, textarea, select…). Nothing here
// names a component: values and constraints come from twins.ts.
import { expect } from '@open-wc/testing';
import type { MessageKey } from '../../i18n/catalogue.js';
import { translate } from '../../i18n/registry.js';
import { pressKey, pressTab, typeText } from '../focus.js';
import { settle } from '../stories.js';
import {
  canFocus,
  check,
  clickAt,
  disabledFocusCheck,
  eventShape,
  tabIndexCheck,
  tabOrderCheck,
  textRect,
  type Check,
} from './checks.js';
import { entries, flags, focused, type Control, type Layout, type Side } from './fixture.js';
import { restoreThroughHistory } from './restore.js';
import type { ValueTwin } from './twins.js';

/** The ValidityState flag a catalogue key explains (typeMismatchEmail → typeMismatch). */
const flagOf = (key: MessageKey): string => key.replace(/^typeMismatch\w+$/, 'typeMismatch');

/** Mounts one control per constraint and breaks it, by script or by typing. */
async function breakConstraints(side: Side, twin: ValueTwin, lang?: string): Promise<Control[]> {
  const controls: Control[] = [];
  for (const constraint of twin.constraints) {
    const { el, root } = await side.mount({ attrs: constraint.attrs, ...(lang ? { lang } : {}) });
    if (constraint.value !== undefined) el.value = constraint.value;
    if (constraint.typed) {
      el.focus();
      await typeText(constraint.typed);
    }
    await settle(root);
    controls.push(el);
  }
  return controls;
}

/** The validation message check in one language: flags as the twin, message from the catalogue. */
function messageCheck(lang: 'es' | 'en', pageLang: string): Check<ValueTwin> {
  return check(
    lang === 'es' ? 'validation-message-es' : 'validation-message-en',
    `validationMessage in the element's language (${lang}), not the browser's`,
    async ({ same, twin }) => {
      const page = document.documentElement;
      const previous = page.lang;
      page.lang = pageLang; // the element's own language must win over the page's
      try {
        const messages: string[] = [];
        const nativeFlags = await same(async (side) => {
          const controls = await breakConstraints(side, twin, lang);
          if (side.kind === 'custom') messages.push(...controls.map((el) => el.validationMessage));
          const { el } = await side.mount({ lang, attrs: { value: twin.values[0] } });
          return { broken: controls.map(flags), validMessage: el.validationMessage };
        }, 'flags of each broken constraint, and no message when valid');
        twin.constraints.forEach((c, i) => {
          expect(nativeFlags.broken[i], `twins.ts: ${c.key} case`).to.include(flagOf(c.key));
        });
        const expected = twin.constraints.map((c) => translate(lang, c.key, c.params));
        expect(messages, `catalogue messages in ${lang}`).to.deep.equal(expected);
      } finally {
        page.lang = previous;
      }
    },
  );
}

/** Layouts that bar a control from constraint validation (a fieldset here is disabled). */
const BARRED: Record<string, Layout> = {
  disabled: { attrs: { disabled: true } },
  readonly: { attrs: { readonly: true } },
  datalist: { where: 'datalist' },
  fieldset: { where: 'fieldset' },
};

export const VALUE_CHECKS: Check<ValueTwin>[] = [
  check('form-elements', 'membership in form.elements', ({ same }) =>
    same(async (side) => {
      const { root, form, el } = await side.mount({ field: {} });
      const inForm = {
        index: [...form.elements].indexOf(el),
        length: form.elements.length,
        form: el.form === form,
        namedItem: form.elements.namedItem('campo') === el,
      };
      el.remove();
      const removed = { index: [...form.elements].indexOf(el), form: el.form };
      const other = document.createElement('form');
      root.append(other);
      other.append(el);
      await settle(root);
      return { inForm, removed, moved: { form: el.form === other, length: other.elements.length } };
    }),
  ),

  check('form-data', 'FormData with the default, a changed and an empty value', ({ same, twin }) =>
    same(async (side) => {
      const { form, el, counts } = await side.mount({ attrs: { value: twin.values[0] } });
      const initial = entries(form);
      el.value = twin.values[1];
      const changed = entries(form);
      el.value = '';
      return { initial, changed, empty: entries(form), formdataEvents: counts.formdata };
    }),
  ),

  check('form-data-submitter', 'FormData at submit, including the submitter', ({ same, twin }) =>
    same(async (side) => {
      const { form, button, submissions } = await side.mount({
        attrs: { value: twin.values[0] },
        submit: { name: 'accion', value: 'enviar' },
      });
      button!.click();
      form.requestSubmit();
      form.requestSubmit(button);
      return submissions;
    }),
  ),

  check('form-data-unnamed', 'no name, or an empty name, submits nothing', ({ same, twin }) =>
    same(async (side) => {
      const results = [];
      for (const name of [null, '']) {
        const { form, el } = await side.mount({ attrs: { value: twin.values[0] } });
        if (name === null) el.removeAttribute('name');
        else el.setAttribute('name', name);
        results.push({ name: el.name, data: entries(form) });
      }
      return results;
    }),
  ),

  check('name-change', 'changing name, by property and by attribute', ({ same, twin }) =>
    same(async (side) => {
      const { form, el } = await side.mount({ attrs: { value: twin.values[0] } });
      el.name = 'uno';
      const byProperty = { attribute: el.getAttribute('name'), data: entries(form) };
      el.setAttribute('name', 'dos');
      const byAttribute = { property: el.name, data: entries(form) };
      el.removeAttribute('name');
      return { byProperty, byAttribute, removed: { property: el.name, data: entries(form) } };
    }),
  ),

  check('value-default', 'value vs defaultValue (the value attribute)', ({ same, twin }) =>
    same(async (side) => {
      const [a, b] = twin.values;
      const { el } = await side.mount({ attrs: { value: a } });
      const state = () => ({ value: el.value, defaultValue: el.defaultValue });
      const initial = state();
      el.setAttribute('value', b);
      const attributeWhileClean = state();
      el.value = a;
      const propertySet = state();
      el.setAttribute('value', 'Maipú');
      const attributeWhileDirty = state();
      el.defaultValue = 'Pudahuel';
      const defaultValueSet = state();
      return { initial, attributeWhileClean, propertySet, attributeWhileDirty, defaultValueSet };
    }),
  ),

  check('value-sanitization', 'values the control cannot hold as they are', ({ same, twin }) =>
    same(async (side) => {
      const results = [];
      for (const { attrs, value } of twin.sanitization) {
        const byProperty = await side.mount({ attrs });
        byProperty.el.value = value;
        const byAttribute = await side.mount({ attrs: { ...attrs, value } });
        results.push({
          attrs,
          property: { value: byProperty.el.value, data: entries(byProperty.form) },
          attribute: { value: byAttribute.el.value, data: entries(byAttribute.form) },
        });
      }
      return results;
    }),
  ),

  check('reset', 'form.reset() returns to the default and forgets the change', ({ same, twin }) =>
    same(async (side) => {
      const [a, b] = twin.values;
      const { form, el, counts } = await side.mount({ attrs: { value: a } });
      el.value = b;
      form.reset();
      const afterReset = {
        value: el.value,
        defaultValue: el.defaultValue,
        data: entries(form),
        resetEvents: counts.reset,
      };
      el.setAttribute('value', 'Maipú'); // clean again: the attribute leads the value
      const required = await side.mount({ attrs: { required: true } });
      required.el.value = a;
      required.form.reset();
      return { afterReset, followsAttribute: el.value, requiredAfterReset: flags(required.el) };
    }),
  ),

  check(
    'state-restore',
    'state restore after going back in history (formStateRestoreCallback)',
    async ({ same, twin }) => {
      const native = await same((side) =>
        restoreThroughHistory(side, { value: twin.values[0] }, twin.values[1]),
      );
      expect(native.value, 'the native twin was restored at all').to.equal(twin.values[1]);
    },
  ),

  check('state-restore-autocomplete-off', 'autocomplete="off" is not restored', ({ same, twin }) =>
    same((side) =>
      restoreThroughHistory(side, { value: twin.values[0], autocomplete: 'off' }, twin.values[1]),
    ),
  ),

  check('disabled', 'disabled: not submitted, not validated, not focusable', ({ same, twin }) =>
    same(async (side) => {
      const { form, el, counts } = await side.mount({
        attrs: { value: twin.values[0], required: true },
      });
      el.value = '';
      const state = () => ({
        attribute: el.hasAttribute('disabled'),
        matches: el.matches(':disabled'),
        data: entries(form),
        willValidate: el.willValidate,
        checkValidity: el.checkValidity(),
        invalidEvents: counts.invalid ?? 0,
        focusable: canFocus(el),
      });
      el.disabled = true;
      const disabled = state();
      el.disabled = false;
      return { disabled, enabled: state() };
    }),
  ),

  check(
    'fieldset-disabled',
    'a disabled <fieldset>: not submitted, validated or focusable',
    ({ same, twin }) =>
      same(async (side) => {
        const { form, el, fieldset, root } = await side.mount({
          where: 'fieldset',
          attrs: { value: twin.values[0] },
        });
        const state = () => ({
          matches: el.matches(':disabled'),
          data: entries(form),
          willValidate: el.willValidate,
        });
        fieldset!.disabled = true;
        const atOnce = state();
        await settle(root);
        const disabled = { ...state(), focusable: canFocus(el) };
        fieldset!.disabled = false;
        const atOnceEnabled = state();
        await settle(root);
        return {
          atOnce,
          disabled,
          atOnceEnabled,
          enabled: { ...state(), focusable: canFocus(el) },
        };
      }),
  ),

  disabledFocusCheck('disabled-focus'),

  check(
    'fieldset-legend',
    "in a disabled fieldset's first <legend> it stays enabled",
    ({ same, twin }) =>
      same(async (side) => {
        const { form, el, fieldset, root } = await side.mount({
          where: 'legend',
          attrs: { value: twin.values[0] },
        });
        fieldset!.disabled = true;
        await settle(root);
        return {
          matches: el.matches(':disabled'),
          data: entries(form),
          willValidate: el.willValidate,
          focusable: canFocus(el),
        };
      }),
  ),

  check('form-attribute', 'form="id" from outside the form', ({ same, twin }) =>
    same(async (side) => {
      const { form, el } = await side.mount({ where: 'outside', attrs: { value: twin.values[0] } });
      const state = () => ({
        form: el.form === form ? 'the form' : el.form,
        index: [...form.elements].indexOf(el),
        data: entries(form),
      });
      const joined = state();
      el.setAttribute('form', 'parity-no-such-form');
      const missing = state();
      el.setAttribute('form', form.id);
      const again = state();
      el.removeAttribute('form');
      return { joined, missing, again, removed: state() };
    }),
  ),

  check('form-attribute-override', 'form="id" wins over the ancestor form', ({ same, twin }) =>
    same(async (side) => {
      const { root, form, el } = await side.mount({ attrs: { value: twin.values[0] } });
      const other = document.createElement('form');
      other.id = `${form.id}-other`;
      root.append(other);
      el.setAttribute('form', other.id);
      const overridden = { other: el.form === other, data: entries(other), own: entries(form) };
      el.removeAttribute('form');
      return { overridden, ancestor: el.form === form };
    }),
  ),

  check('required', 'required and valueMissing', ({ same, twin }) =>
    same(async (side) => {
      const { el } = await side.mount();
      const state = () => flags(el);
      const steps: Record<string, unknown> = { initial: state() };
      el.required = true;
      steps.requiredByProperty = state();
      el.value = twin.values[0];
      steps.filled = state();
      el.value = '';
      steps.emptied = state();
      el.removeAttribute('required');
      steps.attributeRemoved = state();
      el.setAttribute('required', '');
      steps.attributeAdded = state();
      return steps;
    }),
  ),

  check('reflection', 'properties reflect to their attributes, at once', ({ same, twin }) =>
    same(async (side) => {
      const { el, root } = await side.mount();
      const control = el as Control & { readOnly: boolean };
      const names = ['name', 'value', 'required', 'disabled', 'readonly'];
      const attributes = () => Object.fromEntries(names.map((a) => [a, el.getAttribute(a)]));
      el.name = 'otro';
      el.defaultValue = twin.values[0];
      el.required = true;
      el.disabled = true;
      control.readOnly = true;
      const atOnce = attributes();
      await settle(root);
      const rendered = attributes();
      el.required = false;
      el.disabled = false;
      control.readOnly = false;
      return { atOnce, rendered, unsetAtOnce: attributes() };
    }),
  ),

  check('custom-validity', 'setCustomValidity', ({ same, twin }) =>
    same(async (side) => {
      const { el } = await side.mount({ attrs: { required: true } });
      const state = () => ({
        flags: flags(el),
        message: el.validationMessage,
        checkValidity: el.checkValidity(),
      });
      el.setCustomValidity('Este RUT ya está inscrito');
      const set = state();
      el.value = twin.values[0];
      const stillSet = state();
      el.setCustomValidity('');
      return { set, stillSet, cleared: state() };
    }),
  ),

  check('check-validity', 'checkValidity() and its invalid event', ({ same, twin }) =>
    same(async (side) => {
      const { el, counts, last } = await side.mount({ attrs: { required: true } });
      const invalid = el.checkValidity();
      const event = { ...eventShape(last.invalid), target: last.invalid?.target === el };
      el.value = twin.values[0];
      const valid = el.checkValidity();
      return { invalid, valid, invalidEvents: counts.invalid, event };
    }),
  ),

  check('report-validity', 'reportValidity(), its invalid event and focus', ({ same, twin }) =>
    same(async (side) => {
      const { el, counts, field } = await side.mount({ attrs: { required: true }, field: {} });
      field!.focus();
      const invalid = { result: el.reportValidity(), focused: focused(el) };
      field!.focus();
      el.addEventListener('invalid', (event) => event.preventDefault(), { once: true });
      const cancelled = { result: el.reportValidity(), focused: focused(el) };
      el.value = twin.values[0];
      return { invalid, cancelled, valid: el.reportValidity(), invalidEvents: counts.invalid };
    }),
  ),

  check('form-validity', 'form.checkValidity() and form.reportValidity()', ({ same, twin }) =>
    same(async (side) => {
      const { form, el, counts, field } = await side.mount({
        attrs: { required: true },
        field: {},
      });
      field!.focus();
      const check = { result: form.checkValidity(), invalidEvents: counts.invalid };
      const report = {
        result: form.reportValidity(),
        invalidEvents: counts.invalid,
        focused: focused(el),
      };
      el.value = twin.values[0];
      return { check, report, valid: [form.checkValidity(), form.reportValidity()] };
    }),
  ),

  check('will-validate', 'willValidate when disabled, readonly, in a datalist…', ({ same }) =>
    same(async (side) => {
      const cases: Record<string, unknown> = {};
      const state = (el: Control) => ({
        willValidate: el.willValidate,
        checkValidity: el.checkValidity(),
        flags: flags(el),
      });
      for (const [name, layout] of Object.entries({ plain: {} as Layout, ...BARRED })) {
        const m = await side.mount({ ...layout, attrs: { required: true, ...layout.attrs } });
        if (m.fieldset) m.fieldset.disabled = true;
        cases[name] = state(m.el);
      }
      return cases;
    }),
  ),

  check(
    'validation-message-barred',
    'no validationMessage while barred from validation',
    ({ same }) =>
      same(async (side) => {
        const cases: Record<string, boolean> = {};
        for (const [name, layout] of Object.entries(BARRED)) {
          const m = await side.mount({ ...layout, attrs: { required: true, ...layout.attrs } });
          if (m.fieldset) m.fieldset.disabled = true;
          cases[name] = m.el.validationMessage === '';
        }
        return cases;
      }),
  ),

  check(
    'readonly',
    'readonly: cannot be edited, is still submitted and focusable',
    ({ same, twin }) =>
      same(async (side) => {
        const { form, el, counts } = await side.mount({
          attrs: { readonly: true, value: twin.values[0] },
        });
        el.focus();
        const focusable = focused(el);
        await typeText('xy');
        return { focusable, value: el.value, data: entries(form), inputEvents: counts.input ?? 0 };
      }),
  ),

  check('label-click', 'a click on its <label for> focuses it', ({ same }) =>
    same(async (side) => {
      const { el, label, counts } = await side.mount({ label: true });
      await clickAt(textRect(label!));
      const mouse = { focused: focused(el), clicks: counts.click ?? 0 };
      (document.activeElement as HTMLElement | null)?.blur();
      label!.click();
      return { mouse, script: { focused: focused(el), clicks: counts.click ?? 0 } };
    }),
  ),

  check(
    'labels',
    'labels: a wrapping <label> and a <label for>; a click on the wrapper',
    ({ same }) =>
      same(async (side) => {
        const { el, form, label, counts } = await side.mount({ where: 'label', label: true });
        const labelFor = form.querySelector('label[for]')!;
        const labels = [...(el.labels ?? [])];
        await clickAt(textRect(label!));
        return {
          count: labels.length,
          wrapper: labels.includes(label!),
          for: labels.includes(labelFor),
          clickFocuses: focused(el),
          clicks: counts.click ?? 0,
        };
      }),
  ),

  check('implicit-submit', 'Enter submits through the default button', ({ same, twin }) =>
    same(async (side) => {
      const { el, button, submissions } = await side.mount({
        attrs: { value: twin.values[0] },
        submit: { name: 'accion', value: 'enviar' },
      });
      let buttonClicks = 0;
      button!.addEventListener('click', () => buttonClicks++);
      el.focus();
      await pressKey('Enter');
      return { submissions, buttonClicks };
    }),
  ),

  check(
    'implicit-submit-no-button',
    'Enter with no button: one field submits, two do not',
    ({ same, twin }) =>
      same(async (side) => {
        const results = [];
        for (const field of [undefined, {}]) {
          const { el, submissions } = await side.mount({
            attrs: { value: twin.values[0] },
            ...(field ? { field } : {}),
          });
          el.focus();
          await pressKey('Enter');
          results.push(submissions);
        }
        return results;
      }),
  ),

  check(
    'implicit-submit-disabled-button',
    'Enter does nothing when the default button is disabled',
    ({ same, twin }) =>
      same(async (side) => {
        const { el, counts } = await side.mount({
          attrs: { value: twin.values[0] },
          submit: { disabled: true },
        });
        el.focus();
        await pressKey('Enter');
        return { submits: counts.submit ?? 0, focused: focused(el) };
      }),
  ),

  check('implicit-submit-invalid', 'Enter while invalid: no submit, invalid fired', ({ same }) =>
    same(async (side) => {
      const { el, counts } = await side.mount({ attrs: { required: true }, submit: {} });
      el.focus();
      await pressKey('Enter');
      return { submits: counts.submit ?? 0, invalid: counts.invalid ?? 0, focused: focused(el) };
    }),
  ),

  check('request-submit-invalid', 'requestSubmit() is blocked while invalid', ({ same, twin }) =>
    same(async (side) => {
      const { form, el, field, counts, submissions } = await side.mount({
        attrs: { required: true },
        field: {},
      });
      field!.focus();
      form.requestSubmit();
      const blocked = {
        submits: counts.submit ?? 0,
        invalid: counts.invalid,
        focused: focused(el),
      };
      el.value = twin.values[0];
      form.requestSubmit();
      return { blocked, submissions };
    }),
  ),

  check('novalidate', 'novalidate and formnovalidate submit while invalid', ({ same }) =>
    same(async (side) => {
      const form = await side.mount({ attrs: { required: true }, form: { novalidate: true } });
      form.form.requestSubmit();
      const button = await side.mount({
        attrs: { required: true },
        submit: { formnovalidate: true },
      });
      button.button!.click();
      return [form, button].map((m) => ({
        submissions: m.submissions,
        invalid: m.counts.invalid ?? 0,
      }));
    }),
  ),

  check('focus-blur', 'focus() and blur(), with their events', ({ same }) =>
    same(async (side) => {
      const { el, field, counts } = await side.mount({ field: {} });
      field!.focus();
      el.focus();
      const afterFocus = {
        focused: focused(el),
        matches: el.matches(':focus'),
        focusEvents: counts.focus ?? 0,
      };
      el.blur();
      const afterBlur = {
        focused: focused(el),
        body: document.activeElement === document.body,
        blurEvents: counts.blur ?? 0,
      };
      return { afterFocus, afterBlur };
    }),
  ),

  check('autofocus', 'autofocus: focused when its dialog opens', ({ same }) =>
    same(async (side) => {
      const { root, form, el } = await side.mount({ attrs: { autofocus: true } });
      const dialog = document.createElement('dialog');
      const first = document.createElement('button');
      first.textContent = 'Primero';
      root.append(dialog);
      dialog.append(first, form);
      await settle(root);
      dialog.showModal();
      const result = { property: el.autofocus, focused: focused(el) };
      dialog.close();
      return result;
    }),
  ),

  tabOrderCheck('tab-order'),
  tabIndexCheck('tabindex-property'),

  check('validity-flags', 'ValidityState flags for each constraint', ({ same, twin }) =>
    same(async (side) => (await breakConstraints(side, twin)).map(flags)),
  ),

  messageCheck('es', 'en'),
  messageCheck('en', 'es'),

  check(
    'user-invalid-initial',
    ':user-invalid: not before the person interacts',
    ({ same, twin }) =>
      same(async (side) => {
        const { el, field } = await side.mount({ attrs: { required: true }, field: {} });
        const steps: Record<string, boolean> = { initial: side.userInvalid(el) };
        el.checkValidity();
        steps.afterCheckValidity = side.userInvalid(el);
        el.focus();
        field!.focus();
        steps.afterFocusAndLeave = side.userInvalid(el);
        el.value = twin.values[0];
        el.value = '';
        steps.afterScriptChanges = side.userInvalid(el);
        return steps;
      }),
  ),

  check(
    'user-invalid-script-then-leave',
    ':user-invalid: not set by a script change, then focus and leave',
    ({ same, twin }) =>
      same(async (side) => {
        const { el, field } = await side.mount({ attrs: { required: true }, field: {} });
        el.value = twin.values[0];
        el.value = '';
        el.focus();
        field!.focus();
        return { afterScriptChangeFocusAndLeave: side.userInvalid(el) };
      }),
  ),

  check(
    'user-invalid-edit',
    ':user-invalid: set once the person changes it and leaves',
    ({ same, twin }) =>
      same(async (side) => {
        const { el } = await side.mount({ attrs: { pattern: '[0-9]+' }, submit: {} });
        el.focus();
        await typeText('ab');
        const steps: Record<string, boolean> = { whileEditing: side.userInvalid(el) };
        await pressTab();
        steps.afterLeaving = side.userInvalid(el);
        el.focus();
        await pressKey('Backspace');
        await pressKey('Backspace');
        // Digits that both sides accept (a RUT or phone field needs a whole valid number).
        await typeText(twin.validDigits ?? '12');
        steps.fixedWhileEditing = side.userInvalid(el);
        return steps;
      }),
  ),

  check(
    'user-invalid-edit-undone',
    ':user-invalid: set after an edit undone before leaving',
    ({ same }) =>
      same(async (side) => {
        const { el } = await side.mount({ attrs: { required: true }, submit: {} });
        el.focus();
        await typeText('x');
        await pressKey('Backspace');
        const whileEditing = side.userInvalid(el);
        await pressTab();
        return { whileEditing, afterLeaving: side.userInvalid(el) };
      }),
  ),

  check(
    'user-invalid-submit',
    ':user-invalid: set by a submit attempt, cleared by reset',
    ({ same }) =>
      same(async (side) => {
        const { form, el } = await side.mount({ attrs: { required: true } });
        form.requestSubmit();
        const afterSubmitAttempt = side.userInvalid(el);
        form.reset();
        const afterReset = side.userInvalid(el);
        const novalidate = await side.mount({
          attrs: { required: true },
          form: { novalidate: true },
        });
        novalidate.form.requestSubmit();
        return {
          afterSubmitAttempt,
          afterReset,
          afterNovalidateSubmit: side.userInvalid(novalidate.el),
        };
      }),
  ),

  check('user-invalid-report', ':user-invalid: not set by el.reportValidity()', ({ same }) =>
    same(async (side) => {
      const { el } = await side.mount({ attrs: { required: true } });
      el.reportValidity();
      return { afterReportValidity: side.userInvalid(el) };
    }),
  ),

  check(
    'user-invalid-form-validity',
    ':user-invalid: not set by form.checkValidity() or form.reportValidity()',
    ({ same }) =>
      same(async (side) => {
        const checked = await side.mount({ attrs: { required: true } });
        checked.form.checkValidity();
        const reported = await side.mount({ attrs: { required: true } });
        reported.form.reportValidity();
        return {
          afterFormCheckValidity: side.userInvalid(checked.el),
          afterFormReportValidity: side.userInvalid(reported.el),
        };
      }),
  ),

  check('input-events', 'typing fires input per key and change on leaving', ({ same }) =>
    same(async (side) => {
      const { el, counts, last } = await side.mount({ submit: {} });
      el.focus();
      await typeText('ab');
      const typed = { input: counts.input ?? 0, change: counts.change ?? 0 };
      await pressTab();
      return {
        typed,
        left: { input: counts.input ?? 0, change: counts.change ?? 0 },
        input: eventShape(last.input),
        change: eventShape(last.change),
        value: el.value,
      };
    }),
  ),
];
