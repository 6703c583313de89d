// The parity set of a drop-down list, against a native <select> with the same <option>s (given to
// the component as its light-DOM children). A select is not typed into and has no `value`
// attribute or `defaultValue`: its default is the option marked `selected`, else the first. So
// the value checks that apply are reused as they are (by id), those that type text or read the
// `value` attribute are left out (see LEFT_OUT), and the select's own behaviour is checked here:
// the default option, unknown values, reset, the keyboard with its input/change events, options
// changed by the page, disabled options, required with a placeholder option, messages, restore.
// A second, "placeholder" twin puts `<option value="">…` first on the native side and the
// `placeholder` attribute on the component, and runs the required/validity checks again with
// a control that starts empty (the native "placeholder label option").
import { expect } from '@open-wc/testing';
import { translate } from '../../i18n/registry.js';
import { pressKey, pressTab } from '../focus.js';
import { settle } from '../stories.js';
import { check, eventShape, type Check } from './checks.js';
import { entries, flags, pair, type Control, type Layout, type Side } from './fixture.js';
import { restoreThroughHistory } from './restore.js';
import type { Attrs, Constraint, ValueTwin } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';

/** A drop-down list: a native `<select>` and the options both sides get. */
export interface SelectTwin {
  kind: 'select';
  /** A fresh, empty native `<select>`. */
  native: () => HTMLElement;
  /** Attributes only the component needs (its label): not compared. */
  own?: Attrs;
  /** The `<option>`s and `<optgroup>`s, as children of both sides (light DOM on the component). */
  children: () => Node[];
  /** The value of the option chosen by default (the first), and of another option. */
  values: [string, string];
  /** The first letter of a later option's label (typing it chooses that option). */
  typeahead: string;
  /** Values that no option has. */
  unknownValues: string[];
  /** The text of the empty first option: native `<option value="">`, component `placeholder`. */
  placeholder: string;
  /** One case per constraint: for a select, `required` with nothing chosen. */
  constraints: Constraint[];
}

/**
 * The value checks that apply to a select unchanged, by id. Left out, with why:
 * - value-default, reflection, reset: they read `defaultValue` or set the `value` attribute,
 *   which a native select does not have (its default is the `selected` option: see
 *   select-default-option and select-reset here);
 * - state-restore, state-restore-autocomplete-off: they compare `defaultValue` too; the same
 *   ids are redefined below without it (so the engine gaps of those ids still apply);
 * - readonly: a select has no readonly; validation-message-es/-en: a select has its own
 *   message key (select-validation-message-es/-en below);
 * - input-events, user-invalid-edit, user-invalid-edit-undone: they type text (the keyboard of
 *   a select is select-keyboard and select-placeholder-required below);
 * - will-validate, validation-message-barred: they include a `readonly` layout. A native select
 *   has no readonly and ignores the attribute, but the browser bars every form-associated
 *   custom element with a `readonly` attribute from validation (HTML, "barred from constraint
 *   validation"), and a component cannot undo that. select-will-validate and
 *   select-validation-message-barred below check the other layouts (disabled, fieldset,
 *   datalist); the difference is written in the component's documentation.
 */
const REUSED = [
  'form-elements',
  'form-data',
  'form-data-submitter',
  'form-data-unnamed',
  'name-change',
  'value-sanitization',
  'disabled',
  'fieldset-disabled',
  'disabled-focus',
  'fieldset-legend',
  'form-attribute',
  'form-attribute-override',
  'required',
  'custom-validity',
  'check-validity',
  'report-validity',
  'form-validity',
  'label-click',
  'labels',
  'implicit-submit',
  'implicit-submit-no-button',
  'implicit-submit-disabled-button',
  'implicit-submit-invalid',
  'request-submit-invalid',
  'novalidate',
  'focus-blur',
  'autofocus',
  'tab-order',
  'tabindex-property',
  'validity-flags',
  'user-invalid-initial',
  'user-invalid-script-then-leave',
  'user-invalid-submit',
  'user-invalid-report',
  'user-invalid-form-validity',
];

/**
 * Checks that are about `required`, run again with the placeholder twin, whose control starts
 * with the empty option and so is invalid (none of them mounts with a `value` attribute, which
 * the native select would ignore). user-invalid-form-validity is not among them: it meets the
 * core's known difference (docs/architecture.md: form.checkValidity() starts
 * :state(user-invalid)), exempted for the text fields; with the plain twin above it still
 * proves that a valid select gets no error from it.
 */
const WITH_PLACEHOLDER = [
  'required',
  'custom-validity',
  'check-validity',
  'report-validity',
  'form-validity',
  'implicit-submit-invalid',
  'request-submit-invalid',
  'novalidate',
  'validity-flags',
  'user-invalid-initial',
  'user-invalid-script-then-leave',
  'user-invalid-submit',
  'user-invalid-report',
];

type Runnable = ValueTwin & { children: () => Node[] };

/** The twin as the value checks and the fixture read it (a value control gets name="campo"). */
const asValue = (twin: SelectTwin): Runnable => ({
  kind: 'value',
  native: twin.native,
  own: twin.own ?? {},
  children: twin.children,
  values: twin.values,
  sanitization: twin.unknownValues.map((value) => ({ attrs: {}, value })),
  constraints: twin.constraints,
});

/** The same, with the empty first option: native `<option value="">`, component `placeholder`. */
const withPlaceholder = (twin: SelectTwin): Runnable => ({
  ...asValue(twin),
  native: () => {
    const select = twin.native();
    const option = document.createElement('option');
    option.value = '';
    option.textContent = twin.placeholder;
    select.append(option);
    return select;
  },
  own: { ...twin.own, placeholder: twin.placeholder },
});

const byId = (id: string) => {
  const found = VALUE_CHECKS.find((c) => c.id === `parity:${id}`);
  if (!found) throw new Error(`select-checks.ts: no value check parity:${id}`);
  return found;
};

/** A value check run with the select seen as a value twin (or its placeholder form). */
function reuse(id: string, variant: 'plain' | 'placeholder'): Check<SelectTwin> {
  const original = byId(id);
  const make = variant === 'plain' ? asValue : withPlaceholder;
  return {
    id: variant === 'plain' ? original.id : `${original.id}-placeholder`,
    title: variant === 'plain' ? original.title : `${original.title}, with a placeholder option`,
    run: ({ tag, twin }) => original.run({ ...pair(tag, make(twin)), twin: make(twin) }),
  };
}

/** A select check: `probe` runs on both sides of the plain (or placeholder) twin. */
function selectCheck(
  name: string,
  title: string,
  probe: (side: Side, twin: SelectTwin) => Promise<unknown>,
  variant: 'plain' | 'placeholder' = 'plain',
): Check<SelectTwin> {
  return check<SelectTwin>(name, title, ({ tag, twin }) =>
    pair(tag, variant === 'plain' ? asValue(twin) : withPlaceholder(twin)).same((side) =>
      probe(side, twin),
    ),
  );
}

type SelectControl = Control & { selectedIndex: number };

/** What can be observed of the choice: value, index and what the form submits. */
const choice = (el: Control, form: HTMLFormElement) => ({
  value: el.value,
  selectedIndex: (el as SelectControl).selectedIndex,
  data: entries(form),
});

/** The page's options: the native select's own, the component's light-DOM children. */
const optionsOf = (el: Element) => [...el.querySelectorAll('option')];

/** The component's side of the pair alone, for a check against HTML rather than the twin. */
async function componentSide(tag: string, twin: SelectTwin): Promise<Side> {
  let found: Side | undefined;
  await pair(tag, asValue(twin)).same((side) => {
    if (side.kind === 'custom') found = side;
    return null; // nothing to compare
  });
  return found!;
}

/** The validation message in one language: the native flags, the catalogue's select message. */
function messageCheck(lang: 'es' | 'en', pageLang: string): Check<SelectTwin> {
  return check<SelectTwin>(
    `select-validation-message-${lang}`,
    `validationMessage in the element's language (${lang}), not the browser's`,
    async ({ tag, twin }) => {
      const page = document.documentElement;
      const previous = page.lang;
      page.lang = pageLang; // the element's own language must win over the page's
      try {
        let message = '';
        const native = await pair(tag, withPlaceholder(twin)).same(async (side) => {
          const { el } = await side.mount({ lang, attrs: { required: true } });
          if (side.kind === 'custom') message = el.validationMessage;
          return flags(el);
        }, 'flags of a required select left on its placeholder option');
        expect(native, 'the native select is missing a value').to.include('valueMissing');
        expect(message).to.equal(translate(lang, 'selectValueMissing'));
      } finally {
        page.lang = previous;
      }
    },
  );
}

/** Layouts that bar a control from validation (the fieldset is disabled); no `readonly`. */
const BARRED: Record<string, Layout> = {
  plain: {},
  disabled: { attrs: { disabled: true } },
  datalist: { where: 'datalist' },
  fieldset: { where: 'fieldset' },
};

/** Mounts a required control in each layout, the fieldset disabled. */
async function barred(side: Side): Promise<Record<string, Control>> {
  const controls: Record<string, Control> = {};
  for (const [name, layout] of Object.entries(BARRED)) {
    const m = await side.mount({ ...layout, attrs: { required: true, ...layout.attrs } });
    if (m.fieldset) m.fieldset.disabled = true;
    controls[name] = m.el;
  }
  return controls;
}

export const SELECT_CHECKS: Check<SelectTwin>[] = [
  ...REUSED.map((id) => reuse(id, 'plain')),
  ...WITH_PLACEHOLDER.map((id) => reuse(id, 'placeholder')),

  selectCheck(
    'select-default-option',
    'the default is the option marked selected, else the first',
    async (side, twin) => {
      const { el, form, root } = await side.mount();
      const options = optionsOf(el);
      const steps: Record<string, unknown> = { initial: choice(el, form) };
      options[1]!.setAttribute('selected', '');
      await settle(root);
      steps.selectedAttribute = choice(el, form);
      options[1]!.removeAttribute('selected');
      await settle(root);
      steps.attributeRemoved = choice(el, form);
      // Once a script chose an option, a `selected` attribute on an earlier one does not win.
      el.value = twin.values[1];
      options[0]!.setAttribute('selected', '');
      await settle(root);
      steps.afterAChoice = choice(el, form);
      return steps;
    },
  ),

  selectCheck(
    'select-value-not-an-option',
    'a value no option has, and selectedIndex',
    async (side, twin) => {
      const { el, form } = await side.mount();
      const control = el as SelectControl;
      const steps: Record<string, unknown> = {};
      for (const value of twin.unknownValues) {
        el.value = value;
        steps[`value ${JSON.stringify(value)}`] = choice(el, form);
      }
      el.required = true;
      steps.requiredWithNothingChosen = flags(el);
      for (const index of [2, -1, 99, 0]) {
        control.selectedIndex = index;
        steps[`selectedIndex ${index}`] = choice(el, form);
      }
      return steps;
    },
  ),

  selectCheck(
    'select-reset',
    'form.reset() returns to the selected option and forgets the choice',
    async (side, twin) => {
      const { el, form, root } = await side.mount({ submit: {} });
      optionsOf(el)[1]!.setAttribute('selected', '');
      await settle(root);
      el.value = twin.values[1];
      form.reset();
      const afterScript = choice(el, form);
      el.focus();
      await pressKey('ArrowDown');
      form.reset();
      const afterKeyboard = choice(el, form);
      el.value = twin.unknownValues[0]!;
      form.reset();
      return { afterScript, afterKeyboard, afterNothingChosen: choice(el, form) };
    },
  ),

  selectCheck(
    'select-keyboard',
    'arrow keys, Home, End and typing choose options, with input and change',
    async (side, twin) => {
      const { el, form, counts, last } = await side.mount({ submit: {} });
      const steps: Record<string, unknown> = {};
      el.focus();
      for (const key of ['ArrowDown', 'ArrowDown', 'End', 'Home', twin.typeahead, 'ArrowUp']) {
        await pressKey(key);
        steps[key === twin.typeahead ? 'typed' : key] = {
          ...choice(el, form),
          input: counts.input ?? 0,
          change: counts.change ?? 0,
        };
      }
      await pressTab();
      return {
        steps,
        input: eventShape(last.input),
        change: eventShape(last.change),
        userInvalid: side.userInvalid(el),
      };
    },
  ),

  selectCheck(
    'select-disabled-option',
    'disabled options and groups: skipped by the keyboard, never submitted',
    async (side, twin) => {
      const { el, form, root } = await side.mount({ submit: {} });
      const options = optionsOf(el);
      const groups = [...el.querySelectorAll('optgroup')];
      // Read first, as a page shows it: WebKit picks its default option lazily, and an unread
      // select whose first option is disabled before that picks the second instead.
      const initial = choice(el, form);
      options[0]!.disabled = true; // the chosen one: still the value, not submitted
      await settle(root);
      const chosenDisabled = choice(el, form);
      options[0]!.disabled = false;
      options[1]!.disabled = true;
      // A task first: the component copies its options from a MutationObserver, whose records
      // may still be pending when the render settles (seen in WebKit on a busy machine).
      await new Promise((resolve) => setTimeout(resolve));
      await settle(root);
      el.focus();
      await pressKey('ArrowDown'); // skips the disabled option
      await settle(root);
      const skipped = choice(el, form);
      el.value = twin.values[1];
      groups[0]!.disabled = true;
      await settle(root);
      return { initial, chosenDisabled, skipped, inDisabledGroup: choice(el, form) };
    },
  ),

  selectCheck(
    'select-options-change',
    'options the page adds, removes or edits later',
    async (side, twin) => {
      const { el, form, root } = await side.mount();
      const container = el.querySelector('optgroup')!.parentElement!;
      const option = (text: string, value?: string) => {
        const o = document.createElement('option');
        if (value !== undefined) o.value = value;
        o.textContent = text;
        return o;
      };
      const steps: Record<string, unknown> = {};
      el.value = twin.values[1];
      container.prepend(option('Antofagasta', 'antofagasta'));
      await settle(root);
      steps.addedBefore = choice(el, form);
      const ñuble = option('  Ñuble  ');
      container.append(ñuble);
      el.value = 'Ñuble';
      steps.chosenAtOnce = { value: el.value, selectedIndex: (el as SelectControl).selectedIndex };
      await settle(root);
      steps.noValueAttribute = choice(el, form);
      ñuble.textContent = 'Región de Ñuble';
      await settle(root);
      steps.textEdited = choice(el, form);
      ñuble.remove();
      await settle(root);
      steps.chosenRemoved = choice(el, form);
      container.replaceChildren(option('Atacama', 'atacama'), option('Coquimbo', 'coquimbo'));
      await settle(root);
      steps.replaced = choice(el, form);
      container.replaceChildren();
      await settle(root);
      steps.none = choice(el, form);
      return steps;
    },
  ),

  selectCheck(
    'select-placeholder-required',
    'required with a placeholder option: missing until the person chooses, again if undone',
    async (side) => {
      const { el, form } = await side.mount({ attrs: { required: true }, submit: {} });
      const state = () => ({ ...choice(el, form), flags: flags(el), user: side.userInvalid(el) });
      const steps: Record<string, unknown> = { initial: state() };
      el.focus();
      await pressKey('ArrowDown');
      steps.chosen = state();
      await pressKey('Home');
      steps.backToPlaceholder = state();
      await pressTab();
      steps.left = state();
      return steps;
    },
    'placeholder',
  ),

  ...(['plain', 'placeholder'] as const).flatMap((variant) => {
    const suffix = variant === 'plain' ? '' : '-placeholder';
    return [
      selectCheck(
        `select-will-validate${suffix}`,
        'willValidate when disabled, in a disabled fieldset or a datalist',
        async (side) => {
          const controls = await barred(side);
          const cases: Record<string, unknown> = {};
          for (const [name, el] of Object.entries(controls)) {
            cases[name] = {
              willValidate: el.willValidate,
              checkValidity: el.checkValidity(),
              flags: flags(el),
            };
          }
          return cases;
        },
        variant,
      ),
      selectCheck(
        `select-validation-message-barred${suffix}`,
        'no validationMessage while barred from validation',
        async (side) => {
          const controls = await barred(side);
          const cases: Record<string, boolean> = {};
          for (const [name, el] of Object.entries(controls)) {
            if (name !== 'plain') cases[name] = el.validationMessage === '';
          }
          return cases;
        },
        variant,
      ),
    ];
  }),

  messageCheck('es', 'en'),
  messageCheck('en', 'es'),

  check<SelectTwin>(
    'select-reflection',
    'name, required and disabled reflect to their attributes, at once',
    ({ tag, twin }) =>
      pair(tag, asValue(twin)).same(async (side) => {
        const { el, root } = await side.mount();
        const names = ['name', 'required', 'disabled'];
        const attributes = () => Object.fromEntries(names.map((a) => [a, el.getAttribute(a)]));
        el.name = 'otro';
        el.required = true;
        el.disabled = true;
        const atOnce = attributes();
        await settle(root);
        const rendered = attributes();
        el.required = false;
        el.disabled = false;
        return { atOnce, rendered, unsetAtOnce: attributes() };
      }),
  ),

  check<SelectTwin>(
    'state-restore',
    'state restore after going back in history (formStateRestoreCallback)',
    async ({ tag, twin }) => {
      const native = await pair(tag, asValue(twin)).same(async (side) => {
        const { value, data } = await restoreThroughHistory(side, {}, twin.values[1]);
        return { value, data };
      });
      expect(native.value, 'the native twin was restored at all').to.equal(twin.values[1]);
    },
  ),

  // Checked against HTML rather than the twin: an autofill field name of "off" means the state is
  // not kept, and Chromium and Firefox do not restore such a <select>, but WebKit does (only its
  // <input> reads its own autocomplete for this). The id is the value check's, so its Firefox
  // gap (no restore of written custom elements at all) applies; `state-restore` above proves
  // the component is restored otherwise.
  check<SelectTwin>(
    'state-restore-autocomplete-off',
    'autocomplete="off" is not restored',
    async ({ tag, twin }) => {
      const { value, data } = await restoreThroughHistory(
        await componentSide(tag, twin),
        { autocomplete: 'off' },
        twin.values[1],
      );
      const kept = { value: twin.values[0], data: [['campo', twin.values[0]]] };
      expect({ value, data }, 'the default option, not the changed one').to.deep.equal(kept);
    },
  ),
];
