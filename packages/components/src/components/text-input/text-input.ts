import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorFormControl, toText } from '../../core/form-control.js';
import { hostStyles } from '../../core/cor-element.js';
import { SlotController } from '../../core/slot-controller.js';
import { inputStyles } from '../../core/input.styles.js';
import { textInputStyles } from './text-input.styles.js';

export const TEXT_INPUT_TYPES = ['text', 'email', 'tel', 'url', 'search', 'number'] as const;
export type TextInputType = (typeof TEXT_INPUT_TYPES)[number];

export const TEXT_INPUT_WIDTHS = [
  'full',
  'three-quarters',
  'two-thirds',
  'one-half',
  'one-third',
  'one-quarter',
  '30',
  '20',
  '10',
  '5',
  '4',
  '3',
  '2',
] as const;
export type TextInputWidth = (typeof TEXT_INPUT_WIDTHS)[number];

const INPUT_MODES = [
  'none',
  'text',
  'decimal',
  'numeric',
  'tel',
  'search',
  'email',
  'url',
] as const;

/** HTML's "valid floating-point number": what a number input keeps as its value. */
function isValidFloat(value: string): boolean {
  return /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/.test(value);
}

/** A length attribute as the native input reads it: a whole number ≥ 0, or none. */
function lengthOrNone(value: unknown): number | undefined {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * A single-line text field with its label, hint and error message, for answers such as a name,
 * an email address or an amount. It is a form control in its own right: its value reaches
 * `FormData`, it resets, it follows a disabled `<fieldset>`, Enter submits the form, and its
 * validity API and messages match a native `<input>` in the page's language.
 *
 * @summary Single-line text field with label, hint and error message.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of label, hint, error and input.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 * @csspart prefix - The text before the input (for example `$`).
 * @csspart suffix - The text after the input (for example `kg`).
 *
 * @cssprop --cor-input-background - Background of the input.
 * @cssprop --cor-input-text - Text colour of the input.
 * @cssprop --cor-input-border-color - Border colour of the input.
 * @cssprop --cor-input-border-width - Border width of the input.
 * @cssprop --cor-input-radius - Corner radius of the input.
 * @cssprop --cor-input-min-height - Minimum height of the input.
 * @cssprop --cor-input-error-border-color - Border colour of an input with an error.
 *
 * @fires input - When the person changes the value (from the native input, composed).
 * @fires change - When the person commits a change (re-dispatched from the native input).
 * @fires invalid - When a validity check fails, as on a native input.
 */
export class CorTextInput extends CorFormControl {
  static override styles = [hostStyles, fieldStyles, focusRing, inputStyles, textInputStyles];

  /** The question the field answers. Required (by attribute or slot) for accessibility. */
  @property() label = '';

  /** Help under the label, such as an example of the expected format. */
  @property() hint = '';

  /**
   * The kind of data: `text` (default), `email`, `tel`, `url`, `search` or `number`. Unknown
   * values fall back to `text`.
   */
  @property() type: TextInputType = 'text';

  /** Width by characters (`2`, `3`, `4`, `5`, `10`, `20`, `30`) or fluid (`full` default, `three-quarters`, `two-thirds`, `one-half`, `one-third`, `one-quarter`). */
  @property({ reflect: true }) width: TextInputWidth = 'full';

  /** The person cannot edit the value; it is still submitted and focusable. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /** The autofill hint passed to the native input, for example `email` or `given-name`. */
  @property() autocomplete: string | undefined;

  /** The virtual keyboard to show: `none`, `text`, `decimal`, `numeric`, `tel`, `search`, `email`, `url`. */
  @property({ attribute: 'inputmode' }) override inputMode = '';

  /** Whether the browser may check spelling (`spellcheck="false"` turns it off). */
  @property({
    attribute: 'spellcheck',
    converter: { fromAttribute: (value) => value !== 'false' },
  })
  override spellcheck = true;

  /** Minimum number of characters (checked once the person edits, as natively). */
  @property({ attribute: 'minlength' }) minLength: number | string | undefined;

  /** Maximum number of characters; the person cannot type more. */
  @property({ attribute: 'maxlength' }) maxLength: number | string | undefined;

  /** A regular expression the whole value must match. */
  @property() pattern: string | undefined;

  /** Minimum value for `type="number"`. */
  @property() min: string | undefined;

  /** Maximum value for `type="number"`. */
  @property() max: string | undefined;

  /** Granularity for `type="number"`. */
  @property() step: string | undefined;

  /** Text shown before the input, such as `$`. */
  @property({ attribute: 'prefix' }) prefixText = '';

  /** Text shown after the input, such as `kg`. */
  @property({ attribute: 'suffix' }) suffixText = '';

  private readonly slots = new SlotController(this, ['label', 'hint']);

  protected get validationTarget(): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('input') ?? null;
  }

  protected override get barredFromValidation(): boolean {
    return this.readOnly;
  }

  /** What a native input of this type keeps of a value (HTML value sanitization). */
  protected override sanitize(value: string): string {
    const type = TEXT_INPUT_TYPES.includes(this.type) ? this.type : 'text';
    const oneLine = value.replace(/[\r\n]/g, '');
    if (type === 'email' || type === 'url')
      return oneLine.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    if (type === 'number') return isValidFloat(oneLine) ? oneLine : '';
    return oneLine;
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
    const type = this.oneOf('type', this.type, TEXT_INPUT_TYPES, 'text');
    const width = this.oneOf('width', toText(this.width), TEXT_INPUT_WIDTHS, 'full');
    const inputMode = INPUT_MODES.includes(this.inputMode as (typeof INPUT_MODES)[number])
      ? this.inputMode
      : undefined;
    const error = this.visibleError;
    const parts: FieldParts = {
      controlId: 'control',
      label: toText(this.label),
      hint: toText(this.hint),
      hasHintSlot: this.slots.has('hint'),
      error,
      errorPrefix: this.localize.term('errorPrefix'),
    };
    const prefix = toText(this.prefixText);
    const suffix = toText(this.suffixText);
    const rowClass = [
      'input-row',
      `width-${width}`,
      /^\d+$/.test(width) && 'fixed',
      prefix && 'has-prefix',
      suffix && 'has-suffix',
    ]
      .filter(Boolean)
      .join(' ');
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        <div class=${rowClass}>
          ${
            prefix
              ? html`<span part="prefix" id="prefix" class="affix" aria-hidden="true"
                  >${prefix}</span
                >`
              : nothing
          }
          <input
            part="control"
            id="control"
            class="input focus-ring"
            type=${type}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readOnly}
            ?required=${this.required}
            name=${ifDefined(this.name || undefined)}
            .autocomplete=${(this.autocomplete ?? '') as AutoFill}
            inputmode=${ifDefined(inputMode)}
            spellcheck=${this.spellcheck ? 'true' : 'false'}
            minlength=${ifDefined(lengthOrNone(this.minLength))}
            maxlength=${ifDefined(lengthOrNone(this.maxLength))}
            pattern=${ifDefined(this.pattern || undefined)}
            min=${ifDefined(type === 'number' ? this.min || undefined : undefined)}
            max=${ifDefined(type === 'number' ? this.max || undefined : undefined)}
            step=${ifDefined((type === 'number' ? this.step || undefined : undefined) as number | undefined)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(
              describedBy(parts, prefix && 'prefix', suffix && 'suffix') || undefined,
            )}
            @input=${this.onInput}
            @change=${this.onChange}
            @keydown=${this.submitOnEnter}
          />
          ${
            suffix
              ? html`<span part="suffix" id="suffix" class="affix" aria-hidden="true"
                  >${suffix}</span
                >`
              : nothing
          }
        </div>
      </div>
    `;
  }

  private onInput(event: Event): void {
    this.takeValueFrom(event.target as HTMLInputElement);
  }

  private onChange(event: Event): void {
    this.takeValueFrom(event.target as HTMLInputElement);
    this.markInteracted();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
