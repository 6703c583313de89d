import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles, CorElement } from '../../core/cor-element.js';
import { errorMessageStyles } from './error-message.styles.js';

/** Content that has no place in an error message: it is read as plain text in a description. */
const NOT_TEXT =
  'a[href], button, input, select, textarea, details, iframe, [tabindex], [contenteditable], ' +
  'h1, h2, h3, h4, h5, h6, p, div, ul, ol, table';

/** An author value as text (`null` and `undefined` give ''). */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/**
 * The error message of a control that a page builds itself (a native `<input>`, `<select>` or
 * `<textarea>`, or a group of them), as GOV.UK's `govuk-error-message`: bold text in the error
 * colour, read after a visually hidden "Error:" in the element's language. Cordillera's own
 * fields show their errors themselves (their `error` attribute); use this element only next to
 * controls that are not Cordillera components.
 *
 * Give it an `id` and point the control at it with `aria-describedby`: screen readers then read
 * "Error: <message>" as part of the control's description, the prefix included (the shadow
 * content is part of the referenced element's text). Mark the control `aria-invalid="true"`.
 *
 * The message is the element's text content, so it is visible even before the script loads; the
 * `message` attribute is used when the element has no text. Either way it is text: links,
 * headings and controls do not belong in an error message (a development warning says so).
 *
 * It is not a live region: like GOV.UK's, the message is meant to be in the page when it loads,
 * after the server validated the answers. The element renders nothing while it has no message.
 *
 * @summary Inline error message with a visually hidden "Error:" prefix, for a page's own control.
 *
 * @slot - The message, as text. Used instead of the `message` attribute when not blank.
 *
 * @csspart message - The `<p>` that paints the message (hidden while there is none).
 */
export class CorErrorMessage extends CorElement {
  static override styles = [hostStyles, errorMessageStyles];

  /**
   * The message, rendered as text, when the element has no text content (content wins). Useful
   * from a framework that sets attributes or properties rather than children.
   */
  @property() message = '';

  private observer?: MutationObserver;
  private warnedNotText = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // The content is the message: any change to it (text, children) re-renders the prefix.
    this.observer = new MutationObserver(() => this.contentChanged());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.contentChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private contentChanged(): void {
    this.requestUpdate();
    if (!this.warnedNotText && this.querySelector(NOT_TEXT)) {
      this.warnedNotText = true;
      this.warn(
        'takes text only: links, headings, paragraphs and controls inside an error message are ' +
          'read as plain text in the description of the control.',
      );
    }
  }

  /** Whether the element's own text content is the message. */
  private get hasContent(): boolean {
    return (this.textContent ?? '').trim() !== '';
  }

  protected override render() {
    const content = this.hasContent;
    const message = text(this.message);
    const shown = content || message.trim() !== '';
    // The prefix falls back to Spanish in a language without a catalogue: say so to screen readers.
    const language = this.localize.language;
    const sameLanguage = this.localize.lang.split('-')[0]?.toLowerCase() === language.split('-')[0];
    return html`<p part="message" class="message" ?hidden=${!shown}>
      ${
        shown
          ? html`<span
                class="visually-hidden"
                lang=${ifDefined(sameLanguage ? undefined : language)}
                >${this.localize.term('errorPrefix')} </span
              >${content ? html`<slot></slot>` : message}`
          : nothing
      }
    </p>`;
  }
}
