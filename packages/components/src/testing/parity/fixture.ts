// Identical forms around a native twin and around the component, and `same()`, which runs one
// probe on each and asserts that what they observe is equal.
import { expect } from '@open-wc/testing';
import { settle } from '../stories.js';
import type { Attrs, Twin } from './twins.js';

/** What the checks use of a control: the API that native form controls share. */
export interface Control extends HTMLElement {
  name: string;
  value: string;
  defaultValue: string;
  disabled: boolean;
  required: boolean;
  readonly form: HTMLFormElement | null;
  readonly labels: NodeList | null;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
}

/** Where the control goes and what surrounds it; the same layout is built for both sides. */
export interface Layout {
  /** On the control. Value controls get name="campo" unless `name` is given here. */
  attrs?: Attrs;
  /** On the form. */
  form?: Attrs;
  /** In the form (default), after it with form="<id>", or wrapped in one of these. */
  where?: 'form' | 'outside' | 'fieldset' | 'legend' | 'datalist' | 'label';
  /** A `<label for>` just before the control. */
  label?: boolean;
  /** A native submit `<button>` after the control. */
  submit?: Attrs;
  /** A native text field before the control (always there for buttons: name="q" value="v"). */
  field?: Attrs;
  /** `lang` on the wrapper around the form. */
  lang?: string;
}

export interface Submission {
  /** `new FormData(form, event.submitter)` during the submit event. */
  entries: string[][];
  /** Who submitted: 'control' (the element under test), 'button', 'none'… */
  submitter: string;
}

export interface Mounted {
  root: HTMLElement;
  form: HTMLFormElement;
  el: Control;
  field: HTMLInputElement | null;
  button: HTMLButtonElement | null;
  label: HTMLLabelElement | null;
  fieldset: HTMLFieldSetElement | null;
  /** Events seen: input, change, invalid, focus, blur, click (control); submit, reset, formdata. */
  counts: Record<string, number>;
  /** The last event of each type seen on the control. */
  last: Record<string, Event>;
  submissions: Submission[];
}

export interface Side {
  kind: 'native' | 'custom';
  /** A fresh control with the attributes, not yet connected. */
  make(attrs?: Attrs): Control;
  mount(layout?: Layout): Promise<Mounted>;
  /** `:user-invalid` on the native twin, `:state(user-invalid)` on the component. */
  userInvalid(el: Element): boolean;
}

export interface Pair {
  tag: string;
  twin: Twin;
  /** Runs `probe` on the native twin, then on the component, and asserts equal results. */
  same<T>(probe: (side: Side) => T | Promise<T>, what?: string): Promise<T>;
}

let serial = 0;
const fixtures = new Set<HTMLElement>();

/**
 * Puts `root` on the page as a fixture that cleanup() removes: for checks that build their own
 * layout around a group of controls (parity/choice-group-checks.ts).
 */
export function addFixture(root: HTMLElement): void {
  fixtures.add(root);
  document.body.append(root);
}

/** Removes every fixture and returns focus to the page. */
export function cleanup(): void {
  for (const root of fixtures) root.remove();
  fixtures.clear();
  (document.activeElement as HTMLElement | null)?.blur?.();
}

export function setAttrs(el: Element, attrs: Attrs = {}): void {
  for (const [name, value] of Object.entries(attrs)) {
    el.setAttribute(name, value === true ? '' : value);
  }
}

/** The form data as plain [name, value] pairs. */
export function entries(form: HTMLFormElement, submitter?: HTMLElement | null): string[][] {
  return [...new FormData(form, submitter)].map(([k, v]) => [k, String(v)]);
}

const FLAGS = [
  'valid',
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooShort',
  'tooLong',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
  'customError',
] as const;

/** The ValidityState flags that are set. */
export function flags(el: Control): string[] {
  const validity = el.validity;
  return FLAGS.filter((flag) => validity[flag]);
}

/** True when `el` (or something in its shadow tree) has focus. */
export const focused = (el: Element): boolean => document.activeElement === el;

function side(tag: string, twin: Twin, kind: Side['kind']): Side {
  const make = (attrs: Attrs = {}): Control => {
    const el = (kind === 'native' ? twin.native() : document.createElement(tag)) as Control;
    if (kind === 'custom' && 'own' in twin) setAttrs(el, twin.own);
    if (twin.kind === 'button') el.textContent = twin.text;
    // Optional: light-DOM children both sides get (a select's <option>s), when the twin has them.
    const children = (twin as { children?: () => Node[] }).children;
    if (children) el.append(...children());
    setAttrs(el, attrs);
    return el;
  };
  return {
    kind,
    make,
    mount: (layout = {}) => mount(make, twin, layout),
    userInvalid: (el) => el.matches(kind === 'native' ? ':user-invalid' : ':state(user-invalid)'),
  };
}

async function mount(make: Side['make'], twin: Twin, layout: Layout): Promise<Mounted> {
  const id = `parity-form-${++serial}`;
  const root = document.createElement('div');
  if (layout.lang) root.lang = layout.lang;
  const form = document.createElement('form');
  form.id = id;
  setAttrs(form, layout.form);
  root.append(form);

  const defaults: Attrs = twin.kind === 'value' ? { name: 'campo' } : {};
  const el = make({ ...defaults, ...layout.attrs });
  el.id = `${id}-control`;

  let field: HTMLInputElement | null = null;
  if (layout.field || twin.kind === 'button') {
    field = document.createElement('input');
    setAttrs(field, { name: 'q', value: 'v', ...layout.field });
    form.append(field);
  }
  let label: HTMLLabelElement | null = null;
  if (layout.label) {
    label = document.createElement('label');
    label.htmlFor = el.id;
    label.textContent = 'Etiqueta';
    form.append(label);
  }
  let fieldset: HTMLFieldSetElement | null = null;
  const where = layout.where ?? 'form';
  if (where === 'outside') {
    el.setAttribute('form', id);
    root.append(el);
  } else if (where === 'form') {
    form.append(el);
  } else if (where === 'fieldset' || where === 'legend') {
    fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = 'Grupo';
    fieldset.append(legend);
    (where === 'legend' ? legend : fieldset).append(el);
    form.append(fieldset);
  } else {
    const wrapper = document.createElement(where);
    if (where === 'label') wrapper.append('Etiqueta ');
    wrapper.append(el);
    form.append(wrapper);
    if (where === 'label') label = wrapper as HTMLLabelElement;
  }
  let button: HTMLButtonElement | null = null;
  if (layout.submit) {
    button = document.createElement('button');
    button.textContent = 'Enviar';
    setAttrs(button, layout.submit);
    form.append(button);
  }

  const mounted: Mounted = {
    root,
    form,
    el,
    field,
    button,
    label,
    fieldset,
    counts: {},
    last: {},
    submissions: [],
  };
  const count = (type: string) => (mounted.counts[type] = (mounted.counts[type] ?? 0) + 1);
  for (const type of ['input', 'change', 'invalid', 'focus', 'blur', 'click']) {
    el.addEventListener(type, (event) => {
      count(type);
      mounted.last[type] = event;
    });
  }
  field?.addEventListener('invalid', () => count('field-invalid'));
  form.addEventListener('reset', () => count('reset'));
  form.addEventListener('formdata', () => count('formdata'));
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // never leave the test page
    count('submit');
    const submitter = (event as SubmitEvent).submitter;
    mounted.submissions.push({ entries: entries(form, submitter), submitter: who(submitter) });
  });

  fixtures.add(root);
  document.body.append(root);
  await settle(root);
  return mounted;

  function who(submitter: HTMLElement | null): string {
    if (!submitter) return 'none';
    // cor-button submits through a native button it inserts inside itself (architecture.md).
    if (submitter === el || el.contains(submitter)) return 'control';
    return submitter === button ? 'button' : submitter.localName;
  }
}

/** Where two plain results differ, as `path: native …, component …` lines. */
function differences(native: unknown, custom: unknown, path = ''): string[] {
  if (Object.is(native, custom)) return [];
  if (native && custom && typeof native === 'object' && typeof custom === 'object') {
    const a = native as Record<string, unknown>;
    const b = custom as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences(a[key], b[key], path ? `${path}.${key}` : key));
  }
  const show = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value));
  return [`${path || 'result'}: native ${show(native)}, component ${show(custom)}`];
}

/** The native and custom sides of one form-associated tag. */
export function pair(tag: string, twin: Twin): Pair {
  const sides = { native: side(tag, twin, 'native'), custom: side(tag, twin, 'custom') };
  return {
    tag,
    twin,
    async same(probe, what = 'the same observations') {
      const native = await probe(sides.native);
      cleanup();
      const custom = await probe(sides.custom);
      cleanup();
      const twinName = twin.native().localName;
      const diff = differences(native, custom).join('; ');
      expect(custom, `<${tag}> vs native <${twinName}>: ${what}: ${diff}`).to.deep.equal(native);
      return native;
    },
  };
}
