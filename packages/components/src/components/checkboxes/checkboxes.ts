import { choiceGroupStyles } from '../../core/choice.styles.js';
import { type ChoiceCause, CorChoiceGroup, type CorChoiceItem } from '../../core/choice-group.js';
import { hostStyles } from '../../core/cor-element.js';
import { fieldStyles } from '../../core/field.styles.js';
import { legendStyles } from '../../core/legend.js';
import { CorCheckbox } from '../checkbox/checkbox.js';
import { checkboxesStyles } from './checkboxes.styles.js';

/**
 * A question answered by checking one or more options (`<cor-checkbox>`), as GOV.UK's
 * checkboxes: a `<fieldset>` whose `<legend>` is the question, with a hint and an error message
 * read as the group's description.
 *
 * It is the form control: the form receives one entry per checked option, all under the
 * group's `name` (`intereses=salud&intereses=vivienda`). `form.reset()` returns to the options
 * checked in the markup; a disabled `<fieldset>`, `form="id"`, back/forward restore and the
 * validity API work as with native checkboxes. `required` asks for at least one option.
 *
 * An option with `exclusive` («Ninguna de estas») unchecks the others when checked, and is
 * unchecked when another is checked; the group says so through a live region.
 *
 * @summary Checkboxes: a question with one or more answers.
 *
 * @slot - The options: `<cor-checkbox>` elements.
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
 * @fires input - When the person checks or unchecks an option (from the option, composed).
 * @fires change - When the person checks or unchecks an option (from the option, bubbling).
 * @fires invalid - When a validity check fails, as on a native control.
 */
export class CorCheckboxes extends CorChoiceGroup {
  static override styles = [
    hostStyles,
    fieldStyles,
    legendStyles,
    choiceGroupStyles,
    checkboxesStyles,
  ];

  /** @internal */
  get itemType() {
    return 'checkbox' as const;
  }

  protected get valueMissingKey() {
    return 'checkboxesValueMissing' as const;
  }

  /** The values of the checked options, in order (disabled ones included). */
  get values(): string[] {
    return this.items.filter((item) => item.checked).map((item) => item.value);
  }

  /** «Ninguna de estas» and the other options exclude each other, when the person checks one. */
  protected override relate(item: CorChoiceItem, cause: ChoiceCause): void {
    if (cause !== 'user' || !item.checked || !(item instanceof CorCheckbox)) return;
    const others = this.items.filter(
      (other): other is CorCheckbox =>
        other !== item && other.checked && other instanceof CorCheckbox,
    );
    if (item.exclusive) {
      for (const other of others) other.checked = false;
      if (others.length) {
        this.announce(this.localize.term('checkboxesOthersUnchecked', { count: others.length }));
      }
    } else {
      const exclusive = others.filter((other) => other.exclusive);
      for (const other of exclusive) other.checked = false;
      if (exclusive.length) {
        const label = exclusive.map((other) => other.labelText).join(', ');
        this.announce(this.localize.term('checkboxesExclusiveUnchecked', { label }));
      }
    }
  }
}
