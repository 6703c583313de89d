// THE one place that says which native element each form-associated Cordillera element must
// behave like. The parity suite finds every form-associated element in custom-elements.json and
// fails for any that has no twin here (or an exemption in ../exemptions.ts).
import { comunasOf, regions } from '../../chile/territory.js';
import type { MessageKey, MessageParams } from '../../i18n/catalogue.js';

/** Attributes to give both sides; `true` is a present boolean attribute. */
export type Attrs = Record<string, string | true>;

/** A value that breaks one constraint, and the catalogue message the component must show. */
export interface Constraint {
  attrs: Attrs;
  /** Set through the `value` property… */
  value?: string;
  /** …or typed by the person (constraints such as minlength apply to user edits only). */
  typed?: string;
  /** The catalogue key of the message, and its parameters. */
  key: MessageKey;
  params?: MessageParams;
}

/** A control with a value (text field, textarea, select…): the full parity set. */
export interface ValueTwin {
  kind: 'value';
  /** A fresh native twin, before any attribute. */
  native: () => HTMLElement;
  /** Attributes only the component needs to be well-formed (its own label): not compared. */
  own?: Attrs;
  /** Two values the control accepts: the default one and a changed one. */
  values: [string, string];
  /** What each side does to a value the control cannot hold as is (value sanitization). */
  sanitization: { attrs: Attrs; value: string }[];
  /** One case per constraint the control supports, for the validity and message checks. */
  constraints: Constraint[];
  /** Digits only, valid for the control, typed to fix a field (default '12'). */
  validDigits?: string;
}

/** A submit button: the smaller submitter set, against a native `<button>`. */
export interface ButtonTwin {
  kind: 'button';
  native: () => HTMLElement;
  own?: Attrs;
  /** The button text, as light-DOM content on both sides. */
  text: string;
}

/** Every kind of twin, by its `kind`; a new kind of control adds one line here. */
export interface TwinKinds {
  value: ValueTwin;
  button: ButtonTwin;
  password: import('./password-checks.js').PasswordTwin;
  file: import('./file-checks.js').FileTwin;
  date: import('./date-checks.js').DateTwin;
  select: import('./select-checks.js').SelectTwin;
  'checkbox-group': import('./choice-group-checks.js').CheckboxGroupTwin;
  'radio-group': import('./choice-group-checks.js').RadioGroupTwin;
  pair: import('./pair-checks.js').PairTwin;
}

export type Twin = TwinKinds[keyof TwinKinds];

const input = (): HTMLElement => document.createElement('input'); // type=text by default

export const TWINS: Record<string, Twin> = {
  'cor-text-input': {
    kind: 'value',
    native: input,
    own: { label: 'Comuna' },
    values: ['Ñuñoa', 'Providencia'],
    sanitization: [
      { attrs: {}, value: 'Lo\nBarnechea\r\n' },
      { attrs: { type: 'email' }, value: ' ana@gob.cl\n' },
      { attrs: { type: 'url' }, value: ' https://www.gob.cl ' },
      { attrs: { type: 'number' }, value: 'doce' },
      { attrs: { type: 'number' }, value: ' 12' },
    ],
    constraints: [
      { attrs: { required: true }, value: '', key: 'valueMissing' },
      { attrs: { type: 'email' }, value: 'ana', key: 'typeMismatchEmail' },
      { attrs: { type: 'url' }, value: 'gob.cl', key: 'typeMismatchUrl' },
      { attrs: { pattern: '[0-9]+' }, value: 'abc', key: 'patternMismatch' },
      {
        attrs: { minlength: '3' },
        typed: 'ab',
        key: 'tooShort',
        params: { minLength: 3, length: 2 },
      },
      {
        attrs: { type: 'number', min: '18' },
        value: '12',
        key: 'rangeUnderflow',
        params: { min: '18' },
      },
      {
        attrs: { type: 'number', max: '120' },
        value: '130',
        key: 'rangeOverflow',
        params: { max: '120' },
      },
      {
        attrs: { type: 'number', step: '5' },
        value: '7',
        key: 'stepMismatch',
        params: { example: '5' },
      },
    ],
  },
  'cor-phone-input': {
    kind: 'value',
    validDigits: '912345678',
    // The component submits a valid number in E.164 form: values already in that form submit
    // the same on both sides (an invalid text is submitted as typed, also the same).
    native: () => Object.assign(document.createElement('input'), { type: 'tel' }),
    own: { label: 'Teléfono' },
    values: ['+56912345678', '+56223456789'],
    sanitization: [
      { attrs: {}, value: '+569\n1234\r\n5678' },
      { attrs: {}, value: '9 1234\n' },
    ],
    constraints: [{ attrs: { required: true }, value: '', key: 'valueMissing' }],
  },
  'cor-rut-input': {
    kind: 'value',
    validDigits: '123456785',
    // The component submits a valid RUT normalized (12345678-5 by default): the values are
    // already in that form, so both sides submit the same text (an invalid text is submitted as
    // typed, also the same). `format` is an attribute the native input ignores: with values
    // already in the chosen form, both submit the same too.
    native: input,
    own: { label: 'RUT' },
    values: ['76086428-5', '10000013-K'],
    sanitization: [
      { attrs: {}, value: '76086428-5\r\n' },
      { attrs: {}, value: 'Lo\nBarnechea' },
      { attrs: { format: 'dots' }, value: '76.086.428-5\n' },
      { attrs: { format: 'nohyphen' }, value: '760864285' },
    ],
    // None: `required` is checked by the required/validity checks, but its message is the
    // RUT-specific rutValueMissing ("Ingrese el RUT"), not the generic valueMissing that the
    // message checks expect for a constraint keyed `valueMissing`. The RUT's own errors
    // (patternMismatch with rutInvalid, rutCheckDigit…) have no native counterpart.
    constraints: [],
  },
  'cor-password-input': {
    kind: 'password',
    // A password input strips line breaks like a text input, and is never restored from history.
    native: () => Object.assign(document.createElement('input'), { type: 'password' }),
    own: { label: 'Contraseña' },
    values: ['Cordillera-2024', 'Otra clave 99'],
    sanitization: [
      { attrs: {}, value: 'clave\nsecreta\r\n' },
      { attrs: {}, value: ' con espacios ' },
    ],
    constraints: [
      { attrs: { required: true }, value: '', key: 'valueMissing' },
      { attrs: { pattern: '[0-9]+' }, value: 'abc', key: 'patternMismatch' },
      {
        attrs: { minlength: '8' },
        typed: 'abc',
        key: 'tooShort',
        params: { minLength: 8, length: 3 },
      },
    ],
  },
  'cor-textarea': {
    kind: 'value',
    // A native <textarea> takes its default value as its text content; <cor-textarea> takes it
    // from its `value` attribute (as every Cordillera field does). The twin translates only that:
    // the `value` attribute of the checks is the textarea's text content (its defaultValue), so
    // every check does the same thing to both. Everything else is the native element's own.
    native: () => {
      const el = document.createElement('textarea');
      const proto = HTMLTextAreaElement.prototype;
      return Object.assign(el, {
        setAttribute(name: string, value: string) {
          if (name === 'value') el.defaultValue = value;
          else proto.setAttribute.call(el, name, value);
        },
        getAttribute(name: string) {
          if (name === 'value') return el.firstChild ? el.defaultValue : null;
          return proto.getAttribute.call(el, name);
        },
        removeAttribute(name: string) {
          if (name === 'value') el.defaultValue = '';
          else proto.removeAttribute.call(el, name);
        },
      });
    },
    own: { label: 'Descripción' },
    values: ['Ñuñoa', 'Línea uno\nLínea dos'],
    // A textarea keeps everything but turns every line break (CR LF, CR) into LF.
    sanitization: [
      { attrs: {}, value: 'Lo\r\nBarnechea\r' },
      { attrs: {}, value: '\n  sangría \t\n\n' },
    ],
    // `maxlength` is left out on purpose: <cor-textarea> never blocks typing and counts
    // characters as people see them (GOV.UK's character count), unlike the native maxlength.
    constraints: [
      { attrs: { required: true }, value: '', key: 'valueMissing' },
      {
        attrs: { minlength: '3' },
        typed: 'ab',
        key: 'tooShort',
        params: { minLength: 3, length: 2 },
      },
    ],
  },
  'cor-region-comuna': {
    kind: 'pair',
    // Two native selects under the component's default names, with the same options (the
    // comunas of the chosen región, added as a page script would when the región changes).
    native: (defaults = ['', '']) => {
      const wrapper = document.createElement('span');
      const select = (name: string, options: { code: string; name: string }[], chosen: string) => {
        const el = document.createElement('select');
        el.name = name;
        el.append(new Option('', ''));
        for (const o of options)
          el.append(new Option(o.name, o.code, o.code === chosen, o.code === chosen));
        return el;
      };
      wrapper.append(
        select('region', [...regions], defaults[0]),
        select('comuna', defaults[0] ? [...comunasOf(defaults[0])] : [], defaults[1]),
      );
      return wrapper;
    },
    defaultAttrs: ([region, comuna]) => ({ region, comuna }),
    parts: (wrapper) => [...wrapper.querySelectorAll('select')],
    async choose(el, [region, comuna]) {
      const [r, c] = [...(el.shadowRoot ?? el).querySelectorAll('select')];
      const pick = (select: HTMLSelectElement, value: string) => {
        select.value = value;
        select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      pick(r, region);
      if (!el.shadowRoot) {
        const have = new Set([...c.options].map((o) => o.value));
        c.append(
          ...comunasOf(region)
            .filter((x) => !have.has(x.code))
            .map((x) => new Option(x.name, x.code)),
        );
      }
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      pick(c, comuna);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    },
    values: [
      ['13', '13120'],
      ['05', '05109'],
    ],
  },
  'cor-file-upload': {
    kind: 'file',
    native: () => Object.assign(document.createElement('input'), { type: 'file' }),
    own: { label: 'Documento' },
  },
  'cor-date-input': {
    kind: 'date',
    // Both submit one YYYY-MM-DD text and keep only a real date as their value.
    native: () => Object.assign(document.createElement('input'), { type: 'date' }),
    own: { legend: '¿Cuándo ocurrió?' },
    values: ['1985-03-27', '2024-02-29'],
    // Texts neither keeps: not a real date, not padded, spaces, a time, year 0, Chilean order,
    // a part missing (the component shows the parts it can; its value is '' as natively).
    sanitization: [
      { attrs: {}, value: '2023-02-29' },
      { attrs: {}, value: '2024-1-5' },
      { attrs: {}, value: ' 2024-01-05' },
      { attrs: {}, value: '2024-01-05T10:00' },
      { attrs: {}, value: '0000-01-01' },
      { attrs: {}, value: '27/03/1985' },
      { attrs: {}, value: '2007--27' },
    ],
    // Chile's clock-change days (2022-09-11 began at 01:00; 2023-04-01 had 23:00 twice) as limits.
    constraints: [
      { attrs: { required: true }, value: '', key: 'dateValueMissing' },
      {
        attrs: { min: '2022-09-11' },
        value: '2022-09-10',
        key: 'dateMin',
        dates: { min: '2022-09-11' },
      },
      {
        attrs: { max: '2023-04-02' },
        value: '2023-04-03',
        key: 'dateMax',
        dates: { max: '2023-04-02' },
      },
      {
        attrs: { min: '2024-09-08', max: '2025-04-06' },
        value: '2025-04-07',
        key: 'dateBetween',
        dates: { min: '2024-09-08', max: '2025-04-06' },
      },
    ],
    ranges: [
      { attrs: { min: '2022-09-11' }, values: ['2022-09-10', '2022-09-11', '2022-09-12'] },
      { attrs: { max: '2023-04-01' }, values: ['2023-03-31', '2023-04-01', '2023-04-02'] },
      { attrs: { min: '2024-02-29', max: '2024-02-29' }, values: ['2024-02-28', '2024-02-29'] },
      // min after max: a date can break both.
      { attrs: { min: '2025-04-06', max: '2024-09-08' }, values: ['2024-12-31', '2025-04-06'] },
      // Unreadable limits are ignored: not a real date, spaces, the Chilean order.
      { attrs: { min: '2023-02-29' }, values: ['1900-01-01'] },
      { attrs: { min: ' 2024-01-01', max: '31-12-1999' }, values: ['1900-01-01', '2099-12-31'] },
    ],
  },
  'cor-select': {
    kind: 'select',
    native: () => document.createElement('select'),
    own: { label: 'Región' },
    // Both sides get the same options (light DOM on the component), with two groups.
    children: () => {
      const option = (value: string, text: string) =>
        Object.assign(document.createElement('option'), { value, textContent: text });
      const group = (label: string, ...options: HTMLOptionElement[]) => {
        const optgroup = Object.assign(document.createElement('optgroup'), { label });
        optgroup.append(...options);
        return optgroup;
      };
      return [
        option('arica', 'Arica y Parinacota'),
        option('tarapaca', 'Tarapacá'),
        group(
          'Zona central',
          option('valparaiso', 'Valparaíso'),
          option('metropolitana', 'Metropolitana de Santiago'),
        ),
        group('Zona austral', option('aysen', 'Aysén'), option('magallanes', 'Magallanes')),
      ];
    },
    values: ['arica', 'valparaiso'],
    typeahead: 'm',
    unknownValues: ['Arica y Parinacota', ' arica', 'ARICA', 'nada'],
    placeholder: 'Seleccione su región',
    constraints: [{ attrs: { required: true }, value: '', key: 'selectValueMissing' }],
  },
  // A group's twin is a set of native inputs with one name in a <fieldset> (choice-group-checks.ts).
  'cor-checkboxes': {
    kind: 'checkbox-group',
    native: () => document.createElement('fieldset'),
    item: 'cor-checkbox',
    own: { legend: 'Grupo' },
    values: ['salud', 'educación', 'vivienda y barrio'],
  },
  'cor-radios': {
    kind: 'radio-group',
    native: () => document.createElement('fieldset'),
    item: 'cor-radio',
    own: { legend: 'Grupo' },
    values: ['soltero', 'casado', 'conviviente civil'],
  },
  'cor-button': {
    kind: 'button',
    native: () => document.createElement('button'), // type=submit by default, as cor-button
    text: 'Enviar',
  },
  'cor-claveunica-button': {
    kind: 'button',
    // Without href, a submit button (it extends cor-button); its text is its own, not slotted.
    native: () => document.createElement('button'),
    text: 'Iniciar sesión con ClaveÚnica',
  },
};
