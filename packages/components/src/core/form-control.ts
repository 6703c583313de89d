import { property } from 'lit/decorators.js';
import { submitImplicitly } from './implicit-submit.js';
import { type ConstraintFailure, CorValidatedControl, toText } from './validated-control.js';
import {
  type ConstraintSource,
  VALIDITY_FLAGS,
  type ValidityFlags,
  messageFor,
} from './validation-messages.js';

export { toText } from './validated-control.js';

/** The native controls a component can render inside and take its constraints from. */
export type NativeControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The form-associated core of every control with a text value. It behaves like a native
 * `<input>`: the `value` attribute is the default value, the `value` property is the current
 * one; reset, state restore and disabled fieldsets work; the validity API (from
 * CorValidatedControl) is complete and speaks the element's language.
 *
 * Subclasses render a native control and return it from `validationTarget`; its own
 * validity (required, pattern, type…) is mirrored onto the host.
 */
export abstract class CorFormControl extends CorValidatedControl {
  /**
   * The initial value, as the `value` attribute of a native input: `form.reset()` returns to it.
   * @attr value
   */
  @property({ attribute: 'value', reflect: true }) defaultValue = '';

  private dirtyValue: string | undefined;

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

  // ----- Form lifecycle callbacks -----

  formResetCallback(): void {
    const old = this.value;
    this.dirtyValue = undefined;
    this.forgetInteraction();
    this.requestUpdate('value', old);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    // autocomplete="off" asks the browser not to keep the value, so it is not restored either.
    if (this.getAttribute('autocomplete')?.trim().toLowerCase() === 'off') return;
    if (typeof state === 'string') this.value = state;
  }

  // ----- For subclasses -----

  /** Call from the inner control's `input` event: the person typed, so the value is dirty. */
  protected takeValueFrom(control: { value: string }): void {
    this.markEdited();
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

  protected writeFormValue(): void {
    const value = this.value;
    // Saved state for back/forward restore; none when autocomplete="off", as natively.
    const keep = this.getAttribute('autocomplete')?.trim().toLowerCase() !== 'off';
    this.internals.setFormValue(value, keep ? value : null);
    const target = this.validationTarget;
    // The one place the inner control gets its value (not a template binding): writing it only
    // when it differs keeps the caret and the browser's "edited by the user" flag that
    // tooShort/tooLong depend on.
    if (target && target.value !== value) target.value = value;
  }

  protected constraintFailure(): ConstraintFailure | null {
    const value = this.value;
    const target = this.validationTarget;
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
    if (Object.keys(flags).length === 0) return null;
    return { flags, message, anchor: target ?? undefined };
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
