import { html, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles, CorElement } from '../../core/cor-element.js';
import { focusRing } from '../../core/focus.styles.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { officialBannerStyles } from './official-banner.styles.js';
import { officialBannerStrings } from '../../i18n/strings/official-banner.js';

/** The country named when `country` is not set. */
const DEFAULT_COUNTRY = 'Chile';
/** The official domain named when `domain` is not set. */
const DEFAULT_DOMAIN = 'gob.cl';

/** Where the padlock icon goes in the `officialBannerHttpsBody` message. */
const LOCK_MARK = '{lock}';

/** An author value as trimmed text (`null`, `undefined` and blanks give ''). */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return (typeof value === 'string' ? value : String(value)).trim();
}

// A star in a square: a neutral mark of an official site (not a national emblem).
const mark = svg`<path
  fill-rule="evenodd"
  d="M2 0h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2V2a2 2 0 0 1 2-2zm6 3.2L6.77 6.7l-3.72.09L6 9.05l-1.06 3.56L8 10.5l3.06 2.11L10 9.05l2.95-2.26-3.72-.09z"
/>`;
// A public building: the official domain.
const building = svg`<path
  d="M12 1.5 2 6.5v2.5h20V6.5zM4 10.5h2.5v7H4zm4.75 0h2.5v7h-2.5zm4 0h2.5v7h-2.5zm4.75 0H20v7h-2.5zM2 19h20v3H2z"
/>`;
// A closed padlock: HTTPS.
const lock = svg`<path
  fill-rule="evenodd"
  d="M12 1.5a5.5 5.5 0 0 0-5.5 5.5v3H5v12h14V10h-1.5V7A5.5 5.5 0 0 0 12 1.5zM9 10V7a3 3 0 0 1 6 0v3z"
/>`;
const chevron = svg`<path d="M2.6 5.4 8 10.8l5.4-5.4 1.4 1.4L8 13.6 1.2 6.8z" />`;

const icon = (className: string, viewBox: string, shape: unknown) =>
  html`<svg class=${className} viewBox=${viewBox} aria-hidden="true" focusable="false">
    ${shape}
  </svg>`;

/** The event fired when the explanation opens or closes, as `<details>` fires `toggle`. */
function toggleEvent(oldState: 'open' | 'closed', newState: 'open' | 'closed'): Event {
  if (typeof ToggleEvent === 'function') return new ToggleEvent('toggle', { oldState, newState });
  // Engines without ToggleEvent get a plain Event with the same two fields.
  return Object.assign(new Event('toggle'), { oldState, newState });
}

/**
 * The strip at the very top of a government website that says it is an official site, with a
 * button that shows how to recognise official, secure sites (the official domain and HTTPS).
 * Like the USWDS banner and the GC Design System's equivalent, it is the first thing on the
 * page, above the site's header.
 *
 * Every text comes from the string catalogue (`officialBanner…` keys) in the element's language,
 * so `setStrings()` can reword it; `country`, `government` and `domain` make it reusable by any
 * government. The messages receive `{country}`, `{government}` and `{domain}`.
 *
 * @summary "Un sitio oficial del Gobierno de Chile", with an explanation that opens and closes.
 *
 * @csspart banner - The region landmark (`<section>`) that paints the strip.
 * @csspart mark - The decorative mark before the statement.
 * @csspart text - The statement "Un sitio oficial del Gobierno de Chile".
 * @csspart toggle - The `<button>` that shows and hides the explanation.
 * @csspart content - The explanation (hidden while closed).
 *
 * @cssprop --cor-official-banner-max-width - Width of the content column inside the full-width
 * strip, to align it with the page below (default: none, the whole width).
 *
 * @fires toggle - After the explanation opened or closed, by the person or by script (a
 * `ToggleEvent` with `oldState` and `newState`, `'open'` or `'closed'`; it does not bubble, as
 * on `<details>`).
 */
export class CorOfficialBanner extends CorElement {
  protected static override strings = officialBannerStrings;

  static override styles = [hostStyles, focusRing, officialBannerStyles];

  /** Whether the explanation is shown. Reflects to the `open` attribute, as on `<details>`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The country the site belongs to. Used in the government's name and in the explanation. */
  @property() country = DEFAULT_COUNTRY;

  /**
   * The government's full name, when "Gobierno de {country}" does not fit: for example
   * "Gobierno Regional de Los Lagos". The statement reads "Un sitio oficial del {government}".
   * Empty (default): "Gobierno de {country}" in the element's language.
   */
  @property() government = '';

  /** The official domain, without the leading dot. A blank value means `gob.cl`. */
  @property() domain = DEFAULT_DOMAIN;

  /** The open state last rendered, to tell a change from the first render. */
  private renderedOpen: boolean | undefined;
  /** The state before a `toggle` event that is queued but not fired yet. */
  private toggleFrom: boolean | undefined;

  /** The values every message receives. */
  private get params(): Record<string, string> {
    const country = text(this.country) || DEFAULT_COUNTRY;
    return {
      country,
      government:
        text(this.government) || this.localize.term('officialBannerGovernment', { country }),
      domain: text(this.domain).replace(/^\.+/, '') || DEFAULT_DOMAIN,
    };
  }

  protected override render() {
    const params = this.params;
    const term = (key: MessageKey) => this.localize.term(key, params);
    const open = Boolean(this.open);
    // Strings fall back to Spanish in a language without a catalogue: say so to screen readers.
    const language = this.localize.language;
    const written = this.localize.lang;
    const sameLanguage = written.split('-')[0] === language.split('-')[0];
    return html`<section
      part="banner"
      class="banner"
      aria-label=${term('officialBannerLabel')}
      lang=${ifDefined(sameLanguage ? undefined : language)}
    >
      <div class="inner">
        <div class="header">
          ${icon('mark', '0 0 16 16', mark)}
          <div class="message">
            <p part="text" class="text">${term('officialBannerText')}</p>
            <button
              part="toggle"
              class="toggle focus-ring"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="content"
              @click=${this.onToggleClick}
            >
              <span class="toggle-text">${term('officialBannerToggle')}</span>
              ${icon('chevron', '0 0 16 16', chevron)}
            </button>
          </div>
        </div>
        <div part="content" id="content" class="content" ?hidden=${!open}>
          <div class="item">
            ${icon('item-icon', '0 0 24 24', building)}
            <p class="item-text">
              <strong class="item-title">${term('officialBannerDomainTitle')}</strong>
              ${term('officialBannerDomainBody')}
            </p>
          </div>
          <div class="item">
            ${icon('item-icon', '0 0 24 24', lock)}
            <p class="item-text">
              <strong class="item-title">${term('officialBannerHttpsTitle')}</strong>
              ${this.withLock(term('officialBannerHttpsBody'))}
            </p>
          </div>
        </div>
      </div>
    </section>`;
  }

  /** The message with the padlock icon where it says `{lock}`. */
  private withLock(message: string) {
    const pieces = message.split(LOCK_MARK);
    return pieces.map(
      (piece, i) => html`${i > 0 ? icon('inline-lock', '0 0 24 24', lock) : nothing}${piece}`,
    );
  }

  private onToggleClick = (): void => {
    this.open = !this.open;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const open = Boolean(this.open);
    if (this.renderedOpen !== undefined && open !== this.renderedOpen) {
      this.queueToggle(this.renderedOpen);
    }
    this.renderedOpen = open;
  }

  /**
   * Fires `toggle` in a task of its own, after the change, as `<details>` does: changes made in
   * the meantime give one event (from the first state to the last), or none if they cancel out.
   */
  private queueToggle(from: boolean): void {
    if (this.toggleFrom !== undefined) return;
    this.toggleFrom = from;
    setTimeout(() => {
      const before = this.toggleFrom;
      this.toggleFrom = undefined;
      const now = Boolean(this.open);
      if (before === undefined || before === now) return;
      const state = (value: boolean) => (value ? 'open' : 'closed');
      this.dispatchEvent(toggleEvent(state(before), state(now)));
    });
  }
}
