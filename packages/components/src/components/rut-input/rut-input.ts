import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  RUT_FORMATS,
  formatRut,
  validateRut,
  type RutFormat,
  type RutInvalidReason,
  type RutValidation,
} from '../../chile/rut.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorFormControl, toText } from '../../core/form-control.js';
import { hostStyles } from '../../core/cor-element.js';
import { SlotController } from '../../core/slot-controller.js';
import type { ValidityFlags } from '../../core/validation-messages.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { inputStyles } from '../../core/input.styles.js';
import { rutInputStyles } from './rut-input.styles.js';
import { rutInputStrings } from '../../i18n/strings/rut-input.js';

export type { RutFormat } from '../../chile/rut.js';

/** The catalogue message of each reason a non-empty RUT is invalid. */
const MESSAGES: Record<Exclude<RutInvalidReason, 'empty'>, MessageKey> = {
  format: 'rutInvalid',
  length: 'rutInvalid',
  'check-digit': 'rutCheckDigit',
  placeholder: 'rutPlaceholder',
};

/**
 * A field for a Chilean RUT or RUN, with its label, hint and error message. People type the RUT
 * the way they know it — with or without dots, spaces or hyphen, a lowercase `k`, full-width
 * digits, leading zeros — and the field never changes the text while they type, so the caret
 * never moves and no character is refused. When they leave the field after changing it, a valid
 * RUT is shown as `12.345.678-5`; an invalid one is left exactly as typed.
 *
 * Validation: the módulo 11 check digit (`K` for 10, `0` for 11), a number of 1 to 8 digits
 * and, with `reject-placeholders`, no made-up RUT such as 11.111.111-1. These errors set
 * `validity.patternMismatch` (the value does not have the form of a RUT), with a message from
 * the catalogue that says which problem it is; an empty required field sets `valueMissing` with
 * a RUT-specific message. The same rules are exported as pure functions by
 * `@cordillera/components/chile.js` (`validateRut`…) for servers.
 *
 * Value: `value` is the text in the field (as typed, or as reformatted on leaving it);
 * `normalizedValue` is the RUT as `12345678-5` when it is valid, otherwise `''`. The form
 * receives the RUT in the form that `format` names when it is valid, and otherwise what the
 * person typed, so nothing is ever lost.
 *
 * @summary Field for a Chilean RUT/RUN: accepts any way of typing it, checks the check digit.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of label, hint, error and input.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 *
 * @cssprop --cor-input-background - Background of the input.
 * @cssprop --cor-input-text - Text colour of the input.
 * @cssprop --cor-input-border-color - Border colour of the input.
 * @cssprop --cor-input-border-width - Border width of the input.
 * @cssprop --cor-input-radius - Corner radius of the input.
 * @cssprop --cor-input-min-height - Minimum height of the input.
 * @cssprop --cor-input-error-border-color - Border colour of an input with an error.
 * @cssprop --cor-input-char-width - Width given to each of the 12 characters the field fits.
 *
 * @fires input - When the person changes the text (from the native input, composed).
 * @fires change - When the person leaves the field after changing it, after a valid RUT was
 * reformatted (re-dispatched from the native input).
 * @fires invalid - When a validity check fails, as on a native input.
 */
export class CorRutInput extends CorFormControl {
  protected static override strings = rutInputStrings;

  static override styles = [hostStyles, fieldStyles, focusRing, inputStyles, rutInputStyles];

  /** The question the field answers, such as «RUT». Required (by attribute or slot). */
  @property() label = '';

  /**
   * Help under the label, such as «Por ejemplo, 12.345.678-5». None by default: the service
   * knows where the person can find the RUT it asks for.
   */
  @property() hint = '';

  /** The person cannot edit the value; it is still submitted and focusable. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /**
   * How a valid RUT is sent with the form: `plain` `12345678-5` (default), `dots`
   * `12.345.678-5` or `nohyphen` `123456785`. An invalid RUT is always sent as typed. Unknown
   * values fall back to `plain`. It does not change what the field shows.
   */
  @property() format: RutFormat = 'plain';

  /**
   * Refuses made-up RUTs that people type to get past a form: a number of one repeated digit
   * (11.111.111-1, 22.222.222-2…) and 1.234.567, 12.345.678, 9.876.543, 98.765.432.
   */
  @property({ type: Boolean, attribute: 'reject-placeholders' }) rejectPlaceholders = false;

  private readonly slots = new SlotController(this, ['label', 'hint']);

  /** The RUT as `12345678-5` when the field holds a valid RUT, otherwise an empty string. */
  get normalizedValue(): string {
    const result = this.check(this.value);
    return result.valid ? result.normalized : '';
  }

  protected get validationTarget(): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('input') ?? null;
  }

  protected override get barredFromValidation(): boolean {
    return this.readOnly;
  }

  /** As a native text input: line breaks are dropped, nothing else changes. */
  protected override sanitize(value: string): string {
    return value.replace(/[\r\n]/g, '');
  }

  /** Empty (when required) and every RUT error; see the class description for the flags. */
  protected override extraValidity(): { flags: ValidityFlags; message: string } | null {
    // Disabled (itself or by a fieldset), it is barred from validation: valid, as natively.
    if (this.isDisabled) return null;
    const result = this.check(this.value);
    if (result.valid) return null;
    if (result.reason === 'empty') {
      // Also catches a field of spaces, which a native required input would accept.
      return this.required
        ? { flags: { valueMissing: true }, message: this.localize.term('rutValueMissing') }
        : null;
    }
    return {
      flags: { patternMismatch: true },
      message: this.localize.term(MESSAGES[result.reason]),
    };
  }

  /** The form gets the valid RUT in the `format` chosen; anything else exactly as typed. */
  protected override syncFormState(): void {
    super.syncFormState();
    const value = this.value;
    const result = this.check(value);
    if (!result.valid) return;
    const submitted = formatRut(result.normalized, this.submitFormat) ?? value;
    if (submitted === value) return;
    // The saved state (back/forward restore) stays what the field shows, as the core keeps it.
    const keep = this.getAttribute('autocomplete')?.trim().toLowerCase() !== 'off';
    this.internals.setFormValue(submitted, keep ? value : null);
  }

  private check(value: string): RutValidation {
    return validateRut(value, { rejectPlaceholders: Boolean(this.rejectPlaceholders) });
  }

  /** `format`, or `plain` when it is unknown (silently: `willUpdate` warns once). */
  private get submitFormat(): RutFormat {
    return RUT_FORMATS.includes(this.format) ? this.format : 'plain';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('format')) this.oneOf('format', this.format, RUT_FORMATS, 'plain');
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
    const described = describedBy(parts);
    // inputmode="text": the check digit can be a K, which numeric keyboards lack.
    // No maxlength or pattern: a character is never refused while typing.
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        <div class="input-row fixed">
          <input
            part="control"
            id="control"
            class="input focus-ring"
            type="text"
            inputmode="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            ?disabled=${this.isDisabled}
            ?readonly=${this.readOnly}
            aria-required=${ifDefined(this.required ? 'true' : undefined)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(described || undefined)}
            @input=${this.onInput}
            @change=${this.onChange}
            @keydown=${this.submitOnEnter}
          />
        </div>
      </div>
    `;
  }

  private onInput(event: Event): void {
    // Taken as is: rewriting the text while the person types would move the caret.
    this.takeValueFrom(event.target as HTMLInputElement);
  }

  private onChange(event: Event): void {
    this.takeValueFrom(event.target as HTMLInputElement);
    // Leaving the field: a valid RUT is shown in its canonical form, an invalid one as typed.
    const result = this.check(this.value);
    if (result.valid) {
      const canonical = formatRut(result.normalized, 'dots');
      if (canonical && canonical !== this.value) this.value = canonical;
    }
    this.markInteracted();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
