import { property } from 'lit/decorators.js';
import { CorFormAssociated } from './form-associated.js';
import { blocksImplicitSubmission, defaultButtonOf } from './implicit-submit.js';
import { isSafeUrl } from './url.js';

export const BUTTON_TYPES = ['submit', 'reset', 'button'] as const;
export type ButtonType = (typeof BUTTON_TYPES)[number];

/** How long a second click is ignored with `prevent-double-click` (GOV.UK uses one second). */
export const DOUBLE_CLICK_WINDOW_MS = 1000;

const FORM_OVERRIDES = ['formaction', 'formmethod', 'formenctype', 'formtarget'] as const;

/**
 * The behaviour every Cordillera button shares; components add their look (`render`, styles).
 * Inside a form it is a real submit button: it validates and submits the form, its
 * `name`/`value` reach the submitted data, Enter in a field presses it, and `type="reset"`
 * resets the form. With `href` it is a link.
 *
 * The `submit` event's `submitter` is a hidden native button that Cordillera inserts inside
 * this element for the duration of the submission (a custom element cannot be a submitter):
 * `new FormData(form, event.submitter)` works, and `event.submitter.parentElement` is this
 * element.
 */
export class CorSubmitButton extends CorFormAssociated {
  /** `submit` (default: submits its form), `reset` (resets its form) or `button` (does nothing by itself). */
  @property({ reflect: true }) type: ButtonType = 'submit';

  /** Submitted with the form under `name` when this button submits it. */
  @property() value = '';

  /** Makes the element a link. Only https, http, mailto, tel and relative URLs are accepted. */
  @property() href: string | undefined;

  /** Ignores a second click within one second, so a slow connection does not send a form twice. */
  @property({ type: Boolean, attribute: 'prevent-double-click' }) preventDoubleClick = false;

  /** Submits without validating the form, as for a "save as draft" button. */
  @property({ type: Boolean, attribute: 'formnovalidate' }) formNoValidate = false;

  private debounceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    // Registered first, so a disabled or debounced click is stopped before page listeners see it.
    this.addEventListener('click', this.onClick, { capture: true });
    this.listenToForm('keydown', this.onFormKeydown as EventListener);
  }

  /** True when Enter in a field of the form should press this button. */
  get isSubmitButton(): boolean {
    return this.effectiveType === 'submit' && !this.linkHref;
  }

  private get effectiveType(): ButtonType {
    return this.oneOf('type', this.type, BUTTON_TYPES, 'submit');
  }

  /** The `href` when it is safe to render, otherwise undefined (with a development warning). */
  protected get linkHref(): string | undefined {
    if (this.href === undefined || this.href === null) return undefined;
    if (isSafeUrl(this.href)) return this.href;
    this.warn(`href="${String(this.href)}" is not a safe URL and is ignored.`);
    return undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  private onClick = (event: MouseEvent): void => {
    if (this.isDisabled || (this.preventDoubleClick && this.debounceTimer !== undefined)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.preventDoubleClick) {
      this.debounceTimer = setTimeout(() => {
        this.debounceTimer = undefined;
      }, DOUBLE_CLICK_WINDOW_MS);
    }
    const type = this.effectiveType;
    const form = this.form;
    if (this.linkHref !== undefined || type === 'button' || !form) return;
    this.afterDispatch(event, () => (type === 'reset' ? form.reset() : this.submit(form)));
  };

  /**
   * Enter in a native text field of the form presses the form's default button. The browser
   * only knows native buttons, so when the default button is this one, it presses it itself.
   * (Cordillera fields do the same through `submitImplicitly`.)
   */
  private onFormKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !blocksImplicitSubmission(field)) return;
    const form = this.form;
    if (!form || field.form !== form || defaultButtonOf(form) !== this) return;
    event.preventDefault();
    if (!this.isDisabled) this.click();
  };

  /**
   * Runs the button's action once the click has finished its journey, unless a listener
   * cancelled it, as a native button's activation behaviour does. The window is the last stop
   * of a click; the timer covers clicks whose propagation was stopped before reaching it.
   */
  private afterDispatch(event: Event, action: () => void): void {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      window.removeEventListener('click', onWindowClick);
      if (!event.defaultPrevented) action();
    };
    const onWindowClick = (e: Event) => {
      if (e === event) run();
    };
    window.addEventListener('click', onWindowClick);
    setTimeout(run);
  }

  /** Submits `form` with a temporary native submit button carrying this button's data. */
  private submit(form: HTMLFormElement): void {
    const proxy = document.createElement('button');
    proxy.type = 'submit';
    proxy.hidden = true;
    if (this.name) proxy.name = this.name;
    proxy.value = this.value ?? '';
    proxy.formNoValidate = this.formNoValidate;
    const formId = this.getAttribute('form');
    if (formId !== null) proxy.setAttribute('form', formId);
    for (const attribute of FORM_OVERRIDES) {
      const value = this.getAttribute(attribute);
      if (value !== null && (attribute !== 'formaction' || isSafeUrl(value))) {
        proxy.setAttribute(attribute, value);
      }
    }
    this.append(proxy);
    try {
      form.requestSubmit(proxy.form === form ? proxy : undefined);
    } finally {
      proxy.remove();
    }
  }
}
