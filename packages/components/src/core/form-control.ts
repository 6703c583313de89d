import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CorFormAssociated } from './form-associated.js';
import { submitImplicitly } from './implicit-submit.js';
import {
  type ConstraintSource,
  VALIDITY_FLAGS,
  type ValidityFlags,
  messageFor,
} from './validation-messages.js';

/** The native controls a component can render inside and take its constraints from. */
export type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Turns whatever a page or framework assigns into the text a control holds. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/**
 * The form-associated core of every control with a text value. It behaves like a native
 * `<input>`: the `value` attribute is the default value, the `value` property is the current
 * one; reset, state restore and disabled fieldsets work; the validity API is complete and
 * speaks the element's language; and `:state(user-invalid)` is set only after the person
 * changed the value or tried to submit the form.
 *
 * Subclasses render a native control and return it from `validationTarget`; its own
 * validity (required, pattern, type…) is mirrored onto the host.
 */
export abstract class CorFormControl extends CorFormAssociated {
  /**
   * The initial value, as the `value` attribute of a native input: `form.reset()` returns to it.
   * @attr value
   */
  @property({ attribute: 'value', reflect: true }) defaultValue = '';

  /** The person must fill in the control before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * An error message from the service (for example after server-side validation). It is shown
   * and announced exactly like a client-side message, and it marks the control invalid for
   * assistive technology, but it does not block submission: the server decides again.
   */
  @property() error = '';

  private dirtyValue: string | undefined;
  private customMessage = '';
  private interacted = false;
  private edited = false;
  private checkingQuietly = false;

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      // A failed submit is the moment errors may start to show.
      if (!this.checkingQuietly) this.markInteracted();
    });
    // A submit that passed validation (or a novalidate form) also counts as an attempt.
    this.listenToForm('submit', () => this.markInteracted(), true);
    // As natively, an edit counts once the person leaves the field, even if they undid it.
    this.addEventListener('focusout', () => {
      if (this.edited) this.markInteracted();
    });
  }

  /** The current value. Setting it marks the control as changed, as for a native input. */
  // Declared (without an accessor of Lit's) so a value set before the element is defined is kept.
  @property({ attribute: false, noAccessor: true })
  get value(): string {
    return this.sanitize(this.dirtyValue ?? toText(this.defaultValue));
  }
  set value(value: unknown) {
    const old = this.value;
    this.dirtyValue = toText(value);
    this.requestUpdate('value', old);
  }

  /** The native control whose constraints (required, pattern, type…) the host reports. */
  protected abstract get validationTarget(): NativeControl | null;

  /** Extra constraint failures a component adds on top of the native control's (e.g. a RUT). */
  protected extraValidity(): { flags: ValidityFlags; message: string } | null {
    return null;
  }

  /**
   * The value sanitization of the native twin (HTML's "value sanitization algorithm"): for
   * example an input strips line breaks. The value property and FormData both get the result.
   */
  protected sanitize(value: string): string {
    return value;
  }

  /** True while the control is excluded from validation (readonly, like a native input). */
  protected get barredFromValidation(): boolean {
    return false;
  }

  // ----- Validity API, as on native controls -----

  get validity(): ValidityState {
    this.flush();
    return this.internals.validity;
  }
  get validationMessage(): string {
    this.flush();
    return this.willValidate ? this.internals.validationMessage : '';
  }
  get willValidate(): boolean {
    return this.internals.willValidate && !this.barredFromValidation;
  }
  checkValidity(): boolean {
    return this.quietly(() => this.internals.checkValidity());
  }
  reportValidity(): boolean {
    return this.quietly(() => this.internals.reportValidity());
  }

  /** A script asking is not the person trying: its `invalid` events start no error display. */
  private quietly(check: () => boolean): boolean {
    this.flush();
    this.checkingQuietly = true;
    try {
      return check();
    } finally {
      this.checkingQuietly = false;
    }
  }
  setCustomValidity(message: string): void {
    this.customMessage = toText(message);
    this.syncFormState();
  }

  /** Invalid after the person interacted or tried to submit; drives `:state(user-invalid)`. */
  get userInvalid(): boolean {
    return this.interacted && this.willValidate && !this.internals.validity.valid;
  }

  /** The message to show under the label: the service's `error`, else the browser's verdict. */
  protected get visibleError(): string {
    const error = toText(this.error).trim();
    if (error) return error;
    return this.userInvalid ? this.internals.validationMessage : '';
  }

  // ----- Form lifecycle callbacks -----

  formResetCallback(): void {
    const old = this.value;
    this.dirtyValue = undefined;
    this.interacted = false;
    this.edited = false;
    this.requestUpdate('value', old);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    // autocomplete="off" asks the browser not to keep the value, so it is not restored either.
    if (this.getAttribute('autocomplete')?.trim().toLowerCase() === 'off') return;
    if (typeof state === 'string') this.value = state;
  }

  // ----- For subclasses -----

  /** Call when the person commits a change (the native `change` event). */
  protected markInteracted(): void {
    if (this.interacted) return;
    this.interacted = true;
    this.syncFormState();
    this.requestUpdate();
  }

  /** Call from the inner control's `input` event: the person typed, so the value is dirty. */
  protected takeValueFrom(control: { value: string }): void {
    this.edited = true;
    this.value = control.value;
  }

  /** Call from the inner control's Enter keydown: submits the way a native field does. */
  protected submitOnEnter(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    if (this.form) {
      event.preventDefault();
      submitImplicitly(this.form);
    }
  }

  override requestUpdate(...args: Parameters<CorFormAssociated['requestUpdate']>): void {
    super.requestUpdate(...args);
    // The form value and validity follow every change at once, not at the next render, so
    // FormData and checkValidity() right after a property change see it, as with native inputs.
    if (this.internals) this.syncFormState();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The native control has now received the new attributes: read its validity again, and
    // render once more in the rare case that changed the message on screen.
    const shown = this.visibleError;
    this.syncFormState();
    if (this.visibleError !== shown) this.requestUpdate();
  }

  /** Renders now if a render is pending, so validity reflects the latest attributes. */
  private flush(): void {
    if (this.isUpdatePending && this.hasUpdated) this.performUpdate();
  }

  protected syncFormState(): void {
    const value = this.value;
    // Saved state for back/forward restore; none when autocomplete="off", as natively.
    const keep = this.getAttribute('autocomplete')?.trim().toLowerCase() !== 'off';
    this.internals.setFormValue(value, keep ? value : null);
    const target = this.validationTarget;
    // The one place the inner control gets its value (not a template binding): writing it only
    // when it differs keeps the caret and the browser's "edited by the user" flag that
    // tooShort/tooLong depend on.
    if (target && target.value !== value) target.value = value;

    this.internals.states?.delete('user-invalid');
    if (this.barredFromValidation) {
      this.internals.setValidity({});
      return;
    }
    const flags: ValidityFlags = {};
    if (target) {
      for (const flag of VALIDITY_FLAGS) if (target.validity[flag]) flags[flag] = true;
    } else if (this.required && value === '') {
      flags.valueMissing = true;
    }
    let message = '';
    const found = messageFor(flags, this.constraintSource(target, value));
    if (found) message = this.localize.term(found.key, found.params);
    const extra = found ? null : this.extraValidity();
    if (extra) {
      Object.assign(flags, extra.flags);
      message = extra.message;
    }
    if (this.customMessage) {
      flags.customError = true;
      message = this.customMessage;
    }
    if (Object.keys(flags).length === 0) {
      this.internals.setValidity({});
    } else {
      this.internals.setValidity(flags, message || ' ', target ?? undefined);
    }
    if (this.userInvalid) this.internals.states?.add('user-invalid');
  }

  private constraintSource(target: NativeControl | null, value: string): ConstraintSource {
    if (!target) return { value };
    return {
      value,
      type: target.type,
      ...('minLength' in target
        ? { minLength: target.minLength, maxLength: target.maxLength }
        : {}),
      ...('min' in target ? { min: target.min, max: target.max, step: target.step } : {}),
    };
  }
}
