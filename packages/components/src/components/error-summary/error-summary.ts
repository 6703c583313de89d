import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CorElement, hostStyles } from '../../core/cor-element.js';
import { focusRing } from '../../core/focus.styles.js';
import { toText } from '../../core/validated-control.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { errorSummaryStrings } from '../../i18n/strings/error-summary.js';

/** One problem in the summary: the message, and the field it is about. */
export interface ErrorSummaryItem {
  /** The message, ideally the same words as the one next to the field. */
  text: string;
  /** The `id` of the field (with or without `#`), or the field itself. */
  target?: string | Element;
}

/** A field that knows how to take focus from an error link (every Cordillera control). */
interface LinkTarget extends HTMLElement {
  focusFromLink(): void;
}

const hasFocusFromLink = (el: Element): el is LinkTarget =>
  typeof (el as Partial<LinkTarget>).focusFromLink === 'function';

/** The element an item points at, if it is in the page. */
function resolve(target: ErrorSummaryItem['target']): HTMLElement | null {
  if (target instanceof HTMLElement) return target.isConnected ? target : null;
  const id = toText(target).trim().replace(/^#/, '');
  return id ? document.getElementById(id) : null;
}

/** Where a native field's question is: its `<label>`, or its group's `<legend>`. */
function questionOf(field: HTMLElement): HTMLElement | null {
  const legend = field.closest('fieldset')?.querySelector(':scope > legend');
  if (
    legend &&
    (field.matches('input[type=radio], input[type=checkbox]') || field.localName === 'fieldset')
  ) {
    return legend as HTMLElement;
  }
  return (field as HTMLInputElement).labels?.[0] ?? (legend as HTMLElement | null) ?? null;
}

/**
 * Focuses what an error link points at, as GOV.UK's error summary does: the field's own control
 * (inside the shadow root of a Cordillera control, the first input of a group, the first wrong
 * part of a date), with its question scrolled into view so the person reads it first.
 */
export function focusField(target: HTMLElement): void {
  if (hasFocusFromLink(target)) {
    target.focusFromLink();
    return;
  }
  // A group (fieldset or role=group) takes its first field.
  let field = target;
  if (target.matches('fieldset, [role=group], [role=radiogroup]')) {
    const first = [...target.querySelectorAll<HTMLElement>('*')].find(
      (el) => hasFocusFromLink(el) || el.matches('input, select, textarea'),
    );
    if (first && hasFocusFromLink(first)) {
      first.focusFromLink();
      return;
    }
    field = first ?? target;
  }
  (questionOf(field) ?? field).scrollIntoView({ block: 'start' });
  if (!field.matches('input, select, textarea, button, a[href], [tabindex]')) {
    field.setAttribute('tabindex', '-1'); // so that focus can land on it
  }
  field.focus({ preventScroll: true });
}

/**
 * The list of problems at the top of a page, as in GOV.UK's error summary: a title ("Hay un
 * problema"), then one link per error that takes the person to the field. Show it above the
 * page heading, after a submit that failed.
 *
 * Errors come from three places: the `errors` property; `<a href="#field-id">` children written
 * by the server (their text is the message); or, with `for="form-id"`, collected from the form
 * on a submit that fails its validation — the summary then replaces the browser's own bubbles
 * with messages in the page's language.
 *
 * When errors appear it takes focus (so screen readers read it and keyboard users start there),
 * unless `disable-auto-focus`; with `update-title`, the page title starts with "Error: " while it
 * shows errors. Activating a link focuses the field: the control inside a Cordillera component's
 * shadow root, the first field of a group, the first wrong part of a date. It renders nothing
 * while there are no errors.
 *
 * @summary The list of errors at the top of a page, with links to the fields.
 *
 * @slot - `<a href="#field-id">message</a>` elements, one per error (server-rendered pages).
 * @slot description - Optional text under the title.
 *
 * @csspart summary - The box.
 * @csspart title - The title.
 * @csspart list - The list of errors.
 * @csspart link - Each error link.
 *
 * @cssprop --cor-error-summary-border-color - The box's border (the error colour).
 */
export class CorErrorSummary extends CorElement {
  protected static override strings = errorSummaryStrings;

  static override styles = [hostStyles, focusRing, errorSummaryStyles];

  /** The title; "Hay un problema" / "There is a problem" when empty. */
  @property({ attribute: 'title-text' }) titleText = '';

  /** The errors to list (besides any `<a>` children): `{ text, target }` objects. */
  @property({ attribute: false }) errors: ErrorSummaryItem[] = [];

  /** The `id` of a form whose failed submits fill the summary. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Do not move focus to the summary when errors appear. */
  @property({ type: Boolean, attribute: 'disable-auto-focus' }) disableAutoFocus = false;

  /** While errors show, the page title starts with "Error: " (in the page's language). */
  @property({ type: Boolean, attribute: 'update-title' }) updateTitle = false;

  /** Errors collected from the form named by `for`, on its last failed submit. */
  @state() private collected: ErrorSummaryItem[] = [];
  @state() private childLinks: ErrorSummaryItem[] = [];

  private form: HTMLFormElement | null = null;
  private pendingCollect = false;
  private titlePrefix = '';
  private shownCount = 0;
  private readonly observer = new MutationObserver(() => this.readChildren());

  /** Every error shown now: the property's, the children's, then the collected ones. */
  get items(): ErrorSummaryItem[] {
    const own = Array.isArray(this.errors) ? this.errors : [];
    return [...own, ...this.childLinks, ...this.collected]
      .filter((item): item is ErrorSummaryItem => Boolean(item) && typeof item === 'object')
      .map((item) => ({ text: toText(item.text).trim(), target: item.target }))
      .filter((item) => item.text !== '');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildren();
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    this.watchForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    this.watchForm(null);
    this.setTitle(false);
  }

  /** Reads the server-rendered `<a href="#id">message</a>` children. */
  private readChildren(): void {
    this.childLinks = [...this.querySelectorAll<HTMLAnchorElement>(':scope > a, :scope li a')]
      .filter((a) => !a.slot)
      .map((a) => ({ text: a.textContent ?? '', target: a.getAttribute('href') ?? '' }));
  }

  private watchForm(form: HTMLFormElement | null = this.formFor()): void {
    if (form === this.form) return;
    this.form?.removeEventListener('invalid', this.onInvalid, true);
    this.form?.removeEventListener('submit', this.onSubmit, true);
    this.form = form;
    form?.addEventListener('invalid', this.onInvalid, true);
    form?.addEventListener('submit', this.onSubmit, true);
  }

  private formFor(): HTMLFormElement | null {
    const id = toText(this.htmlFor).trim();
    if (!id || !this.isConnected) return null;
    const el = document.getElementById(id);
    return el instanceof HTMLFormElement ? el : null;
  }

  /** One `invalid` per failing field, during a submit attempt: gather them after the burst. */
  private readonly onInvalid = (event: Event): void => {
    // The summary speaks instead of the browser's bubble (in the browser's language).
    event.preventDefault();
    if (this.pendingCollect) return;
    this.pendingCollect = true;
    queueMicrotask(() => {
      this.pendingCollect = false;
      this.collect();
    });
  };

  /** A submit that passed: nothing to show any more. */
  private readonly onSubmit = (): void => {
    this.collected = [];
  };

  /** The form's invalid fields, in page order, with their messages. */
  collect(): void {
    const form = this.form;
    if (!form) return;
    const items: ErrorSummaryItem[] = [];
    const seen = new Set<Element>();
    for (const control of Array.from(form.elements) as HTMLElement[]) {
      const field = control as HTMLElement &
        Partial<{
          validity: ValidityState;
          validationMessage: string;
          willValidate: boolean;
          checkValidity(): boolean;
        }>;
      if (!field.willValidate || field.validity?.valid !== false || seen.has(field)) continue;
      // Radios of one group: one error, for the first.
      const name =
        (field as HTMLInputElement).type === 'radio' ? (field as HTMLInputElement).name : '';
      if (name) {
        const group = form.querySelectorAll(`input[type=radio][name="${CSS.escape(name)}"]`);
        group.forEach((radio) => seen.add(radio));
      }
      seen.add(field);
      items.push({ text: field.validationMessage ?? '', target: field });
    }
    this.collected = items;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('htmlFor') && this.isConnected) this.watchForm();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const count = this.items.length;
    this.toggleAttribute('data-has-errors', count > 0);
    this.setTitle(count > 0 && this.updateTitle);
    // Focus when errors appear (or change after a new failed submit), as GOV.UK does on load.
    const appeared = count > 0 && (this.shownCount === 0 || changed.has('collected'));
    this.shownCount = count;
    if (appeared && !this.disableAutoFocus) this.focus();
  }

  /** Focuses the summary box (it is announced with its title and errors). */
  override focus(options?: FocusOptions): void {
    const box = this.renderRoot.querySelector<HTMLElement>('[part~="summary"]');
    if (box) {
      box.focus({ preventScroll: true, ...options });
      if (!options?.preventScroll) this.scrollIntoView({ block: 'start' });
    }
  }

  private setTitle(on: boolean): void {
    const prefix = `${this.localize.term('errorPrefix')} `;
    let title = document.title;
    if (this.titlePrefix && title.startsWith(this.titlePrefix)) {
      title = title.slice(this.titlePrefix.length);
    }
    this.titlePrefix = on ? prefix : '';
    const wanted = this.titlePrefix + title;
    if (document.title !== wanted) document.title = wanted;
  }

  protected override render() {
    const items = this.items;
    // Nothing to show: the box stays, empty and hidden, so the summary is there to fill.
    if (items.length === 0) {
      return html`<div part="summary" class="summary" hidden><slot hidden></slot></div>`;
    }
    const title = toText(this.titleText).trim() || this.localize.term('errorSummaryTitle');
    return html`<div part="summary" class="summary focus-ring" tabindex="-1">
      <div role="alert">
        <h2 part="title" id="title" class="title">${title}</h2>
        <div class="description"><slot name="description"></slot></div>
        <ul part="list" class="list">
          ${items.map(
            (item) =>
              html`<li>
                <a
                  part="link"
                  class="link focus-ring"
                  href=${this.hrefOf(item)}
                  @click=${(event: MouseEvent) => this.onLinkClick(event, item)}
                  >${item.text}</a
                >
              </li>`,
          )}
        </ul>
      </div>
      <slot hidden></slot>
    </div>`;
  }

  private hrefOf(item: ErrorSummaryItem): string {
    const target = item.target;
    if (target instanceof Element) return target.id ? `#${target.id}` : '#';
    const id = toText(target).trim().replace(/^#/, '');
    return `#${id}`;
  }

  private onLinkClick(event: MouseEvent, item: ErrorSummaryItem): void {
    const target = resolve(item.target);
    if (!target) return; // an unknown id: the browser's own fragment navigation
    event.preventDefault();
    focusField(target);
  }
}
