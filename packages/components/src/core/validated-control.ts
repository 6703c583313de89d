import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { CorFormAssociated } from './form-associated.js';
import type { ValidityFlags } from './validation-messages.js';

/** Turns whatever a page or framework assigns into the text a control holds. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** What is wrong with a control's value: the flags, the message, and the part to anchor on. */
export interface ConstraintFailure {
  flags: ValidityFlags;
  message: string;
  anchor?: HTMLElement;
}

/**
 * The validity core of every form control, whatever its value is (a text, a pair of codes, a
 * set of files): the full validity API in the element's language, `required`, a server-side
 * `error`, `setCustomValidity()`, and `:state(user-invalid)` only after the person changed the
 * value and left it or tried to submit the form — never because a script asked.
 *
 * Subclasses say what their value submits (`writeFormValue`) and what is wrong with it
 * (`constraintFailure`); this class keeps the form state in step after every change.
 */
export abstract class CorValidatedControl extends CorFormAssociated {
  /** The person must fill in the control before the form can be submitted. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * An error message from the service (for example after server-side validation). It is shown
   * and announced exactly like a client-side message, and it marks the control invalid for
   * assistive technology, but it does not block submission: the server decides again.
   */
  @property() error = '';

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

  /** Hands the current value to the form (`internals.setFormValue`) and to the inner controls. */
  protected abstract writeFormValue(): void;

  /** The constraint the value breaks now (required, a type, a range…), or null. */
  protected abstract constraintFailure(): ConstraintFailure | null;

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

  // ----- For subclasses -----

  /** Call when the person commits a change (the native `change` event). */
  protected markInteracted(): void {
    if (this.interacted) return;
    this.interacted = true;
    this.syncFormState();
    this.requestUpdate();
  }

  /** Call when the person edits the value: leaving the control then counts as an interaction. */
  protected markEdited(): void {
    this.edited = true;
  }

  /** Call from `formResetCallback`: the person's interaction is forgotten, as natively. */
  protected forgetInteraction(): void {
    this.interacted = false;
    this.edited = false;
  }

  override requestUpdate(...args: Parameters<CorFormAssociated['requestUpdate']>): void {
    super.requestUpdate(...args);
    // The form value and validity follow every change at once, not at the next render, so
    // FormData and checkValidity() right after a property change see it, as with native inputs.
    if (this.internals) this.syncFormState();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The native controls have now received the new attributes: read their validity again,
    // and render once more in the rare case that changed the message on screen.
    const shown = this.visibleError;
    this.syncFormState();
    if (this.visibleError !== shown) this.requestUpdate();
  }

  /** Renders now if a render is pending, so validity reflects the latest attributes. */
  private flush(): void {
    if (this.isUpdatePending && this.hasUpdated) this.performUpdate();
  }

  protected syncFormState(): void {
    this.writeFormValue();
    this.internals.states?.delete('user-invalid');
    if (this.barredFromValidation) {
      this.internals.setValidity({});
      return;
    }
    const failure = this.constraintFailure();
    const flags: ValidityFlags = { ...failure?.flags };
    let message = failure?.message ?? '';
    if (this.customMessage) {
      flags.customError = true;
      message = this.customMessage;
    }
    if (Object.keys(flags).length === 0) {
      this.internals.setValidity({});
    } else {
      this.internals.setValidity(flags, message || ' ', failure?.anchor);
    }
    if (this.userInvalid) this.internals.states?.add('user-invalid');
  }
}
