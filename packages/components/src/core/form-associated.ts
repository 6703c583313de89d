import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { CorElement } from './cor-element.js';
import { installFragmentFocus } from './fragment-focus.js';

/**
 * The base of every element that takes part in a form (controls and buttons). It holds the
 * ElementInternals, the `name`, and a `disabled` state that, like a native control's, is in
 * effect synchronously and also follows a disabled `<fieldset>`.
 */
export class CorFormAssociated extends CorElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** ElementInternals: public so that tests and axe can see the form state. */
  readonly internals: ElementInternals;

  /**
   * The name under which the value is submitted with the form. Like a native control's, it
   * is the `name` attribute itself (the browser reads the attribute to build FormData).
   * @attr name
   */
  @property({ noAccessor: true })
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(value: string) {
    const old = this.name;
    // null/undefined remove the attribute (DESIGN §5); checked first so no loop re-sets it.
    if (value === null || value === undefined) this.removeAttribute('name');
    else if (String(value) !== this.getAttribute('name')) this.setAttribute('name', String(value));
    this.requestUpdate('name', old);
  }

  /** The browser's view of the disabled state: own attribute or a disabled `<fieldset>`. */
  private formDisabled = false;
  private disabledValue = false;

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  /**
   * Disables the element: it cannot be focused or used, and its value is not submitted.
   * @attr disabled
   */
  @property({ type: Boolean, noAccessor: true })
  get disabled(): boolean {
    return this.disabledValue;
  }
  set disabled(value: boolean) {
    const old = this.disabledValue;
    this.disabledValue = Boolean(value);
    // Reflected at once, not at the next render: FormData and :disabled read the attribute.
    this.toggleAttribute('disabled', this.disabledValue);
    this.requestUpdate('disabled', old);
  }

  /** The form this element belongs to (its ancestor, or the one named by `form="id"`). */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements that label the host, as for a native control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** As on native controls, an element without `tabindex` reports 0: it is in the Tab order. */
  override get tabIndex(): number {
    return this.hasAttribute('tabindex') ? super.tabIndex : 0;
  }
  override set tabIndex(value: number) {
    // Never throws on odd input (a BigInt or a Symbol would, natively): NaN becomes 0, as ToInt32.
    let n = NaN;
    try {
      n = Number(value);
    } catch {
      // keep NaN
    }
    super.tabIndex = Number.isFinite(n) ? n : 0;
  }

  /** A disabled control cannot take focus, at once (the inner control is disabled on render). */
  override focus(options?: FocusOptions): void {
    if (!this.isDisabled) super.focus(options);
  }

  /** Disabled by its own attribute or by a disabled `<fieldset>`. */
  protected get isDisabled(): boolean {
    return this.disabledValue || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installFragmentFocus();
    this.attachFormListeners(this.internals.form);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attachFormListeners(null);
  }

  /** Called by the browser when the element joins or leaves a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.attachFormListeners(form);
  }

  private readonly formListeners: [string, EventListener, boolean][] = [];
  private listenedForm: HTMLFormElement | null = null;

  /** Keeps a listener on the element's form, moved along when the element changes form. */
  protected listenToForm(type: string, listener: EventListener, capture = false): void {
    this.formListeners.push([type, listener, capture]);
    this.listenedForm?.addEventListener(type, listener, capture);
  }

  private attachFormListeners(form: HTMLFormElement | null): void {
    if (form === this.listenedForm) return;
    for (const [type, listener, capture] of this.formListeners) {
      this.listenedForm?.removeEventListener(type, listener, capture);
      form?.addEventListener(type, listener, capture);
    }
    this.listenedForm = form;
  }

  /** Called by the browser when the element or an ancestor fieldset changes disabled state. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.requestUpdate();
  }

  /**
   * Focuses the element the way an error-summary link should: the inner control gets focus and
   * the label is scrolled into view so the person sees the question, not only the box.
   */
  focusFromLink(): void {
    const label = this.renderRoot.querySelector<HTMLElement>('[part~="label"]');
    (label ?? this).scrollIntoView({ block: 'start' });
    this.focus({ preventScroll: true });
  }
}
