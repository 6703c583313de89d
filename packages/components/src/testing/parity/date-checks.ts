// The parity set of a date field, against a native <input type="date">: both submit one
// `YYYY-MM-DD` text (or '') under their name, keep only real dates as their value (the same
// sanitization), and know `min`, `max` and `required`. The component types its date in three
// text fields (día, mes, año); the native one in segments whose order and keys follow the
// browser's locale. So every value check that sets values by script applies unchanged, and the
// ones that type text cannot compare anything.
//
// Value checks left out, and why:
// - input-events, user-invalid-edit, user-invalid-edit-undone: they type letters ('ab', 'x')
//   and require the same input events and validity on both sides. A native date input drops
//   letters and moves between segments in the browser's locale order (mm/dd/yyyy in en-US);
//   the component's fields take the text as typed (so that «marzo» can be a month, and the
//   message can say what is wrong). Typing, its events and when the error appears are covered
//   by date-input.test.ts.
// - readonly: it also requires a readonly field to take focus, and Firefox's own date input
//   refuses focus when readonly (Chromium's and WebKit's take it, as HTML says). Replaced by
//   date-readonly, the same observations without focus; date-input.test.ts checks the focus.
// - implicit-submit-no-button: engines differ from HTML and from each other here. None submits
//   a form whose only field is a date input (HTML says a lone field submits); Firefox does not
//   count a date input as a field, so with a text field beside it Enter submits. The component
//   does what the three agree on (date-implicit-submit-lone-field): Enter clicks the form's
//   default button, and without one does nothing.
// - validation-message-es, validation-message-en: they expect the generic text messages
//   («Complete este campo» for valueMissing, «Ingrese un número igual o mayor que {min}»…).
//   A date has its own, with the limit in words in the element's language. Replaced by
//   date-validation-message-es/en below, which also compare the flags with the native twin's.
//
// Date-specific checks added: date-range (min/max flags, unreadable limits ignored, limits
// changed after the value), date-value-types (non-string values), date-readonly,
// date-implicit-submit-lone-field, and the messages.
import { expect } from '@open-wc/testing';
import { formatIsoDate } from '../../core/date-only.js';
import { translate } from '../../i18n/registry.js';
import { pressKey, typeText } from '../focus.js';
import { settle } from '../stories.js';
import { check, type Check } from './checks.js';
import { entries, flags, pair, type Control, type Side } from './fixture.js';
import type { Attrs, Constraint, ValueTwin } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';

/** A constraint of a date field; `dates` are message parameters given as `YYYY-MM-DD`. */
export interface DateConstraint extends Constraint {
  /** Parameters that are dates: written in words in each language («1 de enero de 2000»). */
  dates?: Record<string, string>;
}

/** A date field: the value twin's data, with date constraints and range cases. */
export interface DateTwin extends Omit<ValueTwin, 'kind' | 'constraints'> {
  kind: 'date';
  constraints: DateConstraint[];
  /** `min`/`max` cases: each value is set in turn, and the flags compared. */
  ranges: { attrs: Attrs; values: string[] }[];
}

const LEFT_OUT = new Set(
  [
    'input-events',
    'readonly',
    'implicit-submit-no-button',
    'user-invalid-edit',
    'user-invalid-edit-undone',
    'validation-message-es',
    'validation-message-en',
  ].map((name) => `parity:${name}`),
);

/** The twin as a value twin: the value checks and the fixture (name="campo") read `kind`. */
const asValue = (twin: DateTwin): ValueTwin => ({ ...twin, kind: 'value' });

/** Mounts one control per constraint and breaks it by setting its value. */
async function breakConstraints(side: Side, twin: DateTwin, lang: string): Promise<Control[]> {
  const controls: Control[] = [];
  for (const constraint of twin.constraints) {
    const { el, root } = await side.mount({ attrs: constraint.attrs, lang });
    el.value = constraint.value ?? '';
    await settle(root);
    controls.push(el);
  }
  return controls;
}

function messageCheck(lang: 'es' | 'en', pageLang: string): Check<DateTwin> {
  return check<DateTwin>(
    `date-validation-message-${lang}`,
    `validationMessage in the element's language (${lang}), dates in words`,
    async ({ tag, twin }) => {
      const page = document.documentElement;
      const previous = page.lang;
      page.lang = pageLang; // the element's own language must win over the page's
      try {
        const messages: string[] = [];
        await pair(tag, asValue(twin)).same(async (side) => {
          const controls = await breakConstraints(side, twin, lang);
          if (side.kind === 'custom') messages.push(...controls.map((el) => el.validationMessage));
          const { el } = await side.mount({ lang, attrs: { value: twin.values[0] } });
          return { broken: controls.map(flags), validMessage: el.validationMessage };
        }, 'flags of each broken constraint, and no message when valid');
        const expected = twin.constraints.map((c) => {
          const dates = Object.entries(c.dates ?? {}).map(([k, iso]) => [
            k,
            formatIsoDate(iso, lang),
          ]);
          return translate(lang, c.key, { ...c.params, ...Object.fromEntries(dates) });
        });
        expect(messages, `catalogue messages in ${lang}`).to.deep.equal(expected);
      } finally {
        page.lang = previous;
      }
    },
  );
}

export const DATE_CHECKS: Check<DateTwin>[] = [
  ...VALUE_CHECKS.filter((c) => !LEFT_OUT.has(c.id)).map((c): Check<DateTwin> => ({
    ...c,
    run: ({ tag, twin }) => c.run({ ...pair(tag, asValue(twin)), twin: asValue(twin) }),
  })),

  check<DateTwin>(
    'date-range',
    'min and max: range flags, ignored when unreadable',
    ({ tag, twin }) =>
      pair(tag, asValue(twin)).same(async (side) => {
        const cases = [];
        for (const { attrs, values } of twin.ranges) {
          const { el } = await side.mount({ attrs });
          const results = values.map((value) => {
            el.value = value;
            return { value: el.value, flags: flags(el), valid: el.checkValidity() };
          });
          cases.push({ attrs, results });
        }
        // Limits changed after the value: validity follows at once.
        const { el } = await side.mount({ attrs: { value: twin.values[0] } });
        const steps: Record<string, string[]> = {};
        el.setAttribute('min', '2099-01-01');
        steps.minAfter = flags(el);
        el.removeAttribute('min');
        el.setAttribute('max', '1900-01-01');
        steps.maxBefore = flags(el);
        el.setAttribute('max', 'no es una fecha');
        steps.maxUnreadable = flags(el);
        return { cases, steps };
      }),
  ),

  check<DateTwin>('date-value-types', 'value set to a non-string', ({ tag, twin }) =>
    pair(tag, asValue(twin)).same(async (side) => {
      const { el, form } = await side.mount({ attrs: { value: twin.values[0] } });
      const results = [];
      for (const value of [null, undefined, 20240105, { toString: () => twin.values[1] }]) {
        (el as { value: unknown }).value = value;
        results.push({ value: el.value, data: entries(form) });
      }
      return results;
    }),
  ),

  check<DateTwin>(
    'date-readonly',
    'readonly: cannot be edited, is still submitted',
    ({ tag, twin }) =>
      pair(tag, asValue(twin)).same(async (side) => {
        const { form, el, counts } = await side.mount({
          attrs: { readonly: true, value: twin.values[0] },
        });
        el.focus();
        await typeText('12');
        return { value: el.value, data: entries(form), inputEvents: counts.input ?? 0 };
      }),
  ),

  check<DateTwin>(
    'date-implicit-submit-lone-field',
    'Enter in a form whose only field is the date, with no button, does not submit',
    ({ tag, twin }) =>
      pair(tag, asValue(twin)).same(async (side) => {
        const { el, submissions } = await side.mount({ attrs: { value: twin.values[0] } });
        el.focus();
        await pressKey('Enter');
        return submissions;
      }),
  ),

  messageCheck('es', 'en'),
  messageCheck('en', 'es'),
];
