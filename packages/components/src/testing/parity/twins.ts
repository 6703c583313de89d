// THE one place that says which native element each form-associated Cordillera element must
// behave like. The parity suite finds every form-associated element in custom-elements.json and
// fails for any that has no twin here (or an exemption in ../exemptions.ts).
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
