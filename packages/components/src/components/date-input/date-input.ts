import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles } from '../../core/cor-element.js';
import {
  DATE_PARTS,
  type DateFields,
  type DatePart,
  dateBounds,
  fieldsFromText,
  formatIsoDate,
  isIsoDate,
  rangeProblem,
  readDateFields,
  todayIso,
} from '../../core/date-only.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { defaultButtonOf } from '../../core/implicit-submit.js';
import { inputStyles } from '../../core/input.styles.js';
import { LEGEND_SIZES, type LegendSize, legendStyles, renderLegend } from '../../core/legend.js';
import { SlotController } from '../../core/slot-controller.js';
import {
  type ConstraintFailure,
  CorValidatedControl,
  toText,
} from '../../core/validated-control.js';
import type { ValidityFlags } from '../../core/validation-messages.js';
import type { MessageKey, MessageParams } from '../../i18n/catalogue.js';
import { dateInputStyles } from './date-input.styles.js';
import { dateInputStrings } from '../../i18n/strings/date-input.js';

/**
 * The value of a `<cor-date-input>`: a real date as `YYYY-MM-DD` (`'2007-03-27'`), or `''` while
 * the fields do not hold one. The same text a native `<input type="date">` submits.
 */
export type DateInputValue = string;

/** What is wrong with the fields now, and which fields to mark. */
interface Problem {
  flags: ValidityFlags;
  key: MessageKey;
  params?: MessageParams;
  /** The fields the message is about, in order (the first one takes focus). */
  parts: DatePart[];
}

const MISSING_KEYS: Record<string, MessageKey> = {
  day: 'dateMissingDay',
  month: 'dateMissingMonth',
  year: 'dateMissingYear',
  'day month': 'dateMissingDayMonth',
  'day year': 'dateMissingDayYear',
  'month year': 'dateMissingMonthYear',
};

const LABEL_KEYS: Record<DatePart, MessageKey> = {
  day: 'dateDay',
  month: 'dateMonth',
  year: 'dateYear',
};

/**
 * A date the person knows, such as their date of birth or the date on a document, asked as
 * three text fields in the Chilean order: día, mes, año. The fields sit in a `<fieldset>` whose
 * legend is the question, with an optional hint («Por ejemplo, 27 3 2007») and error message.
 *
 * It is one form control: the form receives the date as `YYYY-MM-DD` under `name` (the format of
 * a native `<input type="date">`), or an empty value while the fields hold no real date. The
 * `value` property is the same text; setting it fills the three fields. The `value` attribute is
 * the initial date, to which `form.reset()` returns.
 *
 * The messages say exactly what is wrong, as GOV.UK's date pattern writes them («La fecha debe
 * incluir un mes», «El año debe tener 4 números», «La fecha debe ser en el pasado»…), in the
 * element's language, and only the wrong field gets the error style and `aria-invalid` (all
 * three when the whole date is wrong). `focusFromLink()` focuses the first wrong field: the
 * error summary calls it. Months may also be written as names («marzo», «mar», «March»).
 *
 * No value ever goes through a local-time `Date`: Chile changes clocks at midnight, so dates are
 * checked and compared as plain year, month and day (`core/date-only.ts`), and today is read in
 * the person's time zone through Intl.
 *
 * @summary Día, mes and año fields in a fieldset; submits YYYY-MM-DD.
 *
 * @slot legend - Rich content for the question; overrides the `legend` attribute.
 * @slot hint - Rich content for the hint; overrides the `hint` attribute.
 *
 * @csspart fieldset - The `<fieldset>` around the three fields.
 * @csspart legend - The `<legend>` (the question).
 * @csspart hint - The hint under the legend.
 * @csspart error - The error message.
 * @csspart fields - The row that holds the three fields.
 * @csspart item - Each field with its label; also `day`, `month` or `year`.
 * @csspart day - The day field with its label.
 * @csspart month - The month field with its label.
 * @csspart year - The year field with its label.
 * @csspart label - Each field's `<label>`; also `day-label`, `month-label` or `year-label`.
 * @csspart day-label - The label «Día».
 * @csspart month-label - The label «Mes».
 * @csspart year-label - The label «Año».
 * @csspart input - Each native `<input>`; also `day-input`, `month-input` or `year-input`.
 * @csspart day-input - The day `<input>` (2 characters wide).
 * @csspart month-input - The month `<input>` (2 characters wide).
 * @csspart year-input - The year `<input>` (4 characters wide).
 *
 * @cssprop --cor-input-background - Background of the fields.
 * @cssprop --cor-input-text - Text colour of the fields.
 * @cssprop --cor-input-border-color - Border colour of the fields.
 * @cssprop --cor-input-border-width - Border width of the fields.
 * @cssprop --cor-input-radius - Corner radius of the fields.
 * @cssprop --cor-input-min-height - Minimum height of the fields.
 * @cssprop --cor-input-char-width - Width of one character, for the 2- and 4-character fields.
 * @cssprop --cor-input-error-border-color - Border colour of a field with an error.
 *
 * @fires input - When the person types in any field (from the native input, composed).
 * @fires change - When the person leaves a field they changed (re-dispatched from the host).
 * @fires invalid - When a validity check fails, as on a native input.
 */
export class CorDateInput extends CorValidatedControl {
  protected static override strings = dateInputStrings;

  static override styles = [
    hostStyles,
    fieldStyles,
    legendStyles,
    focusRing,
    inputStyles,
    dateInputStyles,
  ];

  /** The question, e.g. «¿Cuál es su fecha de nacimiento?». Required (attribute or slot). */
  @property() legend = '';

  /** Size of the legend: `s` (default), `m`, `l` or `xl`, as in GOV.UK's question pages. */
  @property({ attribute: 'legend-size' }) legendSize: LegendSize = 's';

  /** The legend is the page's `<h1>` (one question per page). */
  @property({ type: Boolean }) heading = false;

  /** Help under the legend, usually an example in the order día, mes, año: «Por ejemplo, 27 3 2007». */
  @property() hint = '';

  /**
   * The initial date, `YYYY-MM-DD`, as the `value` attribute of a native input: `form.reset()`
   * returns to it. A text in that shape with a part empty or impossible («2007--27»,
   * «2023-02-30») shows those parts in the fields (the value is then `''`).
   * @attr value
   */
  @property({ attribute: 'value', reflect: true }) defaultValue = '';

  /**
   * The earliest date accepted: `YYYY-MM-DD`, or `today` (today where the person is). Other
   * text is ignored, as a native input does.
   */
  @property() min: string | undefined;

  /** The latest date accepted: `YYYY-MM-DD`, or `today`. Other text is ignored. */
  @property() max: string | undefined;

  /** Only dates before today are accepted («La fecha debe ser en el pasado»). */
  @property({ type: Boolean }) past = false;

  /** Only dates after today are accepted («La fecha debe ser en el futuro»). */
  @property({ type: Boolean }) future = false;

  /** The person cannot edit the date; it is still submitted and focusable. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /**
   * `bday` for a date of birth: the fields get `bday-day`, `bday-month` and `bday-year`, so the
   * browser can fill them in. `off` turns autofill and back/forward restore off. Other values
   * leave the browser's default.
   */
  @property() autocomplete: string | undefined;

  /**
   * With `error` (a message from the server), the fields to mark: `day`, `month` and/or `year`,
   * separated by spaces. Empty (default): all three, as for a problem with the whole date.
   */
  @property({ attribute: 'error-fields' }) errorFields = '';

  /** What the fields hold once the person typed or a script set the value; else the default. */
  private dirtyFields: DateFields | undefined;
  private readonly slots = new SlotController(this, ['legend', 'hint']);

  /** The date as `YYYY-MM-DD`, or `''` while the fields hold no real date. Setting it fills the fields. */
  @property({ attribute: false, noAccessor: true })
  get value(): DateInputValue {
    const reading = readDateFields(this.fields);
    return reading.kind === 'date' ? reading.iso : '';
  }
  set value(value: DateInputValue) {
    this.setFields(fieldsFromText(toText(value)));
  }

  /**
   * Changes what the fields hold (undefined: back to the default). The value may stay the same
   * ('' for two unfinished dates) while the fields and the message change: both are requested.
   */
  private setFields(fields: DateFields | undefined): void {
    const oldValue = this.value;
    const oldFields = this.dirtyFields;
    this.dirtyFields = fields;
    this.requestUpdate('value', oldValue);
    this.requestUpdate('dirtyFields', oldFields);
  }

  /** What the three fields show. */
  private get fields(): DateFields {
    return this.dirtyFields ?? fieldsFromText(toText(this.defaultValue));
  }

  private input(part: DatePart): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector(`#${part}`) ?? null;
  }

  private get autofill(): boolean {
    return toText(this.autocomplete).trim().toLowerCase() !== 'off';
  }

  protected override get barredFromValidation(): boolean {
    return this.readOnly;
  }

  // ----- Form value and validity -----

  protected writeFormValue(): void {
    const fields = this.fields;
    // The state kept for back/forward restore is what the fields show, even an unfinished date.
    const state = JSON.stringify([fields.day, fields.month, fields.year]);
    this.internals.setFormValue(this.value, this.autofill ? state : null);
    // The fields get their text here, not through a template binding: writing only what
    // differs keeps the caret where the person is typing.
    for (const part of DATE_PARTS) {
      const input = this.input(part);
      if (input && input.value !== fields[part]) input.value = fields[part];
    }
  }

  protected constraintFailure(): ConstraintFailure | null {
    const problem = this.problem();
    if (!problem) return null;
    return {
      flags: problem.flags,
      message: this.localize.term(problem.key, problem.params),
      anchor: this.input(problem.parts[0]!) ?? undefined,
    };
  }

  /** What is wrong with the fields now (required, an unfinished or impossible date, a range). */
  private problem(): Problem | null {
    const reading = readDateFields(this.fields);
    switch (reading.kind) {
      case 'empty':
        // As natively, only a control the person can edit is missing its value (not disabled).
        return this.required && !this.isDisabled
          ? { flags: { valueMissing: true }, key: 'dateValueMissing', parts: [...DATE_PARTS] }
          : null;
      case 'missing':
        return {
          flags: { badInput: true },
          key: MISSING_KEYS[reading.parts.join(' ')]!,
          parts: reading.parts,
        };
      case 'invalid':
        return { flags: { badInput: true }, key: 'dateInvalid', parts: reading.parts };
      case 'year-length':
        return { flags: { badInput: true }, key: 'dateYearLength', parts: ['year'] };
      case 'date':
        return this.rangeFailure(reading.iso);
    }
  }

  private rangeFailure(iso: string): Problem | null {
    const limits = {
      min: toText(this.min),
      max: toText(this.max),
      past: Boolean(this.past),
      future: Boolean(this.future),
      today: todayIso(),
    };
    const broken = rangeProblem(iso, limits);
    if (!broken) return null;
    const { min, max } = dateBounds(limits);
    const words = (date: string | null) => (date ? formatIsoDate(date, this.dateLocale) : '');
    const parts = [...DATE_PARTS];
    const flags: ValidityFlags = {};
    if (broken.rangeUnderflow) flags.rangeUnderflow = true;
    if (broken.rangeOverflow) flags.rangeOverflow = true;
    switch (broken.rule) {
      case 'past':
        return { flags, key: 'datePast', parts };
      case 'future':
        return { flags, key: 'dateFuture', parts };
      case 'today-or-past':
        return { flags, key: 'dateTodayOrPast', parts };
      case 'today-or-future':
        return { flags, key: 'dateTodayOrFuture', parts };
      case 'min':
        return { flags, key: 'dateMin', params: { min: words(min) }, parts };
      case 'max':
        return { flags, key: 'dateMax', params: { max: words(max) }, parts };
      case 'between':
        return { flags, key: 'dateBetween', params: { min: words(min), max: words(max) }, parts };
    }
  }

  /**
   * The locale dates are written in: the element's own `lang` (es-CL, en-GB…) when the messages
   * are in that language, else the language of the messages.
   */
  private get dateLocale(): string {
    const language = this.localize.language;
    const lang = this.localize.lang;
    return lang && lang.split('-')[0] === language ? lang : language;
  }

  /** The fields marked as wrong: the service's choice with `error`, else the ones at fault. */
  private wrongFields(error: string): Set<DatePart> {
    if (!error) return new Set();
    if (toText(this.error).trim()) {
      const chosen = this.chosenErrorFields();
      return new Set(chosen.length ? chosen : DATE_PARTS);
    }
    const parts = this.problem()?.parts ?? [...DATE_PARTS];
    // One field at fault is marked alone; more than one, and the whole date is (GOV.UK).
    return new Set(parts.length === 1 ? parts : DATE_PARTS);
  }

  private chosenErrorFields(): DatePart[] {
    const tokens = toText(this.errorFields).trim().toLowerCase().split(/\s+/).filter(Boolean);
    return DATE_PARTS.filter((part) => tokens.includes(part));
  }

  // ----- Form lifecycle -----

  formResetCallback(): void {
    this.forgetInteraction();
    this.setFields(undefined);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!this.autofill || typeof state !== 'string') return;
    let saved: unknown;
    try {
      saved = JSON.parse(state);
    } catch {
      saved = null;
    }
    if (Array.isArray(saved) && saved.length === 3 && saved.every((s) => typeof s === 'string')) {
      const [day, month, year] = saved as string[];
      this.setFields({ day: day!, month: month!, year: year! });
    } else {
      this.value = state;
    }
  }

  /**
   * Focuses the first wrong field (the whole date's first field, the day, when the whole date is
   * wrong or nothing is) and scrolls the question into view: what an error-summary link does.
   */
  override focusFromLink(): void {
    const legend = this.renderRoot.querySelector<HTMLElement>('[part~="legend"]');
    (legend ?? this).scrollIntoView({ block: 'start' });
    if (this.isDisabled) return;
    const shown = this.wrongFields(this.visibleError);
    const part =
      DATE_PARTS.find((p) => shown.has(p)) ??
      (this.willValidate ? this.problem()?.parts[0] : undefined) ??
      'day';
    this.input(part)?.focus({ preventScroll: true });
  }

  // ----- Rendering -----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.legend && !this.slots.has('legend')) {
      this.warn('needs a legend (the question): set the `legend` attribute or fill the slot.');
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('legendSize')) {
      this.legendSize = this.oneOf('legend-size', this.legendSize, LEGEND_SIZES, 's');
    }
    for (const name of ['min', 'max'] as const) {
      const text = toText(this[name]);
      if (changed.has(name) && text && text.toLowerCase() !== 'today' && !isIsoDate(text)) {
        this.warn(`${name}="${text}" is not a date (YYYY-MM-DD) or "today"; it is ignored.`);
      }
    }
    if ((changed.has('past') || changed.has('future')) && this.past && this.future) {
      this.warn('has both `past` and `future`: no date can be accepted.');
    }
    if (changed.has('errorFields')) {
      const unknown = toText(this.errorFields)
        .trim()
        .toLowerCase()
        .split(/\s+/)
        .filter((t) => t && !(DATE_PARTS as readonly string[]).includes(t));
      if (unknown.length) {
        this.warn(`error-fields: unknown ${unknown.join(', ')}; use day, month and/or year.`);
      }
    }
  }

  protected override render() {
    const error = this.visibleError;
    const wrong = this.wrongFields(error);
    const legend = toText(this.legend);
    const hint = toText(this.hint);
    const hasHint = hint !== '' || this.slots.has('hint');
    const description = [hasHint ? 'hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <div class="group ${error ? 'in-error' : ''}">
        <fieldset part="fieldset" aria-describedby=${ifDefined(description || undefined)}>
          ${
            legend !== '' || this.slots.has('legend')
              ? renderLegend({ legend, size: this.legendSize, heading: Boolean(this.heading) })
              : nothing
          }
          <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
            <slot name="hint">${hint}</slot>
          </div>
          <p part="error" id="error" class="error" ?hidden=${!error}>
            ${
              error
                ? html`<span class="visually-hidden">${this.localize.term('errorPrefix')} </span
                    >${error}`
                : nothing
            }
          </p>
          <div part="fields" class="fields">
            ${DATE_PARTS.map((part) => this.renderField(part, wrong.has(part)))}
          </div>
        </fieldset>
      </div>
    `;
  }

  private renderField(part: DatePart, invalid: boolean) {
    const autocomplete: AutoFill | undefined = !this.autofill
      ? 'off'
      : toText(this.autocomplete).trim().toLowerCase() === 'bday'
        ? `bday-${part}`
        : undefined;
    const width = part === 'year' ? 4 : 2;
    return html`<div part="item ${part}" class="item">
      <label part="label ${part}-label" class="item-label" for=${part}
        >${this.localize.term(LABEL_KEYS[part])}</label
      >
      <div class="input-row fixed width-${width} ${invalid ? 'has-error' : ''}">
        <input
          part="input ${part}-input"
          id=${part}
          class="input focus-ring"
          type="text"
          inputmode="numeric"
          spellcheck="false"
          autocomplete=${ifDefined(autocomplete)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readOnly}
          ?required=${this.required}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(invalid ? 'error' : undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
          @keydown=${this.onKeydown}
        />
      </div>
    </div>`;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.markEdited();
    this.setFields({ ...this.fields, [input.id as DatePart]: input.value });
  }

  private onChange(event: Event): void {
    this.onInput(event);
    // Moving between the fields is not leaving the control: errors wait until focus leaves
    // all three (the `focusout` the core listens to does not cross the shadow root then).
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /**
   * Enter presses the form's default button (its first submit button), as in a native date
   * field; a disabled one does nothing. Without a button nothing happens: no engine submits a
   * form from its date field then (HTML would, for a lone field; see parity/date-checks.ts).
   */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const form = this.form;
    if (!form) return;
    event.preventDefault();
    const button = defaultButtonOf(form);
    if (button && !button.matches(':disabled')) button.click();
  }
}
