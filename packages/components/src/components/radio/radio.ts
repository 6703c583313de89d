import { choiceItemStyles } from '../../core/choice.styles.js';
import { CorChoiceItem } from '../../core/choice-group.js';
import { hostStyles } from '../../core/cor-element.js';
import { focusRing } from '../../core/focus.styles.js';
import { radioStyles } from './radio.styles.js';

/**
 * One option of a `<cor-radios>` group: a native radio with its label, an optional hint, and
 * optional content revealed while it is chosen (`conditional` slot). The group submits the
 * `value` of the chosen option under its own `name`, and moves the choice with the arrow keys.
 *
 * The `checked` attribute is the initial choice, to which `form.reset()` returns; the `checked`
 * property is the current one. Checking one option unchecks the others of its group. Form
 * controls in hidden conditional content are disabled so that they are not submitted, and get
 * their own state back when shown.
 *
 * @summary One option of a group of radios.
 *
 * @slot label - Rich content for the option's text; overrides the `label` attribute.
 * @slot hint - Rich content for the option's hint; overrides the `hint` attribute.
 * @slot conditional - Content shown only while the option is chosen (for example a follow-up question).
 *
 * @csspart item - The row of circle, label and hint.
 * @csspart control - The native `<input type="radio">` (it draws the circle).
 * @csspart label - The `<label>`.
 * @csspart hint - The option's hint.
 * @csspart conditional - The wrapper of the conditional content.
 * @csspart divider - The «o» ("or") shown before the option with `divider`.
 *
 * @cssprop --cor-input-background - Background of the circle.
 * @cssprop --cor-input-text - Colour of the dot.
 * @cssprop --cor-input-border-color - Border colour of the circle.
 * @cssprop --cor-input-border-width - Border width of the circle.
 *
 * @fires input - When the person chooses the option (composed, from the native input).
 * @fires change - When the person chooses the option.
 */
export class CorRadio extends CorChoiceItem {
  static override styles = [hostStyles, focusRing, choiceItemStyles, radioStyles];

  protected get type() {
    return 'radio' as const;
  }

  /**
   * Each radio is alone in its shadow root, so the browser would count it "1 of 1": its place in
   * the group is given explicitly.
   */
  protected override controlAttributes() {
    const items = this.group?.items ?? [];
    const index = items.indexOf(this);
    return index < 0 ? {} : { posinset: index + 1, setsize: items.length };
  }
}
