import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorFormControl, toText } from '../../core/form-control.js';
import { hostStyles } from '../../core/cor-element.js';
import { SlotController } from '../../core/slot-controller.js';
import { inputStyles } from '../../core/input.styles.js';
import type { ValidityFlags } from '../../core/validation-messages.js';
import { textareaStyles } from './textarea.styles.js';
import { textareaStrings } from '../../i18n/strings/textarea.js';

/** How long typing must pause before the count is announced (GOV.UK waits about a second). */
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** The number of lines shown when `rows` is not set or not a whole number ≥ 1. */
const DEFAULT_ROWS = 5;

const graphemes =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/**
 * Characters as people see them: grapheme clusters (an emoji, a letter with its accent, a flag
 * are one each) where `Intl.Segmenter` exists, otherwise code points. A line break is one.
 */
export function countCharacters(text: string): number {
  if (!graphemes) return [...text].length;
  return Array.from(graphemes.segment(text)).length;
}

/** Words: runs of characters between white space (spaces, tabs, line breaks). */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** A whole number ≥ `min`, or undefined for anything else (empty, text, fractions, negatives). */
function wholeNumber(value: unknown, min: number): number | undefined {
  if (value === null || value === undefined || value === '' || typeof value === 'boolean') {
    return undefined;
  }
  let n = NaN;
  try {
    n = Number(value);
  } catch {
    // a Symbol or an object whose conversion throws: not a number
  }
  return Number.isInteger(n) && n >= min ? n : undefined;
}

/** The limit in force: words when `maxwords` is set (it wins), else characters. */
interface Limit {
  unit: 'characters' | 'words';
  max: number;
}

/**
 * A multi-line text field with its label, hint and error message, for answers of more than one
 * line, such as a description or a reason. It behaves like a native `<textarea>` in a form (its
 * value reaches `FormData`, it resets, it follows a disabled `<fieldset>`, Enter inserts a line
 * break and never submits), with an optional character or word count as GOV.UK Frontend's
 * character count has it.
 *
 * Count: with `maxlength` (characters) or `maxwords` (words), the field shows how many are left
 * under the box («Le quedan 10 caracteres»), and screen readers hear the limit from the start
 * («Puede escribir hasta 200 caracteres», in the description) and the count, politely, once the
 * person pauses typing for a second. Typing past the limit is never blocked: the count turns into
 * an error style («Tiene 12 caracteres de más») and the field is invalid (`validity.tooLong`,
 * «Ingrese 200 caracteres o menos»). Characters are counted as people see them: grapheme
 * clusters through `Intl.Segmenter` (an emoji or an accented letter is one), a line break is
 * one; words are split on white space.
 *
 * The initial text goes in the `value` attribute (a native `<textarea>` takes it as content).
 *
 * @summary Multi-line text field with label, hint, error and an optional character or word count.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of label, hint, error, textarea and count.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<textarea>`.
 * @csspart count - The visible count under the textarea (hidden from screen readers, which hear
 * the limit in the description and the count through a live region).
 *
 * @cssprop --cor-input-background - Background of the textarea.
 * @cssprop --cor-input-text - Text colour of the textarea.
 * @cssprop --cor-input-border-color - Border colour of the textarea.
 * @cssprop --cor-input-border-width - Border width of the textarea.
 * @cssprop --cor-input-radius - Corner radius of the textarea.
 * @cssprop --cor-input-error-border-color - Border colour with an error or past the limit.
 *
 * @fires input - When the person changes the text (from the native textarea, composed).
 * @fires change - When the person leaves the field after changing it (re-dispatched from the
 * native textarea).
 * @fires invalid - When a validity check fails, as on a native textarea.
 */
export class CorTextarea extends CorFormControl {
  protected static override strings = textareaStrings;

  static override styles = [hostStyles, fieldStyles, focusRing, inputStyles, textareaStyles];

  /** The question the field answers. Required (by attribute or slot) for accessibility. */
  @property() label = '';

  /** Help under the label, such as what to include in the answer. */
  @property() hint = '';

  /** The number of visible lines (default 5). With `autogrow`, the smallest height. */
  @property({ type: Number }) rows: number = DEFAULT_ROWS;

  /**
   * The box grows with its content, so there is never an inner scroll bar; `rows` is its
   * smallest height. It grows at once, without animation. The person no longer resizes it by
   * hand.
   */
  @property({ type: Boolean, reflect: true }) autogrow = false;

  /**
   * The most characters the answer should have: shows a count and makes the field invalid
   * (`tooLong`) past it, without ever stopping the person from typing. A whole number ≥ 1.
   */
  @property({ type: Number, attribute: 'maxlength' }) maxLength: number | undefined;

  /**
   * The most words the answer should have, counted and validated like `maxlength`. When both
   * are set, `maxwords` is used.
   */
  @property({ type: Number, attribute: 'maxwords' }) maxWords: number | undefined;

  /**
   * Shows the count only once the text reaches this percentage of the limit (0–100), for
   * limits people rarely reach. The limit is still in the description for screen readers.
   * Unset or out of range: the count is always shown.
   */
  @property({ type: Number }) threshold: number | undefined;

  /** Minimum number of characters (checked once the person edits, as natively). */
  @property({ attribute: 'minlength' }) minLength: number | string | undefined;

  /** The person cannot edit the text; it is still submitted and focusable. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /** The autofill hint passed to the native textarea, for example `street-address` or `off`. */
  @property() autocomplete: string | undefined;

  /** Whether the browser may check spelling (`spellcheck="false"` turns it off). */
  @property({
    attribute: 'spellcheck',
    converter: { fromAttribute: (value) => value !== 'false' },
  })
  override spellcheck = true;

  /** What the live region says: the count, once the person pauses typing. */
  @state() private announcement = '';

  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly slots = new SlotController(this, ['label', 'hint']);

  protected get validationTarget(): HTMLTextAreaElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('textarea') ?? null;
  }

  protected override get barredFromValidation(): boolean {
    return this.readOnly;
  }

  /** As a native textarea: every line break (CR LF, CR) becomes LF; nothing else changes. */
  protected override sanitize(value: string): string {
    return value.replace(/\r\n?/g, '\n');
  }

  /** Past the limit: `tooLong`, with a message that says what to do. */
  protected override extraValidity(): { flags: ValidityFlags; message: string } | null {
    // Disabled (itself or by a fieldset), it is barred from validation: valid, as natively.
    if (this.isDisabled) return null;
    const limit = this.limit;
    if (!limit || this.countOf(this.value, limit) <= limit.max) return null;
    const key = limit.unit === 'words' ? 'textareaWordsTooLong' : 'textareaCharactersTooLong';
    return { flags: { tooLong: true }, message: this.localize.term(key, { limit: limit.max }) };
  }

  /**
   * False, as for a native textarea: a textarea does not stop Enter in the only single-line
   * field of its form from submitting the form (HTML's implicit submission).
   */
  get blocksImplicitSubmission(): boolean {
    return false;
  }

  /** Selects the whole text, as `textarea.select()` does. */
  select(): void {
    this.validationTarget?.select();
  }

  /** The limit in force, if any. */
  private get limit(): Limit | undefined {
    const words = wholeNumber(this.maxWords, 1);
    if (words !== undefined) return { unit: 'words', max: words };
    const characters = wholeNumber(this.maxLength, 1);
    return characters === undefined ? undefined : { unit: 'characters', max: characters };
  }

  private countOf(text: string, limit: Limit): number {
    return limit.unit === 'words' ? countWords(text) : countCharacters(text);
  }

  /** The count message for the current text: what is left, or how many are too many. */
  private countMessage(limit: Limit): { text: string; over: boolean; shown: boolean } {
    const count = this.countOf(this.value, limit);
    const left = limit.max - count;
    const words = limit.unit === 'words';
    const text =
      left < 0
        ? this.localize.term(words ? 'textareaWordsOver' : 'textareaCharactersOver', {
            count: -left,
          })
        : this.localize.term(words ? 'textareaWordsRemaining' : 'textareaCharactersRemaining', {
            count: left,
          });
    const threshold = thresholdPercent(this.threshold);
    return { text, over: left < 0, shown: count >= (limit.max * threshold) / 100 };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Numbers that are not usable are ignored (the documented default applies), with a warning.
    const numbers = [
      ['rows', 'rows', wholeNumber(this.rows, 1) !== undefined, 'a whole number ≥ 1'],
      [
        'maxLength',
        'maxlength',
        wholeNumber(this.maxLength, 1) !== undefined,
        'a whole number ≥ 1',
      ],
      ['maxWords', 'maxwords', wholeNumber(this.maxWords, 1) !== undefined, 'a whole number ≥ 1'],
      ['threshold', 'threshold', inRange(this.threshold), 'a number from 0 to 100'],
    ] as const;
    for (const [name, attribute, valid, rule] of numbers) {
      const value: unknown = this[name];
      if (changed.has(name) && !valid && value !== null && value !== undefined && value !== '') {
        this.warn(`${attribute}="${String(value)}" is not ${rule}; it is ignored.`);
      }
    }
    // Without a limit there is no count: nothing stale is left in the live region.
    if (!this.limit) this.announcement = '';
  }

  protected override render() {
    const error = this.visibleError;
    const limit = this.limit;
    const count = limit ? this.countMessage(limit) : undefined;
    const parts: FieldParts = {
      controlId: 'control',
      label: toText(this.label),
      hint: toText(this.hint),
      hasHintSlot: this.slots.has('hint'),
      error,
      errorPrefix: this.localize.term('errorPrefix'),
    };
    const limitText = limit
      ? this.localize.term(
          limit.unit === 'words' ? 'textareaWordsLimit' : 'textareaCharactersLimit',
          { limit: limit.max },
        )
      : '';
    const described = describedBy(parts, limit ? 'limit' : false);
    const controlClass = ['input', 'focus-ring', this.autogrow && 'autogrow', count?.over && 'over']
      .filter(Boolean)
      .join(' ');
    const countClass = ['count', count?.over && 'over', count && !count.shown && 'below-threshold']
      .filter(Boolean)
      .join(' ');
    const countText = count?.text ?? '';
    const textarea = html`<textarea
      part="control"
      id="control"
      class=${controlClass}
      rows=${wholeNumber(this.rows, 1) ?? DEFAULT_ROWS}
      ?disabled=${this.isDisabled}
      ?readonly=${this.readOnly}
      ?required=${this.required}
      name=${ifDefined(this.name || undefined)}
      .autocomplete=${(this.autocomplete ?? '') as AutoFill}
      spellcheck=${this.spellcheck ? 'true' : 'false'}
      minlength=${ifDefined(wholeNumber(this.minLength, 0))}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(described || undefined)}
      @input=${this.onInput}
      @change=${this.onChange}
    ></textarea>`;
    // No maxlength on the native textarea: a character is never refused (GOV.UK's count).
    // Auto-grow is layout only: an invisible copy of the text, with the same box and font, sits
    // on the same flex line and sets the height, whatever changes the wrapping (width, zoom,
    // text spacing). The trailing space gives a final line break its line.
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        ${
          this.autogrow
            ? html`<div class="grow">
                ${textarea}<span class="input mirror" aria-hidden="true">${this.value} </span>
              </div>`
            : textarea
        }
        <div part="count" id="count" class=${countClass} aria-hidden="true" ?hidden=${!count}>
          ${countText}
        </div>
        <div id="limit" class="visually-hidden" ?hidden=${!limit}>${limitText}</div>
        <div id="status" class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  private onInput(event: Event): void {
    this.takeValueFrom(event.target as HTMLTextAreaElement);
    this.scheduleAnnouncement();
  }

  private onChange(event: Event): void {
    this.takeValueFrom(event.target as HTMLTextAreaElement);
    this.markInteracted();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * The count is announced once typing pauses (as GOV.UK does), not on every key: a screen
   * reader would otherwise interrupt the person with each character.
   */
  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    if (!this.limit) return;
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      const limit = this.limit;
      const count = limit ? this.countMessage(limit) : undefined;
      // Below the threshold the count is not shown, and not announced either.
      this.announcement = count?.shown ? count.text : '';
    }, COUNT_ANNOUNCE_DELAY_MS);
  }
}

/** `threshold` when it is a number from 0 to 100. */
function inRange(value: unknown): boolean {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 100;
}

/** The threshold in force: its value from 0 to 100, or 0 (always shown). */
function thresholdPercent(value: unknown): number {
  return inRange(value) ? Number(value) : 0;
}
