import { property } from 'lit/decorators.js';
import { choiceGroupStyles } from '../../core/choice.styles.js';
import { type ChoiceCause, CorChoiceGroup, type CorChoiceItem } from '../../core/choice-group.js';
import { hostStyles } from '../../core/cor-element.js';
import { fieldStyles } from '../../core/field.styles.js';
import { legendStyles } from '../../core/legend.js';
import { radiosStyles } from './radios.styles.js';

/**
 * A question answered by choosing one option (`<cor-radio>`), as GOV.UK's radios: a
 * `<fieldset>` whose `<legend>` is the question, with a hint and an error message read as the
 * group's description. Options are stacked, or side by side with `inline` (for two short ones).
 *
 * It is the form control: the form receives the chosen option's `value` under the group's
 * `name`. As with native radios, the group is one Tab stop (the chosen option, or the first);
 * the arrow keys move the choice, skipping disabled options and wrapping around; Space
 * chooses. `form.reset()` returns to the option checked in the markup; a disabled
 * `<fieldset>`, `form="id"`, back/forward restore and the validity API work as natively.
 *
 * @summary Radios: a question with one answer.
 *
 * @slot - The options: `<cor-radio>` elements.
 * @slot legend - Rich content for the question; overrides the `legend` attribute.
 * @slot hint - Rich content for the group's hint; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of the fieldset (it carries the error bar).
 * @csspart fieldset - The `<fieldset>`.
 * @csspart legend - The `<legend>` (the question).
 * @csspart hint - The group's hint.
 * @csspart error - The error message.
 * @csspart items - The container of the options.
 *
 * @fires input - When the person chooses an option (from the option, composed).
 * @fires change - When the person chooses an option (from the option, bubbling).
 * @fires invalid - When a validity check fails, as on a native radio.
 */
export class CorRadios extends CorChoiceGroup {
  static override styles = [hostStyles, fieldStyles, legendStyles, choiceGroupStyles, radiosStyles];

  /** Options side by side instead of stacked: for two or three short answers, such as «Sí» / «No». */
  @property({ type: Boolean, reflect: true }) inline = false;

  /** @internal */
  get itemType() {
    return 'radio' as const;
  }

  protected get valueMissingKey() {
    return 'radiosValueMissing' as const;
  }

  /** The value of the chosen option, or '' when none is chosen. */
  get value(): string {
    return this.items.find((item) => item.checked)?.value ?? '';
  }

  constructor() {
    super();
    this.addEventListener('keydown', (event) => this.onKeydown(event));
  }

  /** The group's one Tab stop: the chosen option, else the first that can be chosen. */
  protected override get focusItem(): CorChoiceItem | undefined {
    const enabled = this.items.filter((item) => !item.effectivelyDisabled);
    return enabled.find((item) => item.checked) ?? enabled[0];
  }

  /** @internal */
  override tabindexFor(item: CorChoiceItem): string {
    return item === this.focusItem ? '0' : '-1';
  }

  /**
   * Checking one radio unchecks the others, whoever checks it (as natively). A checked radio
   * joining the group unchecks those that joined before it: of several checked in the markup,
   * the last wins, as when the browser parses native radios.
   */
  protected override relate(item: CorChoiceItem, cause: ChoiceCause): void {
    if (!item.checked) return;
    for (const other of this.items) {
      if (other === item || !other.checked) continue;
      if (cause === 'connect' && !other.joined) continue;
      other.setCheckedness(false);
    }
  }

  protected override get itemsClass(): string {
    return this.inline ? 'inline' : '';
  }

  /** Arrow keys move the choice to the next or previous option that can be chosen, wrapping. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.localize.dir === 'rtl';
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
    };
    const step = steps[event.key];
    if (!step) return;
    const items = this.items;
    const current = event
      .composedPath()
      .find((node): node is CorChoiceItem => items.includes(node as CorChoiceItem));
    if (!current) return;
    event.preventDefault();
    let index = items.indexOf(current);
    for (let n = 1; n < items.length; n++) {
      index = (index + step + items.length) % items.length;
      const next = items[index]!;
      if (next.effectivelyDisabled || next.hidden) continue;
      next.focus();
      next.click();
      return;
    }
  }
}
