import { html, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { hostStyles } from '../../core/cor-element.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorSubmitButton } from '../../core/submit-button.js';
import { claveUnicaButtonStyles } from './claveunica-button.styles.js';

export const CLAVEUNICA_BUTTON_VARIANTS = ['primary', 'high-contrast'] as const;
export type ClaveUnicaButtonVariant = (typeof CLAVEUNICA_BUTTON_VARIANTS)[number];

/**
 * The visible label, as the ClaveÚnica manual writes it. It is brand wording: it is not in the
 * string catalogue and is never translated, on a page in any language.
 */
export const CLAVEUNICA_LABEL = 'Iniciar sesión';

/**
 * Read by screen readers only, after the label: the accessible name is
 * "Iniciar sesión con ClaveÚnica", which contains the visible text (WCAG 2.5.3).
 */
export const CLAVEUNICA_NAME_SUFFIX = ' con ClaveÚnica';

/**
 * Cordillera's own mark, drawn here: a person in a circle. It is not the ClaveÚnica logo, which
 * Cordillera does not copy. Decorative (the text names the button), painted in `currentColor`.
 */
const mark = svg`<circle cx="12" cy="12" r="10.25" fill="none" stroke="currentColor" stroke-width="1.5" />
  <circle cx="12" cy="9.25" r="3.75" />
  <path d="M5.17 18.6a7.5 7.5 0 0 1 13.66 0 9.5 9.5 0 0 1-13.66 0z" />`;

/** Every connected instance, across shadow roots, for the one-per-page warning. */
const connected = new Set<CorClaveUnicaButton>();

/**
 * The button that signs a person in with ClaveÚnica, the Chilean State's digital identity, drawn
 * to the ClaveÚnica button manual: blue `#0F69C4` with white text (darker on hover and while
 * pressed), a 4 px `#FFBE5C` focus outline, at least 44 px tall. Its colours and sizes are its
 * own tokens (`--cor-claveunica-*`), the same in every theme.
 *
 * The visible text is always "Iniciar sesión", in Spanish, on a page in any language (it is brand
 * wording, not a catalogue string); screen readers hear "Iniciar sesión con ClaveÚnica".
 *
 * With `href` it is a link (to the service's ClaveÚnica authorisation URL); only https, http,
 * mailto, tel and relative URLs are accepted. Without `href`, put it inside a `<form>`: it is
 * then a real submit button, exactly as `<cor-button>` (both extend `CorSubmitButton`): it validates
 * and submits the form, and its `name`/`value` reach the submitted data. It never opens a new
 * window: it has no `target`, and a `formtarget` is removed with a development warning.
 *
 * Development warnings: more than one on the page, neither `href` nor a form, a `target` or
 * `formtarget` attribute, an unsafe `href`, an unknown `variant`.
 *
 * @summary Sign-in button for ClaveÚnica, to its manual.
 *
 *
 * @csspart control - The native `<a>` or `<button>`.
 * @csspart mark - The decorative mark before the text (Cordillera's drawing, not the ClaveÚnica logo).
 * @csspart label - The text: "Iniciar sesión" and, visually hidden, "con ClaveÚnica".
 *
 * @cssprop --cor-claveunica-background - Background (#0F69C4).
 * @cssprop --cor-claveunica-background-hover - Background on hover (#0B4E91).
 * @cssprop --cor-claveunica-background-active - Background while pressed (#07305A).
 * @cssprop --cor-claveunica-text - Text and mark colour (white).
 * @cssprop --cor-claveunica-focus - Focus outline colour (#FFBE5C).
 * @cssprop --cor-claveunica-focus-width - Focus outline width (4 px).
 * @cssprop --cor-claveunica-min-height - Minimum height (44 px; the manual asks at least 42 px).
 * @cssprop --cor-claveunica-font-size - Label size (20 px bold: large text, see the tokens).
 * @cssprop --cor-claveunica-high-contrast-background - Background of the high-contrast variant.
 * @cssprop --cor-claveunica-high-contrast-text - Text and border of the high-contrast variant.
 *
 * @fires click - The native click; cancel it to stop the submission.
 */
export class CorClaveUnicaButton extends CorSubmitButton {
  static override styles = [hostStyles, focusRing, claveUnicaButtonStyles];

  /**
   * `primary` (default: the blue button) or `high-contrast` (white, with dark blue text and
   * border).
   */
  @property({ reflect: true }) variant: ClaveUnicaButtonVariant = 'primary';

  /** Takes the full width of its container, as on a sign-in page built for phones. */
  @property({ type: Boolean, reflect: true, attribute: 'full-width' }) fullWidth = false;

  constructor() {
    super();
    // Runs during the click, before the base class submits (after the click reaches the window).
    this.addEventListener('click', this.keepSameWindow);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    const onPage = [...connected].filter((el) => el.ownerDocument === this.ownerDocument);
    if (onPage.length > 1) {
      this.warn(
        `there are ${onPage.length} ClaveÚnica buttons on this page. Use one sign-in button per ` +
          `page, as the ClaveÚnica manual asks.`,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.hasAttribute('target')) {
      this.warn(
        `target="${this.getAttribute('target') ?? ''}" is ignored: ClaveÚnica opens in the same ` +
          `window, never in a new one.`,
      );
    }
    if (this.linkHref === undefined && !this.form) {
      this.warn(
        'give it an href (the service’s ClaveÚnica sign-in URL) or put it inside a <form>: ' +
          'on its own it does nothing.',
      );
    }
    this.dropFormTarget();
  }

  /** A `formtarget` (such as `_blank`) would open ClaveÚnica in another window: removed. */
  private dropFormTarget(): void {
    if (!this.hasAttribute('formtarget')) return;
    this.warn(
      `formtarget="${this.getAttribute('formtarget') ?? ''}" is removed: ClaveÚnica opens in ` +
        `the same window, never in a new one.`,
    );
    this.removeAttribute('formtarget');
  }

  private keepSameWindow = (): void => {
    this.dropFormTarget();
    const target = this.form?.getAttribute('target');
    if (target && target !== '_self' && this.linkHref === undefined) {
      this.warn(
        `its form has target="${target}", which opens ClaveÚnica in another window. ` +
          `Remove the form's target.`,
      );
    }
  };

  protected override render() {
    const variant = this.oneOf('variant', this.variant, CLAVEUNICA_BUTTON_VARIANTS, 'primary');
    const classes = `button focus-ring ${variant}`;
    const content = html`<svg
        part="mark"
        class="mark"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        ${mark}</svg
      ><span part="label" class="label"
        >${CLAVEUNICA_LABEL}<span class="visually-hidden">${CLAVEUNICA_NAME_SUFFIX}</span></span
      >`;
    const href = this.linkHref;
    // lang="es": read in Spanish on a page in any language; translate="no": brand wording that
    // page-translation tools must leave alone.
    if (href !== undefined) {
      // Disabled: still a link to assistive technology, but not focusable and not followed.
      return this.isDisabled
        ? html`<span
            part="control"
            class=${classes}
            role="link"
            aria-disabled="true"
            lang="es"
            translate="no"
            >${content}</span
          >`
        : html`<a part="control" class=${classes} href=${href} lang="es" translate="no"
            >${content}</a
          >`;
    }
    return html`<button
      part="control"
      class=${classes}
      type="button"
      lang="es"
      translate="no"
      ?disabled=${this.isDisabled}
    >
      ${content}
    </button>`;
  }
}
