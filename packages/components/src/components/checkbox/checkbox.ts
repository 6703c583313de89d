import { property } from 'lit/decorators.js';
import { choiceItemStyles } from '../../core/choice.styles.js';
import { CorChoiceItem } from '../../core/choice-group.js';
import { hostStyles } from '../../core/cor-element.js';
import { focusRing } from '../../core/focus.styles.js';
import { checkboxStyles } from './checkbox.styles.js';

/**
 * One option of a `<cor-checkboxes>` group: a native checkbox with its label, an optional hint,
 * and optional content revealed while it is checked (`conditional` slot). The group submits the
 * `value` of every checked option under its own `name`.
 *
 * The `checked` attribute is the initial state, to which `form.reset()` returns; the `checked`
 * property is the current one, as on a native checkbox. Form controls in hidden conditional
 * content are disabled so that they are not submitted, and get their own state back when shown.
 *
 * @summary One option of a group of checkboxes.
 *
 * @slot label - Rich content for the option's text; overrides the `label` attribute.
 * @slot hint - Rich content for the option's hint; overrides the `hint` attribute.
 * @slot conditional - Content shown only while the option is checked (for example a follow-up question).
 *
 * @csspart item - The row of box, label and hint.
 * @csspart control - The native `<input type="checkbox">` (it draws the box).
 * @csspart label - The `<label>`.
 * @csspart hint - The option's hint.
 * @csspart conditional - The wrapper of the conditional content.
 * @csspart divider - The «o» ("or") before an exclusive option.
 *
 * @cssprop --cor-input-background - Background of the box.
 * @cssprop --cor-input-text - Colour of the check mark.
 * @cssprop --cor-input-border-color - Border colour of the box.
 * @cssprop --cor-input-border-width - Border width of the box.
 *
 * @fires input - When the person checks or unchecks the option (composed, from the native input).
 * @fires change - When the person checks or unchecks the option.
 */
export class CorCheckbox extends CorChoiceItem {
  static override styles = [hostStyles, focusRing, choiceItemStyles, checkboxStyles];

  protected get type() {
    return 'checkbox' as const;
  }

  /**
   * An answer such as «Ninguna de estas»: checking it unchecks every other option of the group,
   * and checking another option unchecks it. The divider «o» shows before it.
   */
  @property({ type: Boolean, reflect: true }) exclusive = false;

  protected override get showsDivider(): boolean {
    return Boolean(this.divider) || Boolean(this.exclusive);
  }

  /** As GOV.UK: a checkbox that reveals content says whether it is expanded (ARIA allows it on checkboxes). */
  protected override controlAttributes(hasConditional: boolean) {
    return hasConditional
      ? { expanded: this.checked ? ('true' as const) : ('false' as const) }
      : {};
  }
}
