import { LitElement, html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { CorElement } from './cor-element.js';
import { LEGEND_SIZES, type LegendSize, renderLegend } from './legend.js';
import { SlotController } from './slot-controller.js';
import { type ConstraintFailure, CorValidatedControl, toText } from './validated-control.js';
import { choiceStrings } from '../i18n/strings/choice.js';

/** The sizes of the boxes and circles: `medium` (default, GOV.UK's 40 px) or `small` (24 px). */
export const CHOICE_SIZES = ['medium', 'small'] as const;
export type ChoiceSize = (typeof CHOICE_SIZES)[number];

export type ChoiceType = 'checkbox' | 'radio';

/**
 * What a change of an item comes from: the person, a script (or the markup), or the item
 * joining its group.
 */
export type ChoiceCause = 'user' | 'script' | 'connect';

/** A form control that the group holds in its conditional content, native or Cordillera. */
type Disableable = Element & { disabled: boolean };

function isFormControl(el: Element): el is Disableable {
  if (
    el instanceof HTMLInputElement ||
    el instanceof HTMLSelectElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLButtonElement
  ) {
    return true;
  }
  // Form-associated custom elements (cor-text-input, a nested cor-checkboxes…).
  const ctor = el.constructor as { formAssociated?: boolean };
  return Boolean(ctor.formAssociated) && 'disabled' in el;
}

/**
 * One checkbox or radio of a group: a native `<input>` with its label, an optional hint, and
 * optional content revealed while it is checked. It is not a form control by itself: the group
 * around it (`CorChoiceGroup`) submits the checked values under its one `name`.
 *
 * As on a native checkbox, the `checked` attribute is the default (`defaultChecked`), to which
 * `form.reset()` returns; the `checked` property is the current state.
 */
export abstract class CorChoiceItem extends CorElement {
  protected static override strings = choiceStrings;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  // Declared first: the property initializers below already call requestUpdate().
  private checkedState: boolean | undefined;
  private dirty = false;
  private owner: CorChoiceGroup | null = null;
  /** Controls in the conditional content that this item disabled while it is hidden. */
  private held = new Set<Disableable>();

  /** `checkbox` or `radio`: the native input this item renders. */
  protected abstract get type(): ChoiceType;

  /** The option's text. Required (by attribute or the `label` slot) for accessibility. */
  @property() label = '';

  /** Help under the option's label; read as the option's description. */
  @property() hint = '';

  /**
   * Whether the option is checked when the page loads, as the `checked` attribute of a native
   * input: `form.reset()` returns to it.
   * @attr checked
   */
  @property({ type: Boolean, attribute: 'checked', reflect: true }) defaultChecked = false;

  /** The option cannot be chosen, and is not submitted even if checked. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Shows the divider «o» ("or") before this option, as GOV.UK does before a last, different answer. */
  @property({ type: Boolean, reflect: true }) divider = false;

  protected readonly slots = new SlotController(this, ['label', 'hint', 'conditional']);

  /**
   * The value submitted when the option is checked: the `value` attribute, `on` without one
   * (as a native checkbox).
   * @attr value
   */
  @property({ noAccessor: true })
  get value(): string {
    return this.getAttribute('value') ?? 'on';
  }
  set value(value: string) {
    const old = this.value;
    if (value === null || value === undefined) this.removeAttribute('value');
    else if (String(value) !== this.getAttribute('value'))
      this.setAttribute('value', String(value));
    this.requestUpdate('value', old);
  }

  /** Whether the option is checked now. Setting it counts as a change, as on a native input. */
  @property({ attribute: false, noAccessor: true })
  get checked(): boolean {
    return this.checkedState ?? Boolean(this.defaultChecked);
  }
  set checked(value: boolean) {
    const old = this.checked;
    this.checkedState = Boolean(value);
    this.dirty = true;
    this.requestUpdate('checked', old);
  }

  /** The group this option belongs to (its nearest group of the same type), if any. */
  get group(): CorChoiceGroup | null {
    for (let node = this.parentElement; node; node = node.parentElement) {
      if (node instanceof CorChoiceGroup) return node.itemType === this.type ? node : null;
    }
    return null;
  }

  /**
   * Disabled by itself, or by its group (which follows a disabled `<fieldset>`).
   * @internal
   */
  get effectivelyDisabled(): boolean {
    return Boolean(this.disabled) || Boolean(this.group?.itemsDisabled);
  }

  /**
   * The item has joined its group (its connectedCallback ran).
   * @internal
   */
  get joined(): boolean {
    return this.owner !== null;
  }

  /**
   * The native input, once rendered.
   * @internal
   */
  get control(): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('input') ?? null;
  }

  /**
   * The option's text, for announcements.
   * @internal
   */
  get labelText(): string {
    const slotted = [...this.children].filter((c) => c.getAttribute('slot') === 'label');
    const text = slotted.length ? slotted.map((c) => c.textContent ?? '').join(' ') : this.label;
    return toText(text).replace(/\s+/g, ' ').trim();
  }

  /**
   * Sets the checked state without marking it changed (a radio unchecked by another), or
   * returns it to the default (reset).
   * @internal
   */
  setCheckedness(checked: boolean | undefined, { dirty }: { dirty?: boolean } = {}): void {
    const old = this.checked;
    this.checkedState = checked;
    if (dirty !== undefined) this.dirty = dirty;
    super.requestUpdate(); // renders, without the notification of requestUpdate('checked')
    if (this.checked !== old) this.changedState('checked', old, 'script');
  }

  /** A disabled option (by itself or its group) cannot take focus, at once. */
  override focus(options?: FocusOptions): void {
    if (!this.effectivelyDisabled) super.focus(options);
  }

  /** A click on the option checks it, as `input.click()` does. */
  override click(): void {
    const control = this.control;
    if (control) control.click();
    else super.click();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.owner = this.group;
    this.owner?.itemsChanged(this);
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Checked after the first render, when a group defined in the same module has upgraded.
    if (!this.group) {
      this.warn(
        `must be inside its group (<${this.type === 'radio' ? 'cor-radios' : 'cor-checkboxes'}>).`,
      );
    }
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.owner?.itemsChanged(null);
    this.owner = null;
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    ...rest: unknown[]
  ): void {
    // As a native input whose checkedness was never changed: the `checked` attribute leads.
    if (name === 'defaultChecked' && !this.dirty && this.checkedState !== undefined) {
      this.checkedState = undefined;
    }
    (super.requestUpdate as (...args: unknown[]) => void)(name, oldValue, options, ...rest);
    if (
      name === 'checked' ||
      name === 'defaultChecked' ||
      name === 'disabled' ||
      name === 'value'
    ) {
      this.changedState(name, oldValue, 'script');
    }
  }

  /** Tells the group, synchronously: FormData right after a change must see it. */
  private changedState(name: PropertyKey, _old: unknown, cause: ChoiceCause): void {
    if (name === 'checked' || name === 'defaultChecked' || name === 'disabled') {
      this.syncConditional();
    }
    if (this.isConnected) this.group?.itemChanged(this, cause);
  }

  /** The person checked or unchecked the native input (its `input` event). */
  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const old = this.checked;
    this.checkedState = input.checked;
    this.dirty = true;
    // Lit's own bookkeeping, without the script-change notification of requestUpdate('checked').
    super.requestUpdate();
    if (this.checked !== old) {
      this.syncConditional();
      this.group?.itemChanged(this, 'user');
    }
  }

  private onChange(): void {
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ----- Conditional content -----

  private get conditionalElements(): Element[] {
    return [...this.children].filter((c) => c.getAttribute('slot') === 'conditional');
  }

  /**
   * Hidden conditional content is never submitted: its form controls are disabled while it is
   * hidden (or while the option itself is disabled), and get their own state back when it shows
   * (a control the page disabled itself stays disabled).
   * @internal
   */
  syncConditional(): void {
    const hold = !this.checked || this.effectivelyDisabled;
    if (hold) {
      for (const root of this.conditionalElements) {
        for (const el of [root, ...root.querySelectorAll('*')]) {
          if (!isFormControl(el) || this.held.has(el) || el.disabled) continue;
          el.disabled = true;
          this.held.add(el);
        }
      }
    } else {
      for (const el of this.held) el.disabled = false;
      this.held.clear();
    }
  }

  // ----- Rendering -----

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The native input follows the state (a radio unchecked by another, a reset…). Set here,
    // against the input's live state, not through a binding that compares with the last render.
    const control = this.control;
    if (control && control.checked !== this.checked) control.checked = this.checked;
    // Conditional content added or changed while hidden must be held too.
    this.syncConditional();
  }

  /** Attributes a subclass adds to the native input (aria-expanded on a checkbox…). */
  protected controlAttributes(_hasConditional: boolean): {
    expanded?: 'true' | 'false';
    posinset?: number;
    setsize?: number;
  } {
    return {};
  }

  /** Whether the divider «o» shows before this option. */
  protected get showsDivider(): boolean {
    return Boolean(this.divider);
  }

  protected override render() {
    const group = this.group;
    const size = group?.sizeValue ?? 'medium';
    const disabled = this.effectivelyDisabled;
    const hint = toText(this.hint);
    const hasHint = hint !== '' || this.slots.has('hint');
    const hasConditional = this.slots.has('conditional');
    const extra = this.controlAttributes(hasConditional);
    const tabindex = group?.tabindexFor(this);
    return html`<div class="choice size-${size}">
      ${
        this.showsDivider
          ? html`<div part="divider" class="divider">${this.localize.term('choiceDivider')}</div>`
          : nothing
      }
      <div part="item" class="item ${this.type} ${disabled ? 'disabled' : ''}">
        <span class="box">
          <input
            part="control"
            id="control"
            class="input focus-ring"
            type=${this.type}
            ?disabled=${disabled}
            tabindex=${ifDefined(tabindex)}
            aria-describedby=${ifDefined(hasHint ? 'hint' : undefined)}
            aria-controls=${ifDefined(hasConditional ? 'conditional' : undefined)}
            aria-expanded=${ifDefined(extra.expanded)}
            aria-posinset=${ifDefined(extra.posinset)}
            aria-setsize=${ifDefined(extra.setsize)}
            @input=${this.onInput}
            @change=${this.onChange}
          />
          <span class="mark" aria-hidden="true"></span>
        </span>
        <label part="label" class="label" for="control"
          ><slot name="label">${toText(this.label)}</slot></label
        >
        <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
          <slot name="hint">${hint}</slot>
        </div>
      </div>
      <div
        part="conditional"
        id="conditional"
        class="conditional"
        ?hidden=${!hasConditional || !this.checked}
      >
        <slot name="conditional"></slot>
      </div>
    </div>`;
  }
}

/**
 * A group of checkboxes or radios: a `<fieldset>` with its legend, hint and error, holding
 * `CorChoiceItem`s. It is the form control: it submits one entry per checked option under its
 * `name`, resets to the options checked in the markup, follows a disabled `<fieldset>` and
 * `form="id"`, restores its state on back/forward, and has the validity API.
 */
export abstract class CorChoiceGroup extends CorValidatedControl {
  protected static override strings = choiceStrings;

  /**
   * The type of the options this group holds.
   * @internal
   */
  abstract get itemType(): ChoiceType;

  /** The catalogue message for `required` when nothing is checked. */
  protected abstract get valueMissingKey(): MessageKey;

  /** The question, shown as the group's `<legend>`. Required (attribute or `legend` slot). */
  @property() legend = '';

  /** Size of the legend: `s` (default), `m`, `l` or `xl`, as in GOV.UK's question pages. */
  @property({ attribute: 'legend-size' }) legendSize: LegendSize = 's';

  /** The legend is the page's `<h1>` (one question per page). */
  @property({ type: Boolean }) heading = false;

  /** Help for the whole group, under the legend (for example «Seleccione todas las que correspondan»). */
  @property() hint = '';

  /** Size of the boxes or circles: `medium` (default) or `small`, for secondary questions and filters. */
  @property() size: ChoiceSize = 'medium';

  /** The text of the live region (announcements such as options unchecked by another). */
  @state() private announcement = '';

  /** The values a back/forward restore checks, while the options may still be upgrading. */
  private restoring: string[] | undefined;

  protected readonly groupSlots = new SlotController(this, ['legend', 'hint']);

  private itemCache: CorChoiceItem[] | undefined;

  /** The options of this group, in document order (nested groups keep their own). */
  get items(): CorChoiceItem[] {
    this.itemCache ??= [...this.querySelectorAll('*')].filter(
      (el): el is CorChoiceItem => el instanceof CorChoiceItem && el.group === this,
    );
    return this.itemCache;
  }

  /** The options that are checked and enabled: what the form receives. */
  protected get submitted(): CorChoiceItem[] {
    return this.items.filter((item) => item.checked && !item.effectivelyDisabled);
  }

  /** @internal */
  get itemsDisabled(): boolean {
    return this.isDisabled;
  }

  /** The size in use (an unknown value falls back to `medium`). @internal */
  get sizeValue(): ChoiceSize {
    return this.oneOf('size', this.size, CHOICE_SIZES, 'medium');
  }

  /** The option that focus goes to (for `focus()`, links and the validity anchor). */
  protected get focusItem(): CorChoiceItem | undefined {
    return this.items.find((item) => !item.effectivelyDisabled);
  }

  /** The `tabindex` of an option's input (radios rove it; checkboxes leave it). @internal */
  tabindexFor(_item: CorChoiceItem): string | undefined {
    return undefined;
  }

  /**
   * An option changed: keep the form value, the other options and the display in step.
   * @internal
   */
  itemChanged(item: CorChoiceItem, cause: ChoiceCause): void {
    this.relate(item, cause);
    if (cause === 'user') this.markInteracted();
    this.requestUpdate();
  }

  /** An option joined or left the group. @internal */
  itemsChanged(item: CorChoiceItem | null): void {
    this.itemCache = undefined;
    // An option that upgrades after a back/forward restore gets its restored state.
    if (item && this.restoring) item.checked = this.restoring.includes(item.value);
    if (item?.checked) this.relate(item, 'connect');
    this.requestUpdate();
  }

  /** How one option's change affects the others (radios uncheck, exclusive options clear). */
  protected relate(_item: CorChoiceItem, _cause: ChoiceCause): void {}

  /** Says `text` through the group's live region (which is always in the page). */
  protected announce(text: string): void {
    // A repeated message must change the region's text to be read again.
    this.announcement = text === this.announcement.trim() ? `${text}\u00a0` : text;
  }

  // ----- Form value and validity -----

  protected writeFormValue(): void {
    const checked = this.submitted;
    const name = this.name;
    let value: FormData | null = null;
    if (name && checked.length) {
      value = new FormData();
      for (const item of checked) value.append(name, item.value);
    }
    // The saved state (back/forward) lists the checked values, whatever the name.
    const state = JSON.stringify(this.items.filter((i) => i.checked).map((i) => i.value));
    this.internals.setFormValue(value, state);
  }

  protected constraintFailure(): ConstraintFailure | null {
    if (!this.required || this.submitted.length > 0) return null;
    return {
      flags: { valueMissing: true },
      message: this.localize.term(this.valueMissingKey),
      anchor: this.focusItem?.control ?? undefined,
    };
  }

  formResetCallback(): void {
    for (const item of this.items) item.setCheckedness(undefined, { dirty: false });
    this.forgetInteraction();
    this.announcement = '';
    this.requestUpdate();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let values: unknown;
    try {
      values = JSON.parse(state);
    } catch {
      return;
    }
    if (!Array.isArray(values)) return;
    // The browser restores the group when it upgrades, often before its options do (their
    // definition may come later in the same module graph): those get the state as they join.
    this.restoring = values.map(String);
    for (const item of this.items) item.checked = this.restoring.includes(item.value);
    queueMicrotask(() => (this.restoring = undefined));
  }

  /**
   * As `reportValidity()` on a native control: when invalid, and the `invalid` event was not
   * cancelled, focus goes to the group (the browser would focus the host, whose shadow root
   * holds no option: they are slotted).
   */
  override reportValidity(): boolean {
    let cancelled = false;
    const listener = (event: Event) => (cancelled = event.defaultPrevented);
    this.addEventListener('invalid', listener);
    try {
      const valid = super.reportValidity();
      if (!valid && !cancelled) this.focus();
      return valid;
    } finally {
      this.removeEventListener('invalid', listener);
    }
  }

  // ----- Focus -----

  /** Focuses the option a person would start from (the checked radio, or the first option). */
  override focus(options?: FocusOptions): void {
    if (this.isDisabled) return;
    const item = this.focusItem;
    if (item) item.focus(options);
    else super.focus(options);
  }

  /** What an error-summary link does: the question scrolls into view, the first option is focused. */
  override focusFromLink(): void {
    const legend = this.renderRoot.querySelector<HTMLElement>('[part~="legend"]');
    (legend ?? this).scrollIntoView({ block: 'start' });
    this.focus({ preventScroll: true });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.itemCache = undefined;
    if (!this.legend && !this.groupSlots.has('legend')) {
      this.warn('needs a legend: set the `legend` attribute or fill the `legend` slot.');
    }
  }

  override requestUpdate(...args: Parameters<CorValidatedControl['requestUpdate']>): void {
    super.requestUpdate(...args);
    // Disabling the group holds its options' conditional controls at once (FormData).
    if (args[0] === 'disabled' && this.hasUpdated) this.syncItemsDisabled();
  }

  override formDisabledCallback(disabled: boolean): void {
    super.formDisabledCallback(disabled);
    this.syncItemsDisabled();
  }

  private syncItemsDisabled(): void {
    for (const item of this.items) item.syncConditional();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The options read the group's disabled state, size and roving tabindex when they render.
    for (const item of this.items) item.requestUpdate();
  }

  /** Classes of the options' container (a subclass adds its layouts). */
  protected get itemsClass(): string {
    return '';
  }

  protected override render() {
    const error = this.visibleError;
    const legend = toText(this.legend);
    const hasLegend = legend !== '' || this.groupSlots.has('legend');
    const hint = toText(this.hint);
    const hasHint = hint !== '' || this.groupSlots.has('hint');
    const legendSize = this.oneOf('legend-size', this.legendSize, LEGEND_SIZES, 's');
    const describedBy = [hasHint ? 'hint' : '', error ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        <fieldset part="fieldset" aria-describedby=${ifDefined(describedBy || undefined)}>
          ${
            hasLegend
              ? renderLegend({ legend, size: legendSize, heading: Boolean(this.heading) })
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
          <div part="items" class="items ${this.itemsClass}"><slot></slot></div>
        </fieldset>
        <div class="visually-hidden" role="status">${this.announcement}</div>
      </div>
    `;
  }
}
