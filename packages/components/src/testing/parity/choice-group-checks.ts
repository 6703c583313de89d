// The parity set of a group of checkboxes or radios (cor-checkboxes, cor-radios). The native twin
// is not one element but a set of native <input type=checkbox|radio name=…> in a <fieldset>, so
// the group is mounted here, on both sides, with the same options, and every observation is made
// on the group as a whole: what the form receives, which options are checked and focused, the
// events the fieldset (or the group element) sees, the validity of the group.
//
// What a group can be checked for, by kind:
// - both: FormData, reset, `checked` attribute vs property, history restore, disabled (the group
//   or one option), a disabled <fieldset>, form="id", clicks and keys with their input/change
//   events, Tab order, setCustomValidity and :user-invalid;
// - radios only: `required` (natively a required radio makes its whole group valueMissing),
//   the validity API around it, the message in the element's language, and the arrow keys.
// Group `required` for checkboxes has no native counterpart: checkboxes.test.ts checks it.
import { expect } from '@open-wc/testing';
import { translate } from '../../i18n/registry.js';
import { pressKey, pressTab } from '../focus.js';
import { settle } from '../stories.js';
import { canFocus, check, clickAt, eventShape, type Check } from './checks.js';
import { addFixture, entries, type Pair, type Side } from './fixture.js';
import type { Attrs } from './twins.js';

interface ChoiceGroupTwinBase {
  /** The native group: a fresh `<fieldset>` (the options are added by the checks). */
  native: () => HTMLElement;
  /** The tag of the component's options (`cor-checkbox`, `cor-radio`). */
  item: string;
  /** Attributes only the component needs (its legend): not compared. */
  own?: Attrs;
  /** The values of three options, also used as their labels. */
  values: [string, string, string];
}

export interface CheckboxGroupTwin extends ChoiceGroupTwinBase {
  kind: 'checkbox-group';
}

export interface RadioGroupTwin extends ChoiceGroupTwinBase {
  kind: 'radio-group';
}

type GroupTwin = CheckboxGroupTwin | RadioGroupTwin;

/** A control of either side: a native input, or a Cordillera option or group. */
type El = HTMLElement & {
  checked: boolean;
  defaultChecked: boolean;
  disabled: boolean;
  value: string;
};
type Validating = HTMLElement & {
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
};

interface GroupLayout {
  /** On the group: natively, `name`, `form` and `required` go on every input. */
  group?: Attrs;
  /** Options checked in the markup (the `checked` attribute). */
  checked?: number[];
  /** Options disabled in the markup. */
  disabledItems?: number[];
  /** In the form (default), after it with form="<id>", or inside another <fieldset>. */
  where?: 'form' | 'outside' | 'fieldset';
  /** A native text field before the group (name="q" value="v"). */
  field?: boolean;
  /** A native submit button after the group. */
  submit?: Attrs;
  form?: Attrs;
  lang?: string;
}

interface MountedGroup {
  root: HTMLElement;
  form: HTMLFormElement;
  /** The native <fieldset>, or the cor-checkboxes / cor-radios element. */
  group: HTMLElement;
  /** The native inputs, or the cor-checkbox / cor-radio elements. */
  items: El[];
  field: HTMLInputElement | null;
  button: HTMLButtonElement | null;
  /** The outer <fieldset> with `where: 'fieldset'`. */
  fieldset: HTMLFieldSetElement | null;
  /** Events the group sees, as `type:index of the option` (click, input, change). */
  log: string[];
  /** The last input and change events. */
  last: Record<string, Event>;
  /** How many `invalid` events (native: on any input; component: on the group). */
  invalid: () => number;
  submissions: string[][][];
}

let serial = 0;

/** The group, on one side of the pair, and the operations whose native form differs. */
class GroupSide {
  constructor(
    readonly kind: Side['kind'],
    private readonly tag: string,
    private readonly twin: GroupTwin,
  ) {}

  private get type(): 'checkbox' | 'radio' {
    return this.twin.kind === 'radio-group' ? 'radio' : 'checkbox';
  }

  async mount(layout: GroupLayout = {}): Promise<MountedGroup> {
    const id = `parity-group-${++serial}`;
    const root = document.createElement('div');
    if (layout.lang) root.lang = layout.lang;
    const form = document.createElement('form');
    form.id = id;
    for (const [k, v] of Object.entries(layout.form ?? {}))
      form.setAttribute(k, v === true ? '' : v);
    root.append(form);

    let field: HTMLInputElement | null = null;
    if (layout.field) {
      field = document.createElement('input');
      field.name = 'q';
      field.value = 'v';
      form.append(field);
    }
    const { group, items } = this.build(layout);
    this.setGroupAttrs(group, items, { name: 'campo', ...layout.group });
    let fieldset: HTMLFieldSetElement | null = null;
    const where = layout.where ?? 'form';
    if (where === 'outside') {
      this.setGroupAttrs(group, items, { form: id });
      root.append(group);
    } else if (where === 'fieldset') {
      fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = 'Sección';
      fieldset.append(legend, group);
      form.append(fieldset);
    } else {
      form.append(group);
    }
    let button: HTMLButtonElement | null = null;
    if (layout.submit) {
      button = document.createElement('button');
      button.textContent = 'Enviar';
      for (const [k, v] of Object.entries(layout.submit))
        button.setAttribute(k, v === true ? '' : v);
      form.append(button);
    }

    const log: string[] = [];
    const last: Record<string, Event> = {};
    for (const type of ['click', 'input', 'change']) {
      group.addEventListener(type, (event) => {
        log.push(`${type}:${items.indexOf(event.target as El)}`);
        last[type] = event;
      });
    }
    let invalid = 0;
    for (const el of this.kind === 'native' ? items : [group]) {
      el.addEventListener('invalid', () => invalid++);
    }
    const submissions: string[][][] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submissions.push(entries(form, (event as SubmitEvent).submitter));
    });
    addFixture(root);
    await settle(root);
    return {
      root,
      form,
      group,
      items,
      field,
      button,
      fieldset,
      log,
      last,
      invalid: () => invalid,
      submissions,
    };
  }

  /** The options, on their own, in the group. */
  private build(layout: GroupLayout): { group: HTMLElement; items: El[] } {
    const { values } = this.twin;
    if (this.kind === 'native') {
      const group = this.twin.native();
      const legend = document.createElement('legend');
      legend.textContent = 'Grupo';
      group.append(legend);
      const items = values.map((value, i) => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = this.type;
        input.value = value;
        if (layout.checked?.includes(i)) input.setAttribute('checked', '');
        if (layout.disabledItems?.includes(i)) input.setAttribute('disabled', '');
        label.append(input, ` ${value}`);
        group.append(label);
        return input as El;
      });
      return { group, items };
    }
    const group = document.createElement(this.tag);
    for (const [k, v] of Object.entries(this.twin.own ?? {}))
      group.setAttribute(k, v === true ? '' : v);
    const items = values.map((value, i) => {
      const item = document.createElement(this.twin.item) as El;
      item.setAttribute('value', value);
      item.setAttribute('label', value);
      if (layout.checked?.includes(i)) item.setAttribute('checked', '');
      if (layout.disabledItems?.includes(i)) item.setAttribute('disabled', '');
      group.append(item);
      return item;
    });
    return { group, items };
  }

  /** `name`, `form`, `required` on the group — natively on every input of the group. */
  setGroupAttrs(
    group: HTMLElement,
    items: El[],
    attrs: Record<string, string | true | null>,
  ): void {
    const targets = this.kind === 'native' ? items : [group];
    for (const [name, value] of Object.entries(attrs)) {
      for (const el of targets) {
        if (value === null) el.removeAttribute(name);
        else el.setAttribute(name, value === true ? '' : value);
      }
    }
  }

  /** Disables the whole group: natively its <fieldset>, else the group element. */
  setDisabled(m: MountedGroup, disabled: boolean): void {
    (m.group as El).disabled = disabled;
  }

  /** What the validity API is asked on: natively the first input (a radio speaks for its group). */
  validating(m: MountedGroup): Validating {
    return (this.kind === 'native' ? m.items[0] : m.group) as unknown as Validating;
  }

  userInvalid(m: MountedGroup): boolean {
    if (this.kind === 'native') return m.items.some((el) => el.matches(':user-invalid'));
    return m.group.matches(':state(user-invalid)');
  }

  /** The native input that draws an option (for real clicks). */
  input(item: El): HTMLInputElement {
    return this.kind === 'native'
      ? (item as unknown as HTMLInputElement)
      : item.shadowRoot!.querySelector('input')!;
  }
}

const FLAGS = ['valid', 'valueMissing', 'customError'] as const;
const flags = (el: Validating) => FLAGS.filter((flag) => el.validity[flag]);
const checkedIndexes = (m: MountedGroup) => m.items.flatMap((item, i) => (item.checked ? [i] : []));
const focusedIndex = (m: MountedGroup) => m.items.indexOf(document.activeElement as El);

/**
 * A check on a group, given both of its sides as GroupSides. `native` asserts what the native
 * twin must have done, so that a check cannot pass because neither side reacted.
 */
function groupCheck<T extends GroupTwin>(
  name: string,
  title: string,
  probe: (side: GroupSide, twin: T) => unknown,
  native?: (result: Record<string, any>, twin: T) => void,
): Check<T> {
  return check<T>(name, title, async ({ same, tag, twin }: Pair & { twin: T }) => {
    const result = await same((side) => probe(new GroupSide(side.kind, tag, twin), twin));
    native?.(result as Record<string, any>, twin);
  });
}

/** Loads `markup` in an iframe, runs `change`, goes away and back, returns what `read` sees. */
async function restoreThroughHistory(
  markup: string,
  change: (doc: Document) => void,
  read: (doc: Document) => unknown,
): Promise<unknown> {
  const page = new URL('./restore.html', import.meta.url).pathname;
  const iframe = document.createElement('iframe');
  const load = (navigate: () => void) =>
    new Promise<void>((resolve) => {
      iframe.addEventListener('load', () => setTimeout(resolve), { once: true });
      navigate();
    });
  const ready = async () => {
    const doc = iframe.contentDocument!;
    const pending = [...doc.querySelectorAll(':not(:defined)')].map((el) => el.localName);
    await Promise.all(pending.map((tag) => iframe.contentWindow!.customElements.whenDefined(tag)));
    await settle(doc.body);
  };
  // As parity/restore.ts: the iframe's navigation must add exactly one history entry.
  history.pushState(history.state, '', location.href);
  try {
    await load(() => {
      iframe.src = `${page}?markup=${encodeURIComponent(markup)}`;
      document.body.append(iframe);
    });
    await ready();
    change(iframe.contentDocument!);
    const length = history.length;
    await load(() => iframe.contentWindow!.location.assign(`${page}?away`));
    if (history.length !== length + 1) throw new Error('the iframe navigation added no entry');
    await load(() => iframe.contentWindow!.history.back());
    await ready();
    return read(iframe.contentDocument!);
  } finally {
    iframe.remove();
  }
}

/** The checks every group gets, native checkboxes or radios alike. */
function commonChecks<T extends GroupTwin>(): Check<T>[] {
  return [
    groupCheck<T>(
      'form-data',
      'FormData: one entry per checked option, under one name',
      async (side) => {
        const m = await side.mount({ checked: [0] });
        const initial = entries(m.form);
        m.items[1]!.checked = true;
        const second = entries(m.form);
        m.items[2]!.checked = true;
        const third = entries(m.form);
        for (const item of m.items) item.checked = false;
        return { initial, second, third, none: entries(m.form), checked: checkedIndexes(m) };
      },
    ),

    groupCheck<T>('form-data-submitter', 'FormData at submit, with the submitter', async (side) => {
      const m = await side.mount({ checked: [0, 2], submit: { name: 'accion', value: 'enviar' } });
      m.button!.click();
      m.form.requestSubmit();
      m.form.requestSubmit(m.button);
      return m.submissions;
    }),

    groupCheck<T>(
      'form-data-unnamed',
      'no name, or an empty name, submits nothing',
      async (side) => {
        const results = [];
        for (const name of [null, '']) {
          const m = await side.mount({ checked: [1] });
          side.setGroupAttrs(m.group, m.items, { name });
          results.push(entries(m.form));
        }
        return results;
      },
    ),

    groupCheck<T>('name-change', 'changing the name', async (side) => {
      const m = await side.mount({ checked: [1] });
      side.setGroupAttrs(m.group, m.items, { name: 'otro' });
      const renamed = entries(m.form);
      side.setGroupAttrs(m.group, m.items, { name: null });
      return { renamed, removed: entries(m.form) };
    }),

    groupCheck<T>(
      'checked-default',
      'the checked attribute is the default; the property, the current state',
      async (side) => {
        const m = await side.mount({ checked: [0] });
        const [a, b, c] = m.items as [El, El, El];
        const state = () => ({
          checked: checkedIndexes(m),
          defaults: m.items.map((item) => item.defaultChecked),
          data: entries(m.form),
        });
        const steps: Record<string, unknown> = { initial: state() };
        c.setAttribute('checked', '');
        steps.attributeWhileClean = state();
        b.checked = true;
        steps.propertySet = state();
        b.removeAttribute('checked');
        b.setAttribute('checked', '');
        b.removeAttribute('checked');
        steps.attributeWhileDirty = state();
        a.defaultChecked = false;
        steps.defaultCheckedProperty = state();
        m.form.reset();
        steps.reset = state();
        return steps;
      },
    ),

    groupCheck<T>(
      'reset',
      'form.reset() returns to the options checked in the markup',
      async (side) => {
        const m = await side.mount({ checked: [0] });
        side.input(m.items[1]!).click();
        side.input(m.items[2]!).click();
        const changed = { checked: checkedIndexes(m), data: entries(m.form) };
        m.form.reset();
        await settle(m.root);
        return {
          changed,
          reset: { checked: checkedIndexes(m), data: entries(m.form) },
          drawn: m.items.map((item) => side.input(item).checked),
        };
      },
    ),

    check<T>(
      'state-restore',
      'state restore after going back in history (formStateRestoreCallback)',
      async ({ same, tag, twin }) => {
        const type = twin.kind === 'radio-group' ? 'radio' : 'checkbox';
        const native = await same(async (side) => {
          const markup =
            side.kind === 'native'
              ? `<form><fieldset><legend>Grupo</legend>${twin.values
                  .map(
                    (v, i) =>
                      `<label><input type="${type}" name="campo" value="${v}"${i === 0 ? ' checked' : ''}> ${v}</label>`,
                  )
                  .join('')}</fieldset></form>`
              : `<form><${tag} name="campo" legend="Grupo">${twin.values
                  .map(
                    (v, i) =>
                      `<${twin.item} value="${v}" label="${v}"${i === 0 ? ' checked' : ''}></${twin.item}>`,
                  )
                  .join('')}</${tag}></form>`;
          const options = (doc: Document) =>
            [...doc.querySelectorAll(side.kind === 'native' ? 'input' : twin.item)] as El[];
          return restoreThroughHistory(
            markup,
            (doc) => {
              options(doc)[0]!.checked = false;
              options(doc)[2]!.checked = true;
            },
            (doc) => ({
              checked: options(doc).flatMap((el, i) => (el.checked ? [i] : [])),
              data: entries(doc.querySelector('form')!),
            }),
          );
        });
        expect(native, 'the native twin was restored at all').to.deep.include({ checked: [2] });
      },
    ),

    groupCheck<T>('disabled', 'a disabled group: not submitted, not focusable', async (side) => {
      const m = await side.mount({ checked: [0] });
      const state = () => ({
        matches: m.group.matches(':disabled'),
        data: entries(m.form),
        focusable: m.items.map((item) => canFocus(item)),
      });
      side.setDisabled(m, true);
      await settle(m.root);
      const disabled = state();
      side.setDisabled(m, false);
      await settle(m.root);
      return { disabled, enabled: state() };
    }),

    groupCheck<T>(
      'item-disabled',
      'a disabled option: not submitted even if checked, not focusable, not clickable',
      async (side) => {
        const m = await side.mount({ checked: [1], disabledItems: [1, 2] });
        side.input(m.items[2]!).click();
        return {
          data: entries(m.form),
          checked: checkedIndexes(m),
          focusable: m.items.map((item) => canFocus(item)),
          log: m.log,
        };
      },
    ),

    groupCheck<T>('fieldset-disabled', 'inside a disabled <fieldset>', async (side) => {
      const m = await side.mount({ where: 'fieldset', checked: [0] });
      const state = () => ({
        matches: m.group.matches(':disabled'),
        data: entries(m.form),
        focusable: m.items.map((item) => canFocus(item)),
      });
      m.fieldset!.disabled = true;
      const atOnce = entries(m.form);
      await settle(m.root);
      const disabled = state();
      m.fieldset!.disabled = false;
      await settle(m.root);
      return { atOnce, disabled, enabled: state() };
    }),

    groupCheck<T>('form-attribute', 'form="id" from outside the form', async (side) => {
      const m = await side.mount({ where: 'outside', checked: [0] });
      const joined = entries(m.form);
      side.setGroupAttrs(m.group, m.items, { form: 'parity-no-such-form' });
      const missing = entries(m.form);
      side.setGroupAttrs(m.group, m.items, { form: m.form.id });
      const again = entries(m.form);
      side.setGroupAttrs(m.group, m.items, { form: null });
      return { joined, missing, again, removed: entries(m.form) };
    }),

    groupCheck<T>(
      'click',
      'real clicks: checked state, click/input/change events',
      async (side) => {
        const m = await side.mount({ checked: [0] });
        const steps: Record<string, unknown> = {};
        for (const [name, index] of [
          ['second', 1],
          ['secondAgain', 1],
          ['first', 0],
        ] as const) {
          await settle(m.root);
          await clickAt(side.input(m.items[index]!).getBoundingClientRect());
          steps[name] = { checked: checkedIndexes(m), data: entries(m.form), log: m.log.splice(0) };
        }
        return { steps, input: eventShape(m.last.input), change: eventShape(m.last.change) };
      },
      (native) => expect(native.steps.second.log, 'the native twin reacted').to.include('input:1'),
    ),

    groupCheck<T>(
      'keyboard-space',
      'Tab, then Space, checks the focused option',
      async (side) => {
        const m = await side.mount({ field: true, submit: {} });
        m.field!.focus();
        await pressTab();
        const reached = focusedIndex(m);
        await pressKey('Space');
        const spaced = { checked: checkedIndexes(m), log: m.log.splice(0) };
        await pressKey('Space');
        const again = { checked: checkedIndexes(m), log: m.log.splice(0) };
        await pressTab();
        return {
          reached,
          spaced,
          again,
          next: focusedIndex(m),
          button: m.button === document.activeElement,
        };
      },
      (native) => expect(native.spaced.log, 'the native twin reacted').to.include('input:0'),
    ),

    groupCheck<T>('tab-order', 'Tab and Shift+Tab through the group', async (side) => {
      const m = await side.mount({ field: true, submit: {}, checked: [1], disabledItems: [2] });
      const stops: number[] = [];
      m.field!.focus();
      // Up to the button after the group, never further: Tab out of the page would leave focus
      // in the browser's own UI (Firefox then keeps it there for the next test pages).
      for (let i = 0; i < 5 && document.activeElement !== m.button; i++) {
        await pressTab();
        stops.push(focusedIndex(m));
      }
      m.button!.focus();
      await pressTab(true);
      return { stops, back: focusedIndex(m) };
    }),

    // Wrapping from the last radio to the first is left out: WebKit's native radios stop at the
    // ends (Chromium's and Firefox's wrap, as the component does; radios.test.ts checks it).
    groupCheck<T>(
      'keyboard-arrows',
      'arrow keys: radios move and check (skipping disabled); checkboxes ignore them',
      async (side) => {
        const m = await side.mount({ field: true, disabledItems: [1] });
        m.field!.focus();
        await pressTab();
        const steps: Record<string, unknown> = { reached: focusedIndex(m) };
        for (const key of ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft']) {
          await pressKey(key);
          steps[`${Object.keys(steps).length}-${key}`] = {
            focused: focusedIndex(m),
            checked: checkedIndexes(m),
            data: entries(m.form),
            events: m.log.splice(0),
          };
        }
        return steps;
      },
      (native, twin) => {
        expect(native.reached, 'Tab reached the native twin').to.equal(0);
        if (twin.kind === 'radio-group') {
          expect(native['1-ArrowDown'].checked, 'the native radios moved').to.deep.equal([2]);
        }
      },
    ),

    groupCheck<T>('custom-validity', 'setCustomValidity', async (side) => {
      const m = await side.mount({ checked: [0] });
      const el = side.validating(m);
      const state = () => ({
        flags: flags(el),
        message: el.validationMessage,
        checkValidity: el.checkValidity(),
        form: m.form.checkValidity(),
      });
      el.setCustomValidity('Esta opción ya no está disponible');
      const set = state();
      m.items[1]!.checked = true;
      const stillSet = state();
      el.setCustomValidity('');
      return { set, stillSet, cleared: state(), invalidFired: m.invalid() > 0 };
    }),

    groupCheck<T>(
      'user-invalid-submit',
      ':user-invalid: not at first, set by a submit attempt, cleared by reset',
      async (side) => {
        const m = await side.mount({ field: true });
        side.validating(m).setCustomValidity('Revise esta respuesta');
        const steps: Record<string, boolean> = { initial: side.userInvalid(m) };
        side.validating(m).checkValidity();
        steps.afterCheckValidity = side.userInvalid(m);
        m.items[0]!.focus();
        m.field!.focus();
        steps.afterFocusAndLeave = side.userInvalid(m);
        m.form.requestSubmit();
        steps.afterSubmitAttempt = side.userInvalid(m);
        m.form.reset();
        steps.afterReset = side.userInvalid(m);
        return steps;
      },
    ),
  ];
}

/** What radios add: `required` and the validity API around it, in the element's language. */
function radioChecks(): Check<RadioGroupTwin>[] {
  return [
    groupCheck<RadioGroupTwin>('required', 'required and valueMissing', async (side) => {
      const m = await side.mount();
      const el = () => side.validating(m);
      const steps: Record<string, unknown> = { initial: flags(el()) };
      side.setGroupAttrs(m.group, m.items, { required: true });
      steps.required = { flags: flags(el()), willValidate: el().willValidate };
      m.items[1]!.checked = true;
      steps.checked = flags(el());
      m.items[1]!.checked = false;
      steps.unchecked = flags(el());
      side.setGroupAttrs(m.group, m.items, { required: null });
      steps.removed = flags(el());
      return steps;
    }),

    groupCheck<RadioGroupTwin>(
      'check-validity',
      'checkValidity(), reportValidity() and form.checkValidity() with required',
      async (side) => {
        const m = await side.mount({ group: { required: true }, field: true });
        const el = side.validating(m);
        m.field!.focus();
        const check = { result: el.checkValidity(), focused: focusedIndex(m) };
        const report = { result: el.reportValidity(), focused: focusedIndex(m) };
        // Where focus goes after form.reportValidity() is not compared: Firefox leaves it on the
        // field for native radios, Chromium and WebKit move it (request-submit-invalid compares
        // the focus of a real submit attempt).
        m.field!.focus();
        const form = { check: m.form.checkValidity(), report: m.form.reportValidity() };
        m.items[2]!.checked = true;
        const valid = [el.checkValidity(), m.form.checkValidity(), m.form.reportValidity()];
        return { check, report, form, valid, invalidFired: m.invalid() > 0 };
      },
    ),

    groupCheck<RadioGroupTwin>(
      'request-submit-invalid',
      'requestSubmit() is blocked until an option is chosen; novalidate is not',
      async (side) => {
        const m = await side.mount({ group: { required: true }, field: true });
        m.field!.focus();
        m.form.requestSubmit();
        const blocked = { submissions: m.submissions.length, focused: focusedIndex(m) };
        await settle(m.root); // the component shows its message: the options move down
        await clickAt(side.input(m.items[1]!).getBoundingClientRect());
        m.form.requestSubmit();
        const skipped = await side.mount({ group: { required: true }, form: { novalidate: true } });
        skipped.form.requestSubmit();
        return { blocked, submissions: m.submissions, novalidate: skipped.submissions };
      },
    ),

    check<RadioGroupTwin>(
      'validation-message',
      "validationMessage of required radios in the element's language",
      async ({ same, tag, twin }) => {
        const messages: string[] = [];
        const page = document.documentElement;
        const previous = page.lang;
        page.lang = 'de'; // the element's own language must win over the page's
        try {
          await same(async (plain) => {
            const side = new GroupSide(plain.kind, tag, twin);
            const result = [];
            for (const lang of ['es', 'en']) {
              const m = await side.mount({ group: { required: true }, lang });
              if (side.kind === 'custom') messages.push(side.validating(m).validationMessage);
              result.push(flags(side.validating(m)));
            }
            return result;
          });
        } finally {
          page.lang = previous;
        }
        expect(messages).to.deep.equal([
          translate('es', 'radiosValueMissing'),
          translate('en', 'radiosValueMissing'),
        ]);
      },
    ),

    groupCheck<RadioGroupTwin>(
      'user-invalid-required',
      ':user-invalid of required radios: a submit attempt sets it, choosing clears it',
      async (side) => {
        const m = await side.mount({ group: { required: true }, field: true });
        const steps: Record<string, boolean> = { initial: side.userInvalid(m) };
        m.form.requestSubmit();
        steps.afterSubmitAttempt = side.userInvalid(m);
        await settle(m.root); // the component shows its message: the options move down
        await clickAt(side.input(m.items[0]!).getBoundingClientRect());
        steps.afterChoosing = side.userInvalid(m);
        m.form.reset();
        steps.afterReset = side.userInvalid(m);
        return steps;
      },
    ),

    groupCheck<RadioGroupTwin>(
      'user-invalid-form-validity',
      ':user-invalid: not set by form.checkValidity() or form.reportValidity()',
      async (side) => {
        const checked = await side.mount({ group: { required: true } });
        checked.form.checkValidity();
        const reported = await side.mount({ group: { required: true } });
        reported.form.reportValidity();
        return {
          afterFormCheckValidity: side.userInvalid(checked),
          afterFormReportValidity: side.userInvalid(reported),
        };
      },
    ),
  ];
}

export const CHECKBOX_GROUP_CHECKS: Check<CheckboxGroupTwin>[] = commonChecks<CheckboxGroupTwin>();

export const RADIO_GROUP_CHECKS: Check<RadioGroupTwin>[] = [
  ...commonChecks<RadioGroupTwin>(),
  ...radioChecks(),
];
