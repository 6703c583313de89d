import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { addDays, todayIso } from '../../core/date-only.js';
import { resetStrings } from '../../i18n/registry.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { BAD_STRINGS } from '../../testing/bad-input.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../button.js';
import '../../date-input.js';
import type { CorDateInput } from './date-input.js';

type Part = 'day' | 'month' | 'year';
const PARTS: Part[] = ['day', 'month', 'year'];

const field = (el: CorDateInput, part: Part) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
const shown = (el: CorDateInput) => PARTS.map((part) => field(el, part).value);
const invalidParts = (el: CorDateInput) =>
  PARTS.filter((part) => field(el, part).getAttribute('aria-invalid') === 'true');
const errorText = (el: CorDateInput) =>
  el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ').trim();
const fieldset = (el: CorDateInput) => el.shadowRoot!.querySelector('fieldset')!;

/** What a paste or autofill does to one field: characters no driver types in every engine. */
async function fill(el: CorDateInput, day: string, month: string, year: string): Promise<void> {
  for (const [part, text] of [
    ['day', day],
    ['month', month],
    ['year', year],
  ] as const) {
    const input = field(el, part);
    if (input.value === text) continue;
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

/** Real key presses, one at a time (WebKit's driver drops repeated characters in one `type`). */
async function typeKeys(text: string): Promise<void> {
  for (const char of text) await sendKeys({ type: char });
}

/** A form with the date input (errors shown as after a submit attempt) and a button. */
async function dateForm(attributes: Record<string, string> = {}) {
  const form = await fixture<HTMLFormElement>(html`
    <form @submit=${(event: Event) => event.preventDefault()}>
      <cor-date-input
        legend="¿Cuándo se emitió su cédula?"
        name="emision"
        id="emision"
      ></cor-date-input>
      <cor-button>Continuar</cor-button>
    </form>
  `);
  const el = form.querySelector('cor-date-input')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return { form, el, data: () => new FormData(form).get('emision') };
}

describe('cor-date-input', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  describe('fieldset, labels and fields', () => {
    it('groups three labelled numeric fields, día, mes, año, under the question', async () => {
      const el = await fixture<CorDateInput>(html`
        <cor-date-input
          legend="¿Cuál es su fecha de nacimiento?"
          hint="Por ejemplo, 27 3 2007"
          autocomplete="bday"
          required
        ></cor-date-input>
      `);
      expect(accessibleRole(fieldset(el))).to.equal('group');
      expect(accessibleName(fieldset(el))).to.equal('¿Cuál es su fecha de nacimiento?');
      expect(accessibleDescription(fieldset(el))).to.equal('Por ejemplo, 27 3 2007');
      const inputs = PARTS.map((part) => field(el, part));
      expect(inputs.map((input) => accessibleName(input))).to.deep.equal(['Día', 'Mes', 'Año']);
      expect(inputs.map((input) => accessibleRole(input))).to.deep.equal(Array(3).fill('textbox'));
      expect(inputs.map((input) => input.inputMode)).to.deep.equal(Array(3).fill('numeric'));
      // The attribute (Firefox's `autocomplete` property reads '' for the bday-* tokens).
      expect(inputs.map((input) => input.getAttribute('autocomplete'))).to.deep.equal([
        'bday-day',
        'bday-month',
        'bday-year',
      ]);
      expect(inputs.every((input) => input.required && input.type === 'text')).to.equal(true);
      // 2, 2 and 4 characters wide: the year box is wider than the day box.
      expect(inputs[2]!.offsetWidth).to.be.greaterThan(inputs[0]!.offsetWidth * 1.5);
      expect(inputs[0]!.offsetWidth).to.equal(inputs[1]!.offsetWidth);
      const labelParts = ['day-label', 'month-label', 'year-label'].map(
        (part) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent,
      );
      expect(labelParts).to.deep.equal(['Día', 'Mes', 'Año']);
    });

    it('speaks English, follows <html lang>, and puts the legend in an h1 with heading', async () => {
      const el = await fixture<CorDateInput>(
        html`<cor-date-input legend="Fecha" heading legend-size="l"></cor-date-input>`,
      );
      expect(el.shadowRoot!.querySelector('legend > h1')?.textContent?.trim()).to.equal('Fecha');
      document.documentElement.lang = 'en';
      await null; // the language observer runs as a microtask
      await el.updateComplete;
      expect(PARTS.map((part) => accessibleName(field(el, part)))).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
      expect(PARTS.map((part) => field(el, part).hasAttribute('autocomplete'))).to.deep.equal([
        false,
        false,
        false,
      ]);
    });

    it('warns in development: no legend, an unreadable limit, an unknown legend size', async () => {
      const warnings = captureWarnings();
      try {
        await fixture(html`<cor-date-input min="27/03/2007" legend-size="xxl"></cor-date-input>`);
      } finally {
        warnings.restore();
      }
      const text = warnings.messages.join('\n');
      expect(text).to.match(/needs a legend/);
      expect(text).to.match(/min="27\/03\/2007" is not a date/);
      expect(text).to.match(/legend-size="xxl"/);
    });
  });

  describe('value, FormData and reset', () => {
    it('submits YYYY-MM-DD, also from a month name; nothing but a real date', async () => {
      const { el, data } = await dateForm();
      expect(data()).to.equal('');
      await fill(el, '27', 'marzo', '2007');
      expect(el.value).to.equal('2007-03-27');
      expect(data()).to.equal('2007-03-27');
      await fill(el, '31', '4', '2007');
      expect([el.value, data()]).to.deep.equal(['', '']);
      expect(shown(el), 'what the person typed stays').to.deep.equal(['31', '4', '2007']);
    });

    it('setting value fills the fields; a bad text keeps what can be shown, value ""', async () => {
      const { el, data } = await dateForm();
      el.value = '2022-09-11';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['11', '09', '2022']);
      expect(data()).to.equal('2022-09-11');
      el.value = '2023-02-29';
      await el.updateComplete;
      expect([el.value, data()]).to.deep.equal(['', '']);
      expect(shown(el)).to.deep.equal(['29', '02', '2023']);
      el.value = '27/03/2007';
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['', '', '']);
    });

    it('keeps, for every bad string, what a native date input keeps (nothing)', async () => {
      const { el } = await dateForm();
      const native = Object.assign(document.createElement('input'), { type: 'date' });
      for (const [name, text] of Object.entries(BAD_STRINGS)) {
        el.value = text;
        native.value = text;
        expect(el.value, name).to.equal(native.value);
      }
    });

    it('form.reset() returns to the value attribute and forgets the interaction', async () => {
      const { form, el, data } = await dateForm({ value: '2023-04-02', required: '' });
      expect(shown(el)).to.deep.equal(['02', '04', '2023']);
      await fill(el, '', '4', '2023');
      form.requestSubmit();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: La fecha debe incluir un día');
      form.reset();
      await el.updateComplete;
      expect([el.value, data(), errorText(el)]).to.deep.equal(['2023-04-02', '2023-04-02', '']);
      expect(shown(el)).to.deep.equal(['02', '04', '2023']);
    });
  });

  describe('messages, as GOV.UK writes them, and the fields they mark', () => {
    it('names the missing parts; one part marked alone, several mark the whole date', async () => {
      const { form, el } = await dateForm({ required: '' });
      const cases: [string, string, string, string, Part[]][] = [
        ['', '', '', 'Ingrese la fecha', PARTS],
        ['', '3', '2007', 'La fecha debe incluir un día', ['day']],
        ['27', '', '2007', 'La fecha debe incluir un mes', ['month']],
        ['27', '3', '', 'La fecha debe incluir un año', ['year']],
        ['', '', '2007', 'La fecha debe incluir un día y un mes', PARTS],
        ['', '3', '', 'La fecha debe incluir un día y un año', PARTS],
        ['27', '', '', 'La fecha debe incluir un mes y un año', PARTS],
      ];
      form.requestSubmit(); // errors show from the first submit attempt
      for (const [day, month, year, message, marked] of cases) {
        await fill(el, day, month, year);
        expect(errorText(el), message).to.equal(`Error: ${message}`);
        expect(invalidParts(el), message).to.deep.equal(marked);
      }
      expect(el.validity.valueMissing).to.equal(false);
      expect(el.validity.badInput).to.equal(true);
    });

    it('says when a date cannot be real: day, month, leap years, and the year length', async () => {
      const { form, el } = await dateForm();
      form.requestSubmit();
      const cases: [string, string, string, string, Part[]][] = [
        ['32', '3', '2007', 'La fecha debe ser una fecha real', ['day']],
        ['27', '13', '2007', 'La fecha debe ser una fecha real', ['month']],
        ['0', '13', '2007', 'La fecha debe ser una fecha real', PARTS],
        ['29', '2', '2023', 'La fecha debe ser una fecha real', ['day']],
        ['29', '2', '1900', 'La fecha debe ser una fecha real', ['day']],
        ['31', '4', '2025', 'La fecha debe ser una fecha real', ['day']],
        ['27', '3', '07', 'El año debe tener 4 números', ['year']],
      ];
      for (const [day, month, year, message, marked] of cases) {
        await fill(el, day, month, year);
        expect(errorText(el), `${day} ${month} ${year}`).to.equal(`Error: ${message}`);
        expect(invalidParts(el), `${day} ${month} ${year}`).to.deep.equal(marked);
      }
      await fill(el, '29', '2', '2000');
      expect([el.value, errorText(el), invalidParts(el)]).to.deep.equal(['2000-02-29', '', []]);
    });

    it('past, future and today, from today where the person is', async () => {
      const today = todayIso();
      const { form, el } = await dateForm({ past: '' });
      form.requestSubmit();
      el.value = today;
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: La fecha debe ser en el pasado');
      expect(invalidParts(el), 'the whole date').to.deep.equal(PARTS);
      expect(el.validity.rangeOverflow).to.equal(true);
      el.value = addDays(today, -1)!;
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
      el.past = false;
      el.future = true;
      el.value = today;
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: La fecha debe ser en el futuro');
      expect(el.validity.rangeUnderflow).to.equal(true);
      el.future = false;
      el.max = 'today';
      el.value = addDays(today, 1)!;
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: La fecha debe ser hoy o en el pasado');
      el.value = today;
      await el.updateComplete;
      expect(errorText(el)).to.equal('');
    });

    it('min and max, with the dates in words in the element’s language (clock-change days)', async () => {
      const { form, el } = await dateForm({ min: '2022-09-11', max: '2023-04-02' });
      form.requestSubmit();
      el.value = '2022-09-10';
      await el.updateComplete;
      expect(errorText(el)).to.equal(
        'Error: La fecha debe estar entre el 11 de septiembre de 2022 y el 2 de abril de 2023',
      );
      el.value = '2022-09-11';
      await el.updateComplete;
      expect(errorText(el), 'the first day counts').to.equal('');
      el.lang = 'en';
      await null; // the language observer runs as a microtask
      el.removeAttribute('max');
      el.value = '2022-09-10';
      await el.updateComplete;
      expect(errorText(el)).to.equal(
        'Error: The date must be the same as or after September 11, 2022',
      );
      el.lang = 'en-GB';
      await null;
      el.removeAttribute('min');
      el.setAttribute('max', '2024-09-08');
      el.value = '2024-09-09';
      await el.updateComplete;
      expect(errorText(el)).to.equal(
        'Error: The date must be the same as or before 8 September 2024',
      );
      el.lang = 'es-CL';
      await null;
      await el.updateComplete;
      expect(el.validationMessage).to.equal(
        'La fecha debe ser igual o anterior al 8 de septiembre de 2024',
      );
    });
  });

  describe('screen readers are told about the error', () => {
    it('describes the group and the wrong field by the error, with the hidden prefix', async () => {
      const el = await fixture<CorDateInput>(html`
        <cor-date-input
          legend="¿Cuándo se emitió su cédula?"
          hint="Por ejemplo, 27 3 2007"
          value="2007--27"
          error="La fecha debe incluir un mes"
          error-fields="month"
        ></cor-date-input>
      `);
      expect(accessibleDescription(fieldset(el))).to.equal(
        'Por ejemplo, 27 3 2007 Error: La fecha debe incluir un mes',
      );
      expect(accessibleDescription(field(el, 'month'))).to.equal(
        'Error: La fecha debe incluir un mes',
      );
      expect(invalidParts(el)).to.deep.equal(['month']);
      expect(accessibleDescription(field(el, 'day')), 'a right field is not described').to.equal(
        '',
      );
      // A server error with no fields named is about the whole date.
      el.errorFields = '';
      await el.updateComplete;
      expect(invalidParts(el)).to.deep.equal(PARTS);
      el.error = '';
      await el.updateComplete;
      expect(invalidParts(el)).to.deep.equal([]);
      expect(accessibleDescription(fieldset(el))).to.equal('Por ejemplo, 27 3 2007');
    });
  });

  describe('keyboard and focus', () => {
    it('moving between the fields shows no error; leaving the date does', async () => {
      const { el } = await dateForm();
      el.focus();
      expect(deepActiveElement()).to.equal(field(el, 'day'));
      await typeKeys('27');
      await pressTab();
      await typeKeys('3');
      await pressTab();
      await el.updateComplete;
      expect(deepActiveElement()).to.equal(field(el, 'year'));
      expect(errorText(el), 'no error between the fields').to.equal('');
      await pressTab(); // to the button
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: La fecha debe incluir un año');
      expect(invalidParts(el)).to.deep.equal(['year']);
      field(el, 'year').focus();
      await typeKeys('2007');
      await el.updateComplete;
      expect([el.value, errorText(el)]).to.deep.equal(['2007-03-27', '']);
    });

    it('focusFromLink() and a link to the control focus the first wrong field', async () => {
      const { form, el } = await dateForm();
      const link = document.createElement('a');
      link.href = '#emision';
      link.textContent = 'La fecha debe incluir un mes';
      form.before(link);
      await fill(el, '27', '', '2007');
      el.focusFromLink();
      expect(deepActiveElement()).to.equal(field(el, 'month'));
      await fill(el, '', '', '2007');
      link.click();
      expect(deepActiveElement(), 'two parts missing: the first of them').to.equal(
        field(el, 'day'),
      );
      await fill(el, '27', '3', '07');
      el.focusFromLink();
      expect(deepActiveElement()).to.equal(field(el, 'year'));
      link.remove();
    });

    it('Enter presses the default button; a readonly date is focusable but not editable', async () => {
      const { form, el } = await dateForm({ value: '2024-09-08' });
      let submits = 0;
      form.addEventListener('submit', () => submits++);
      field(el, 'month').focus();
      await pressKey('Enter');
      expect(submits).to.equal(1);
      form.querySelector('cor-button')!.remove();
      field(el, 'year').focus();
      await pressKey('Enter');
      expect(submits, 'no button: nothing, as a native date field').to.equal(1);
      el.readOnly = true;
      await el.updateComplete;
      field(el, 'year').blur();
      el.focus();
      expect(deepActiveElement()).to.equal(field(el, 'day'));
      await typeKeys('1');
      expect(el.value).to.equal('2024-09-08');
    });
  });

  it('keeps what the person typed through bad values in every attribute', async () => {
    const { el } = await dateForm();
    await fill(el, '27', 'mar', '2007');
    const attributes = [...el.getAttributeNames(), 'min', 'max', 'error-fields', 'legend-size']
      .filter((name) => !['value', 'id', 'name'].includes(name))
      .concat('hint', 'legend', 'autocomplete', 'lang');
    const warnings = captureWarnings();
    try {
      for (const name of attributes) {
        for (const text of [BAD_STRINGS.long!, BAD_STRINGS.script!, BAD_STRINGS.rtl!]) {
          el.setAttribute(name, text);
          await el.updateComplete;
        }
        el.removeAttribute(name);
      }
      el.setAttribute('value', '2099-01-01'); // the default: the typed date stays
      await el.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(shown(el)).to.deep.equal(['27', 'mar', '2007']);
    expect(el.value).to.equal('2007-03-27');
  });
});
