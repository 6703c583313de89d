import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatPhoneCL, normalizePhoneCL, validatePhoneCL } from '../../chile/phone.js';
import { hostStyles } from '../../core/cor-element.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorFormControl, toText } from '../../core/form-control.js';
import { SlotController } from '../../core/slot-controller.js';
import type { ValidityFlags } from '../../core/validation-messages.js';
// The input box, its +56 box and their borders are the text input's: one look for every field.
import { inputStyles } from '../../core/input.styles.js';
import { phoneInputStyles } from './phone-input.styles.js';
import { phoneInputStrings } from '../../i18n/strings/phone-input.js';

/** The autofill hint used when the `autocomplete` attribute is absent or empty. */
const DEFAULT_AUTOCOMPLETE = 'tel-national';

/**
 * A field for a Chilean phone number, mobile or landline, with its label, hint and error
 * message. The `+56` is shown before the box, so the person types the nine digits as they know
 * them — with or without spaces, dashes, parentheses or the `+56` itself. Nothing is rewritten
 * while they type; when they leave the field, a valid number is shown grouped (`9 1234 5678`).
 *
 * The form receives the number in E.164 form (`+56912345678`), whatever the spacing; a number
 * that is not valid is submitted as typed, so nothing the person wrote is lost. The `value`
 * property is the text in the box, as for a native input; `normalizePhoneCL(el.value)` from
 * `@cordillera/components/chile.js` gives the E.164 form.
 *
 * A number is valid with nine digits after +56 and a first digit from 2 to 9 (mobiles start
 * with 9, Santiago with 2, other area codes with 3 to 7); 600 and 800 service numbers and
 * other countries' numbers are refused. The messages come from the catalogue, in the element's
 * language.
 *
 * @summary Field for a Chilean phone number: +56 prefix, E.164 value.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of label, hint, error and input.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<input type="tel">`.
 * @csspart prefix - The `+56` box before the input.
 *
 * @cssprop --cor-input-background - Background of the input.
 * @cssprop --cor-input-text - Text colour of the input.
 * @cssprop --cor-input-border-color - Border colour of the input and the `+56` box.
 * @cssprop --cor-input-border-width - Border width of the input and the `+56` box.
 * @cssprop --cor-input-radius - Corner radius of the input.
 * @cssprop --cor-input-min-height - Minimum height of the input.
 * @cssprop --cor-input-error-border-color - Border colour of an input with an error.
 *
 * @fires input - When the person changes the value (from the native input, composed).
 * @fires change - When the person commits a change, after a valid number was regrouped.
 * @fires invalid - When a validity check fails, as on a native input.
 */
export class CorPhoneInput extends CorFormControl {
  protected static override strings = phoneInputStrings;

  static override styles = [hostStyles, fieldStyles, focusRing, inputStyles, phoneInputStyles];

  /** The question the field answers. Required (by attribute or slot) for accessibility. */
  @property() label = '';

  /** Help under the label, such as an example: `Por ejemplo, 9 1234 5678`. */
  @property() hint = '';

  /** The person cannot edit the value; it is still submitted and focusable. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /**
   * The autofill hint passed to the native input: `tel-national` by default (the number without
   * the country code, which the `+56` box already shows). `tel` also works: a `+56` number is
   * read the same. `off` turns autofill and back/forward restore off.
   */
  @property() autocomplete: string | undefined = DEFAULT_AUTOCOMPLETE;

  private readonly slots = new SlotController(this, ['label', 'hint']);

  protected get validationTarget(): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('input') ?? null;
  }

  protected override get barredFromValidation(): boolean {
    return this.readOnly;
  }

  /** What a native `<input type="tel">` keeps of a value: everything but line breaks. */
  protected override sanitize(value: string): string {
    return value.replace(/[\r\n]/g, '');
  }

  /** A number that is not a valid Chilean phone number (an empty field is `required`'s business). */
  protected override extraValidity(): { flags: ValidityFlags; message: string } | null {
    const value = this.value;
    if (value === '') return null;
    const result = validatePhoneCL(value);
    if (result.valid) return null;
    const key = result.reason === 'length' ? 'phoneLength' : 'phoneInvalid';
    return { flags: { typeMismatch: true }, message: this.localize.term(key) };
  }

  /** The form gets the E.164 form of a valid number; anything else as typed. */
  protected override syncFormState(): void {
    super.syncFormState();
    const value = this.value;
    const e164 = normalizePhoneCL(value);
    if (e164 === null || e164 === value) return;
    // The state kept for back/forward restore is what the person typed, as on screen.
    const keep = this.getAttribute('autocomplete')?.trim().toLowerCase() !== 'off';
    this.internals.setFormValue(e164, keep ? value : null);
  }

  /** Selects the whole text, as `input.select()` does. */
  select(): void {
    this.validationTarget?.select();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
  }

  protected override render() {
    const error = this.visibleError;
    const parts: FieldParts = {
      controlId: 'control',
      label: toText(this.label),
      hint: toText(this.hint),
      hasHintSlot: this.slots.has('hint'),
      error,
      errorPrefix: this.localize.term('errorPrefix'),
    };
    const autocomplete = toText(this.autocomplete).trim() || DEFAULT_AUTOCOMPLETE;
    // The +56 box is decoration for sighted people and part of the description for the others
    // (as text-input's prefix): the accessible name stays the label alone.
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        <div class="input-row fixed width-20 has-prefix">
          <span part="prefix" id="prefix" class="affix" aria-hidden="true">+56</span>
          <input
            part="control"
            id="control"
            class="input focus-ring"
            type="tel"
            inputmode="tel"
            spellcheck="false"
            ?disabled=${this.isDisabled}
            ?readonly=${this.readOnly}
            ?required=${this.required}
            name=${ifDefined(this.name || undefined)}
            .autocomplete=${autocomplete as AutoFill}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(parts, 'prefix')}
            @input=${this.onInput}
            @change=${this.onChange}
            @keydown=${this.submitOnEnter}
          />
        </div>
      </div>
    `;
  }

  private onInput(event: Event): void {
    // Never rewritten while typing: the caret and what the person typed stay where they are.
    this.takeValueFrom(event.target as HTMLInputElement);
  }

  private onChange(event: Event): void {
    this.takeValueFrom(event.target as HTMLInputElement);
    // The person has left the field (or committed it): a valid number is shown grouped, in the
    // national form next to the +56 box. An invalid one stays exactly as typed.
    const grouped = formatPhoneCL(this.value, { national: true });
    if (grouped !== null && grouped !== this.value) this.value = grouped;
    this.markInteracted();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
