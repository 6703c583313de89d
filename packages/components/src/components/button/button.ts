import { html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { hostStyles } from '../../core/cor-element.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorSubmitButton } from '../../core/submit-button.js';
import { buttonStyles } from './button.styles.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'warning', 'start'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export { BUTTON_TYPES, DOUBLE_CLICK_WINDOW_MS, type ButtonType } from '../../core/submit-button.js';

const arrow = svg`<path d="M3 10.5h13.4l-5.2-5.2L13 3.5l8.5 8.5-8.5 8.5-1.8-1.8 5.2-5.2H3z" />`;

/**
 * A button for the main and secondary actions of a page: continue, save, send, start a
 * service. Inside a form it is a real submit button: it validates and submits the form, its
 * `name`/`value` reach the submitted data, Enter in a field presses it, and `type="reset"`
 * resets the form. With `href` it is a link that looks like a button.
 *
 * The `submit` event's `submitter` is a hidden native button that Cordillera inserts inside
 * this element for the duration of the submission (a custom element cannot be a submitter):
 * `new FormData(form, event.submitter)` works, and `event.submitter.closest('cor-button')`
 * finds this element.
 *
 * @summary Button or button-styled link for the actions of a page.
 *
 * @slot - The button text. Write the action as a verb: "Continuar", "Enviar solicitud".
 *
 * @csspart control - The native `<button>` or `<a>`.
 * @csspart icon - The arrow of the `start` variant.
 *
 * @cssprop --cor-button-radius - Corner radius.
 * @cssprop --cor-button-min-height - Minimum height (44 px by default).
 * @cssprop --cor-button-primary-background - Background of the primary and start variants.
 * @cssprop --cor-button-primary-text - Text colour of the primary and start variants.
 * @cssprop --cor-button-secondary-background - Background of the secondary variant.
 * @cssprop --cor-button-warning-background - Background of the warning variant.
 *
 * @fires click - The native click; cancel it to stop the submission or reset.
 */
export class CorButton extends CorSubmitButton {
  static override styles = [hostStyles, focusRing, buttonStyles];

  /** `primary` (default), `secondary`, `warning` (destructive actions) or `start` (start a service). */
  @property({ reflect: true }) variant: ButtonVariant = 'primary';

  protected override render() {
    const variant = this.oneOf('variant', this.variant, BUTTON_VARIANTS, 'primary');
    const content = html`<slot></slot>${
        variant === 'start'
          ? html`<svg
              part="icon"
              class="icon"
              viewBox="0 0 24 24"
              aria-hidden="true"
              focusable="false"
            >
              ${arrow}
            </svg>`
          : nothing
      }`;
    const classes = `button focus-ring ${variant}`;
    const href = this.linkHref;
    if (href !== undefined) {
      return this.isDisabled
        ? html`<span part="control" class=${classes} role="link" aria-disabled="true"
            >${content}</span
          >`
        : html`<a part="control" class=${classes} href=${href}>${content}</a>`;
    }
    return html`<button part="control" class=${classes} type="button" ?disabled=${this.isDisabled}>
      ${content}
    </button>`;
  }
}
