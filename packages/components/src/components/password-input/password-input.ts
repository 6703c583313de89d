import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorFormControl, toText } from '../../core/form-control.js';
import { hostStyles } from '../../core/cor-element.js';
import { SlotController } from '../../core/slot-controller.js';
import { inputStyles } from '../../core/input.styles.js';
import { passwordInputStyles } from './password-input.styles.js';
import { passwordInputStrings } from '../../i18n/strings/password-input.js';

export const PASSWORD_AUTOCOMPLETE = ['current-password', 'new-password'] as const;
export type PasswordAutocomplete = (typeof PASSWORD_AUTOCOMPLETE)[number];

/** A length attribute as the native input reads it: a whole number ≥ 0, or none. */
function lengthOrNone(value: unknown): number | undefined {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/**
 * A password field with its label, hint and error message, and a button that shows and hides
 * the password, as GOV.UK Frontend's password input. The button says «Mostrar» / «Ocultar»
 * («Mostrar contraseña» / «Ocultar contraseña» to assistive technology) and each change is
 * announced («Su contraseña está visible» / «Su contraseña está oculta»). The password is
 * hidden again when the form is submitted or reset, and when the page comes back from the
 * browser's back/forward cache, so it is never left visible on the next page nor sent to the
 * browser's autofill history as plain text.
 *
 * The value behaves like a native `<input type="password">`: line breaks are dropped, and
 * the browser never keeps it for back/forward restore. Pasting is always allowed.
 *
 * @summary Password field with a show/hide button, label, hint and error message.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of label, hint, error, input and button.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<input>`.
 * @csspart toggle - The show/hide `<button>`.
 *
 * @cssprop --cor-input-background - Background of the input.
 * @cssprop --cor-input-text - Text colour of the input.
 * @cssprop --cor-input-border-color - Border colour of the input.
 * @cssprop --cor-input-border-width - Border width of the input.
 * @cssprop --cor-input-radius - Corner radius of the input.
 * @cssprop --cor-input-min-height - Minimum height of the input and the button.
 * @cssprop --cor-input-error-border-color - Border colour of an input with an error.
 * @cssprop --cor-button-secondary-background - Background of the show/hide button.
 * @cssprop --cor-button-secondary-text - Text colour of the show/hide button.
 *
 * @fires input - When the person changes the value (from the native input, composed).
 * @fires change - When the person commits a change (re-dispatched from the native input).
 * @fires invalid - When a validity check fails, as on a native input.
 */
export class CorPasswordInput extends CorFormControl {
  protected static override strings = passwordInputStrings;

  static override styles = [hostStyles, fieldStyles, focusRing, inputStyles, passwordInputStyles];

  /** The question the field answers, such as «Contraseña». Required (by attribute or slot). */
  @property() label = '';

  /** Help under the label, such as the rules a new password must follow. */
  @property() hint = '';

  /** The person cannot edit the value; it is still submitted, focusable and can be shown. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /**
   * `current-password` (default) to sign in with an existing password, or `new-password` when
   * the person chooses one (password managers then offer to generate it). Unknown values fall
   * back to `current-password`.
   */
  @property() autocomplete: PasswordAutocomplete = 'current-password';

  /** Minimum number of characters (checked once the person edits, as natively). */
  @property({ attribute: 'minlength' }) minLength: number | string | undefined;

  /** Maximum number of characters; the person cannot type more. */
  @property({ attribute: 'maxlength' }) maxLength: number | string | undefined;

  /** A regular expression the whole value must match. */
  @property() pattern: string | undefined;

  /**
   * Shows the password as plain text. The button changes it; it goes back to hidden when the
   * form is submitted or reset. Not reflected: the attribute only sets the first state.
   */
  @property({ type: Boolean, attribute: 'password-visible' }) passwordVisible = false;

  /**
   * The text of the live region: empty until the password is first shown or hidden. Kept as
   * said, so a later change of language does not announce it again.
   */
  @state() private announcement = '';

  private readonly slots = new SlotController(this, ['label', 'hint']);

  /** The person typed since the last reset: leaving the input then counts as an interaction. */
  private typed = false;

  constructor() {
    super();
    // As GOV.UK: the password is not left visible on the next page, and the browser does not
    // store a visible (type=text) field in its autofill history.
    this.listenToForm('submit', () => this.hidePassword());
  }

  protected get validationTarget(): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('input') ?? null;
  }

  protected override get barredFromValidation(): boolean {
    return this.readOnly;
  }

  /** As a native password input: line breaks are dropped, nothing else changes. */
  protected override sanitize(value: string): string {
    return value.replace(/[\r\n]/g, '');
  }

  /** As a native password input: the value is submitted but never kept for history restore. */
  protected override writeFormValue(): void {
    super.writeFormValue();
    this.internals.setFormValue(this.value, null);
  }

  /** History restore is refused (browsers keep no password state); autofill is taken. */
  override formStateRestoreCallback(
    state: string | File | FormData | null,
    reason?: 'restore' | 'autocomplete',
  ): void {
    if (reason === 'autocomplete' && typeof state === 'string') this.value = state;
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.typed = false;
    this.hidePassword();
  }

  /**
   * Focuses the password input, as `input.focus()` does, also when the show/hide button has
   * focus (a delegating host keeps focus where it is inside it).
   */
  override focus(options?: FocusOptions): void {
    if (this.isDisabled) return;
    const input = this.validationTarget;
    if (input) input.focus(options);
    else super.focus(options);
  }

  /** Selects the whole text, as `input.select()` does. */
  select(): void {
    this.validationTarget?.select();
  }

  private hidePassword(): void {
    this.passwordVisible = false;
  }

  /** A page restored from the back/forward cache shows the password hidden. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.hidePassword();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pageshow', this.onPageShow);
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('autocomplete')) {
      this.oneOf('autocomplete', this.autocomplete, PASSWORD_AUTOCOMPLETE, 'current-password');
    }
    // Announced only when it changes after the first render (the live region exists by then).
    const was = Boolean(changed.get('passwordVisible'));
    if (
      this.hasUpdated &&
      changed.has('passwordVisible') &&
      was !== Boolean(this.passwordVisible)
    ) {
      this.announcement = this.localize.term(
        this.passwordVisible ? 'passwordShownAnnouncement' : 'passwordHiddenAnnouncement',
      );
    }
  }

  protected override render() {
    const error = this.visibleError;
    const visible = Boolean(this.passwordVisible);
    const autocomplete = PASSWORD_AUTOCOMPLETE.includes(this.autocomplete)
      ? this.autocomplete
      : 'current-password';
    const parts: FieldParts = {
      controlId: 'control',
      label: toText(this.label),
      hint: toText(this.hint),
      hasHintSlot: this.slots.has('hint'),
      error,
      errorPrefix: this.localize.term('errorPrefix'),
    };
    const described = describedBy(parts);
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        <div class="input-row password-row">
          <input
            part="control"
            id="control"
            class="input focus-ring"
            type=${visible ? 'text' : 'password'}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readOnly}
            ?required=${this.required}
            name=${ifDefined(this.name || undefined)}
            autocomplete=${autocomplete}
            spellcheck="false"
            autocapitalize="none"
            minlength=${ifDefined(lengthOrNone(this.minLength))}
            maxlength=${ifDefined(lengthOrNone(this.maxLength))}
            pattern=${ifDefined(this.pattern || undefined)}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(described || undefined)}
            @input=${this.onInput}
            @change=${this.onChange}
            @blur=${this.onBlur}
            @keydown=${this.submitOnEnter}
          />
          <button
            part="toggle"
            class="toggle focus-ring"
            type="button"
            aria-controls="control"
            aria-label=${this.localize.term(visible ? 'passwordHideLabel' : 'passwordShowLabel')}
            ?disabled=${this.isDisabled}
            @click=${this.onToggle}
          >
            ${this.localize.term(visible ? 'passwordHide' : 'passwordShow')}
          </button>
        </div>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  private onToggle(): void {
    this.passwordVisible = !this.passwordVisible;
  }

  private onInput(event: Event): void {
    this.typed = true;
    this.takeValueFrom(event.target as HTMLInputElement);
  }

  /**
   * Leaving the input for the show/hide button is leaving the field, as a native input's blur
   * (the host's own focusout does not fire: focus stays inside it).
   */
  private onBlur(): void {
    if (this.typed) this.markInteracted();
  }

  private onChange(event: Event): void {
    this.takeValueFrom(event.target as HTMLInputElement);
    this.markInteracted();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
