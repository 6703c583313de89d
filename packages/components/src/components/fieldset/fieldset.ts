import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles, CorElement } from '../../core/cor-element.js';
import { fieldStyles } from '../../core/field.styles.js';
import { LEGEND_SIZES, legendStyles, renderLegend, type LegendSize } from '../../core/legend.js';
import { SlotController } from '../../core/slot-controller.js';
import { fieldsetStyles } from './fieldset.styles.js';

/** An author value as text (`null` and `undefined` give ''). */
function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/**
 * Groups related controls under a legend, as GOV.UK's fieldset: the parts of an address, the
 * day, month and year of a date, or a question answered with several fields. A native
 * `<fieldset>` and `<legend>` in the shadow root surround the content, so assistive technology
 * presents the slotted controls as one group named by the legend, and reads the group's hint and
 * error (its accessible description) when the person enters it.
 *
 * The legend can be the page's `<h1>` (`heading`), the GOV.UK pattern for a page that asks one
 * question. `hint` and `error` belong to the whole group; an error also draws the red bar that
 * marks a field with an error.
 *
 * It is not a form control and it does not disable its content: a native `<fieldset disabled>`
 * inside a shadow root does not disable the controls slotted into it, so there is no `disabled`
 * attribute. To disable a whole group, put it inside a native `<fieldset disabled>` of the page,
 * or disable each control.
 *
 * @summary Groups related controls under a legend, with a hint and an error for the group.
 *
 * @slot - The controls of the group (Cordillera fields or native controls with their labels).
 * @slot legend - Rich legend content; overrides the `legend` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper that shows the red bar when there is an error.
 * @csspart fieldset - The native `<fieldset>`.
 * @csspart legend - The native `<legend>`.
 * @csspart hint - The hint of the group.
 * @csspart error - The error message of the group.
 */
export class CorFieldset extends CorElement {
  static override styles = [hostStyles, fieldStyles, legendStyles, fieldsetStyles];

  /** The question or title of the group. Required (by attribute or slot) for accessibility. */
  @property() legend = '';

  /**
   * The size of the legend: `s` (default, bold body text), `m`, `l` or `xl` (heading sizes, for
   * a legend that is the page's heading; GOV.UK uses `l`). Unknown values fall back to `s`.
   * @attr legend-size
   */
  @property({ attribute: 'legend-size' }) legendSize: LegendSize = 's';

  /**
   * The legend is the page's `<h1>` (a page that asks one question). The `<h1>` goes inside the
   * `<legend>`, so the group is still named by the question.
   */
  @property({ type: Boolean }) heading = false;

  /** Help for the whole group, under the legend. */
  @property() hint = '';

  /**
   * An error message for the whole group from the service (for example after server-side
   * validation): shown under the hint with a visually hidden "Error:" and a red bar, and read as
   * part of the group's description.
   */
  @property() error = '';

  private readonly slots = new SlotController(this, ['legend', 'hint']);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!text(this.legend).trim() && !this.slots.has('legend')) {
      this.warn('needs a legend: set the `legend` attribute or fill the `legend` slot.');
    }
  }

  protected override render() {
    const size = this.oneOf('legend-size', text(this.legendSize), LEGEND_SIZES, 's');
    const hint = text(this.hint);
    const error = text(this.error);
    const hasHint = hint.trim() !== '' || this.slots.has('hint');
    const hasError = error.trim() !== '';
    const describedBy = [hasHint && 'hint', hasError && 'error'].filter(Boolean).join(' ');
    return html`
      <div part="form-group" class="group ${hasError ? 'has-error' : ''}">
        <fieldset
          part="fieldset"
          class="fieldset"
          aria-describedby=${ifDefined(describedBy || undefined)}
        >
          ${renderLegend({ legend: text(this.legend), size, heading: Boolean(this.heading) })}
          <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
            <slot name="hint">${hint}</slot>
          </div>
          <p part="error" id="error" class="error" ?hidden=${!hasError}>
            ${
              hasError
                ? html`<span class="visually-hidden">${this.localize.term('errorPrefix')} </span
                    >${error}`
                : nothing
            }
          </p>
          <slot></slot>
        </fieldset>
      </div>
    `;
  }
}
