// The parity set of a control that stands for TWO native controls under two names (región and
// comuna: two <select> elements). The value checks compare one element with one native element,
// so they cannot describe it; these checks put the component and the two native controls in
// identical forms, do the same thing to both, and compare what the form observes: FormData,
// reset, disabled and <fieldset disabled>, form="id", required and checkValidity(). What only the
// component has (its object `value`, its validity messages) is tested in its own test file.
import { expect } from '@open-wc/testing';
import { settle } from '../stories.js';
import { check, type Check } from './checks.js';
import { addFixture, cleanup, entries } from './fixture.js';
import type { Attrs } from './twins.js';

/** Two values, one per part, e.g. ['13', '13120']. */
export type PairValues = [string, string];

export interface PairTwin {
  kind: 'pair';
  /** The two native controls (under the component's default names) in a wrapper, with `defaults` chosen. */
  native: (defaults?: PairValues) => HTMLElement;
  /** The component's attributes for the same defaults. */
  defaultAttrs: (defaults: PairValues) => Attrs;
  /** The native controls a wrapper holds (their attributes are set one by one). */
  parts: (wrapper: HTMLElement) => HTMLElement[];
  /** What the person does to choose `values`, on either side; an empty value clears a part. */
  choose: (el: HTMLElement, values: PairValues) => Promise<void>;
  /** Defaults and a changed value. */
  values: [PairValues, PairValues];
}

type Kind = 'native' | 'custom';

interface Mounted {
  form: HTMLFormElement;
  el: HTMLElement;
  fieldset: HTMLFieldSetElement;
  /** Sets an attribute the way each side takes it: on the host, or on both native parts. */
  set(name: string, value: string | true | null): void;
}

let serial = 0;

/** One side in a form: inside it (default), inside a fieldset in it, or after it with form="id". */
async function mount(
  kind: Kind,
  tag: string,
  twin: PairTwin,
  { defaults, where = 'form' }: { defaults?: PairValues; where?: 'form' | 'fieldset' | 'outside' },
): Promise<Mounted> {
  const root = document.createElement('div');
  const form = document.createElement('form');
  form.id = `parity-pair-form-${++serial}`;
  const fieldset = document.createElement('fieldset');
  root.append(form);
  const el =
    kind === 'native' ? twin.native(defaults) : Object.assign(document.createElement(tag), {});
  const targets = () => (kind === 'native' ? twin.parts(el) : [el]);
  const set = (name: string, value: string | true | null) => {
    for (const target of targets()) {
      if (value === null) target.removeAttribute(name);
      else target.setAttribute(name, value === true ? '' : value);
    }
  };
  if (kind === 'custom' && defaults) {
    for (const [name, value] of Object.entries(twin.defaultAttrs(defaults))) set(name, value);
  }
  if (where === 'outside') {
    set('form', form.id);
    root.append(el);
  } else if (where === 'fieldset') {
    fieldset.append(el);
    form.append(fieldset);
  } else {
    form.append(el);
  }
  addFixture(root);
  await settle(root);
  return { form, el, fieldset, set };
}

/** Runs `probe` on the two native controls, then on the component, and expects the same. */
async function same<T>(
  tag: string,
  twin: PairTwin,
  probe: (m: (o?: Parameters<typeof mount>[3]) => Promise<Mounted>) => Promise<T>,
  what: string,
): Promise<T> {
  const native = await probe((o = {}) => mount('native', tag, twin, o));
  cleanup();
  const custom = await probe((o = {}) => mount('custom', tag, twin, o));
  cleanup();
  expect(custom, `<${tag}> vs its two native controls: ${what}`).to.deep.equal(native);
  return native;
}

/** Focus reaches the side's first control: through the host, or on the first native part. */
function focusSide(twin: PairTwin, el: HTMLElement): boolean {
  const target = el.shadowRoot ? el : (twin.parts(el)[0] ?? el);
  target.focus();
  const ok = el.shadowRoot
    ? Boolean(el.shadowRoot.activeElement)
    : document.activeElement === target;
  (document.activeElement as HTMLElement | null)?.blur?.();
  return ok;
}

export const PAIR_CHECKS: Check<PairTwin>[] = [
  check<PairTwin>(
    'pair-form-data',
    'FormData: both names, default, changed and cleared',
    ({ tag, twin }) =>
      same(
        tag,
        twin,
        async (m) => {
          const { form, el } = await m({ defaults: twin.values[0] });
          const initial = entries(form);
          await twin.choose(el, twin.values[1]);
          const changed = entries(form);
          await twin.choose(el, ['', '']);
          return { initial, changed, cleared: entries(form) };
        },
        'FormData',
      ),
  ),

  check<PairTwin>('pair-reset', 'form.reset() returns to the defaults', ({ tag, twin }) =>
    same(
      tag,
      twin,
      async (m) => {
        const { form, el } = await m({ defaults: twin.values[0] });
        await twin.choose(el, twin.values[1]);
        form.reset();
        await settle(form);
        return entries(form);
      },
      'after reset',
    ),
  ),

  check<PairTwin>(
    'pair-disabled',
    'disabled, own or by a <fieldset disabled>: not submitted, not focusable',
    ({ tag, twin }) =>
      same(
        tag,
        twin,
        async (m) => {
          const { form, el, fieldset, set } = await m({
            defaults: twin.values[0],
            where: 'fieldset',
          });
          set('disabled', true);
          await settle(form);
          const own = { data: entries(form), focusable: focusSide(twin, el) };
          set('disabled', null);
          fieldset.disabled = true;
          await settle(form);
          const byFieldset = { data: entries(form), focusable: focusSide(twin, el) };
          fieldset.disabled = false;
          await settle(form);
          return {
            own,
            byFieldset,
            enabled: { data: entries(form), focusable: focusSide(twin, el) },
          };
        },
        'disabled',
      ),
  ),

  check<PairTwin>('pair-form-attribute', 'form="id" from outside the form', ({ tag, twin }) =>
    same(
      tag,
      twin,
      async (m) => {
        const { form } = await m({ defaults: twin.values[0], where: 'outside' });
        return entries(form);
      },
      'form="id"',
    ),
  ),

  check<PairTwin>(
    'pair-required',
    'required: invalid until both parts are chosen; checkValidity() and its invalid events',
    ({ tag, twin }) =>
      same(
        tag,
        twin,
        async (m) => {
          const { form, el, set } = await m({});
          set('required', true);
          await settle(form);
          let invalid = 0;
          form.addEventListener('invalid', () => invalid++, true);
          const empty = form.checkValidity();
          const firedWhenEmpty = invalid > 0;
          await twin.choose(el, [twin.values[1][0], '']);
          const firstOnly = form.checkValidity();
          await twin.choose(el, twin.values[1]);
          return { empty, firedWhenEmpty, firstOnly, both: form.checkValidity() };
        },
        'required',
      ),
  ),
];
