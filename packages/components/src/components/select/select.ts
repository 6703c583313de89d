import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { CorFormControl, toText } from '../../core/form-control.js';
import { hostStyles } from '../../core/cor-element.js';
import { selectStyles } from '../../core/select.styles.js';
import { SlotController } from '../../core/slot-controller.js';
import { selectComponentStyles } from './select.styles.js';
import { selectStrings } from '../../i18n/strings/select.js';

/** One choice of a `<cor-select>` given through its `options` property. */
export interface SelectOption {
  /**
   * What the form submits when the option is chosen. When it is missing, the label is
   * submitted, as for a native `<option>` without a `value` attribute.
   */
  value: string;
  /** What the person reads. When it is missing, the value is shown. */
  label: string;
  /** Shown, but it cannot be chosen (and is not submitted). */
  disabled?: boolean;
  /**
   * The heading of the group (`<optgroup>`) the option is listed under. Options with the same
   * group are listed together, where the group first appears.
   */
  group?: string;
}

interface OptionEntry {
  kind: 'option';
  key: unknown;
  value: string | null;
  label: string | null;
  text: string;
  disabled: boolean;
  selected: boolean;
}

interface GroupEntry {
  kind: 'group';
  key: unknown;
  label: string | null;
  disabled: boolean;
  options: OptionEntry[];
}

type Entry = OptionEntry | GroupEntry;
type Clone = HTMLOptionElement | HTMLOptGroupElement;

/** The key of the empty first option that `placeholder` adds. */
const PLACEHOLDER = Symbol('placeholder');

/** The attributes of the page's `<option>`/`<optgroup>` children that the copies follow. */
const OPTION_ATTRIBUTES = ['value', 'label', 'disabled', 'selected'];

/** HTML's "strip and collapse ASCII whitespace": an `<option>` without `value` submits this. */
const collapse = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ').trim();

/** Text from anything a framework may pass, never throwing (a throwing `toString`…). */
function safeText(value: unknown): string {
  try {
    return toText(value);
  } catch {
    return '';
  }
}

function setAttribute(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

const isOption = (el: Element): el is HTMLOptionElement => el.localName === 'option';

function optionEntry(option: HTMLOptionElement): OptionEntry {
  return {
    kind: 'option',
    key: option,
    value: option.getAttribute('value'),
    label: option.getAttribute('label'),
    text: option.text ?? option.textContent ?? '',
    disabled: option.hasAttribute('disabled'),
    selected: option.hasAttribute('selected'),
  };
}

/**
 * A drop-down list to choose one option, with its label, hint and error message. Inside is a
 * native `<select>`, so the list, the keyboard and screen readers work as the browser and the
 * operating system make them work. It is a form control in its own right: its value reaches
 * `FormData`, it resets, it follows a disabled `<fieldset>`, and its validity API and messages
 * match a native `<select>` in the page's language.
 *
 * Options: write `<option>` and `<optgroup>` elements inside `<cor-select>` (they are copied
 * into the inner select as text, and later changes to them show at once), or set the `options`
 * property to an array of `SelectOption` (`{ value, label, disabled?, group? }`). When the
 * property holds at least one option, it wins and the child options are ignored.
 *
 * Value: as a native `<select>`, the option marked `selected` is chosen at first and after a
 * reset, and the first option otherwise. The `value` attribute (`defaultValue`, a Cordillera
 * addition for server-rendered pages and frameworks) names that option instead: it wins over
 * `selected` until the person or a script chooses, like the `value` attribute of an input, and
 * a `value` that no option has is ignored. Setting the `value` property to a value no option
 * has leaves no option chosen (`value` is `''`, nothing is submitted), as natively; but a value
 * set while the list has no option yet waits for the options, so a framework may set `value`
 * before `options`.
 *
 * With `placeholder`, the list starts with an empty option ("Seleccione una opción" when the
 * attribute is empty). With `required`, that option counts as no answer (`valueMissing`), as the
 * native "placeholder label option" does.
 *
 * There is no `multiple`: to choose several options, use checkboxes (`cor-checkboxes`).
 *
 * @summary Drop-down list (a native select) with label, hint and error message.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 * @slot - `<option>` and `<optgroup>` elements: the choices (not shown themselves; copied as text into the inner select).
 *
 * @csspart form-group - The wrapper of label, hint, error and select.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart control - The native `<select>`.
 *
 * @cssprop --cor-input-background - Background of the select.
 * @cssprop --cor-input-text - Text colour of the select.
 * @cssprop --cor-input-border-color - Border colour of the select.
 * @cssprop --cor-input-border-width - Border width of the select.
 * @cssprop --cor-input-radius - Corner radius of the select.
 * @cssprop --cor-input-min-height - Minimum height of the select.
 * @cssprop --cor-input-error-border-color - Border colour of a select with an error.
 *
 * @fires input - When the person chooses another option (from the native select, composed).
 * @fires change - When the person chooses another option (re-dispatched from the native select).
 * @fires invalid - When a validity check fails, as on a native select.
 */
export class CorSelect extends CorFormControl {
  protected static override strings = selectStrings;

  static override styles = [
    hostStyles,
    fieldStyles,
    focusRing,
    selectStyles,
    selectComponentStyles,
  ];

  /** The question the list answers. Required (by attribute or slot) for accessibility. */
  @property() label = '';

  /** Help under the label. */
  @property() hint = '';

  /**
   * Adds an empty first option with this text, such as "Seleccione su región". Present but
   * empty, the text is "Seleccione una opción" ("Select an option" in English). With
   * `required`, choosing it counts as no answer.
   */
  @property() placeholder: string | null | undefined;

  /**
   * The choices, as an array of `{ value, label, disabled?, group? }`. When it holds at least
   * one option, it replaces the `<option>` children. Assign a new array to change it (changes
   * inside the same array are not seen).
   */
  @property({ attribute: false }) options: SelectOption[] = [];

  /** The autofill hint passed to the native select, for example `country-name` or `address-level1`. */
  @property() autocomplete: string | undefined;

  private readonly slots = new SlotController(this, ['label', 'hint']);

  /**
   * The native select: created with the element (so the value and the options work before it
   * renders, as for a native select), placed in the shadow root by the first render.
   */
  private readonly select: HTMLSelectElement = this.createSelect();
  private readonly clones = new Map<unknown, Clone>();
  private optionsStale = true;
  private fromUser = false;
  /** The person or a script chose an option since the last reset: `value` no longer leads. */
  private dirty = false;
  /** A value set while the list had no option yet (a framework setting `value` first). */
  private pendingValue: string | null = null;
  /** Whether the placeholder is shown, and where the options come from, at the last sync. */
  private layout = '';
  private readonly observer = new MutationObserver((records) => {
    if (!records.some((record) => this.concernsOptions(record))) return;
    this.syncOptions();
    this.requestUpdate();
  });

  constructor() {
    super();
    // Everything inside the element, for the whole life of the element: it only sees this
    // element's own children, so it never needs disconnecting.
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: OPTION_ATTRIBUTES,
    });
  }

  /** The value of the chosen option, or `''` when none is chosen (as a native select). */
  override get value(): string {
    this.ensureOptions();
    return this.select?.value ?? '';
  }
  override set value(value: unknown) {
    const old = this.value;
    // The person's own choice is already in the select: writing it again would move it to the
    // first option with the same value.
    if (this.select && !this.fromUser) {
      const text = safeText(value);
      this.select.value = text;
      // Natively lost; kept here until options arrive, so the order a framework sets
      // `value` and `options` in does not matter.
      this.pendingValue = text && this.select.options.length === 0 ? text : null;
    }
    this.dirty = true;
    this.requestUpdate('value', old);
  }

  /** The index of the chosen option among all options (groups flattened), or -1 when none is. */
  get selectedIndex(): number {
    this.ensureOptions();
    return this.select?.selectedIndex ?? -1;
  }
  set selectedIndex(index: number) {
    const old = this.value;
    let n = NaN;
    try {
      n = Number(index);
    } catch {
      // a Symbol: as NaN, 0
    }
    if (this.select) this.select.selectedIndex = Number.isFinite(n) ? n : 0;
    this.pendingValue = null;
    this.dirty = true;
    this.requestUpdate('value', old);
  }

  protected get validationTarget(): HTMLSelectElement | null {
    // An anchor for setValidity must be in the shadow root: the select is, from the first render.
    return this.select && this.renderRoot?.contains(this.select) ? this.select : null;
  }

  override requestUpdate(...args: Parameters<CorFormControl['requestUpdate']>): void {
    const [name] = args;
    if (name === 'defaultValue' || name === 'options' || name === 'placeholder') {
      this.optionsStale = true;
    }
    // required and disabled reach the select at once, so validity right after is up to date.
    if (this.select) {
      const required = Boolean(this.required);
      if (this.select.required !== required) this.select.required = required;
      const disabled = this.isDisabled;
      if (this.select.disabled !== disabled) this.select.disabled = disabled;
    }
    super.requestUpdate(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
    if (this.hasAttribute('multiple')) {
      this.warn('`multiple` is not supported: to choose several options, use cor-checkboxes.');
    }
  }

  override formResetCallback(): void {
    // Fresh copies: each option is chosen again only by its `selected` attribute (or `value`),
    // and forgets the person's choice, as the reset of a native select does.
    this.select.replaceChildren();
    this.clones.clear();
    this.dirty = false;
    this.pendingValue = null;
    this.optionsStale = true;
    this.ensureOptions();
    super.formResetCallback();
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    this.ensureOptions();
    super.formStateRestoreCallback(state);
  }

  protected override syncFormState(): void {
    super.syncFormState();
    const select = this.select;
    if (!select) return;
    // As natively, no chosen option, or a disabled one, submits nothing.
    const chosen = select.selectedOptions[0];
    if (!chosen || chosen.matches(':disabled')) {
      const keep = this.getAttribute('autocomplete')?.trim().toLowerCase() !== 'off';
      this.internals.setFormValue(null, keep ? this.value : null);
    }
    // A select-specific message for valueMissing ("Seleccione una opción de la lista").
    const validity = this.internals.validity;
    if (validity.valueMissing && !validity.customError && this.willValidate) {
      this.internals.setValidity(
        { valueMissing: true },
        this.localize.term('selectValueMissing'),
        this.validationTarget ?? undefined,
      );
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // Every render: the placeholder's built-in text follows the language.
    this.optionsStale = true;
    this.ensureOptions();
  }

  protected override render() {
    const error = this.visibleError;
    const parts: FieldParts = {
      controlId: 'control',
      label: toText(this.label),
      hint: toText(this.hint),
      hasHintSlot: this.slots.has('hint'),
      error,
      errorPrefix: this.localize.term('errorPrefix'),
    };
    const select = this.select;
    setAttribute(select, 'name', safeText(this.name) || null);
    setAttribute(select, 'autocomplete', safeText(this.autocomplete) || null);
    setAttribute(select, 'aria-invalid', error ? 'true' : 'false');
    setAttribute(select, 'aria-describedby', describedBy(parts) || null);
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        <div class="select-box ${this.isDisabled ? 'disabled' : ''}">${select}</div>
      </div>
    `;
  }

  // ----- The inner select and its options -----

  private createSelect(): HTMLSelectElement {
    const select = document.createElement('select');
    select.id = 'control';
    select.setAttribute('part', 'control');
    select.className = 'select focus-ring';
    select.addEventListener('input', () => this.takeFromUser());
    select.addEventListener('change', () => {
      this.takeFromUser();
      this.markInteracted();
      // The native change event does not leave the shadow root: re-dispatch it from the host.
      this.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return select;
  }

  private takeFromUser(): void {
    this.fromUser = true;
    try {
      this.takeValueFrom(this.select);
    } finally {
      this.fromUser = false;
    }
    // The select changed before this event, so `value` saw no change: render anyway (an error
    // shown on screen may be fixed now).
    this.requestUpdate();
  }

  /** A change of the page's options (not of the element's own attributes). */
  private concernsOptions(record: MutationRecord): boolean {
    return record.target !== this || record.type === 'childList';
  }

  /** Brings the copies up to date now if the options changed (read before `value`, FormData…). */
  private ensureOptions(): void {
    if (!this.select || !this.observer) return;
    const pending = this.observer.takeRecords().some((record) => this.concernsOptions(record));
    if (!pending && !this.optionsStale) return;
    this.optionsStale = false;
    this.syncOptions();
  }

  /**
   * Makes the select's options match the wanted ones, reusing the copy of each option so that
   * the browser keeps which one is chosen (and whether the person or a script chose it), as it
   * does when a page edits the options of a native select.
   */
  private syncOptions(): void {
    const fromProperty = this.propertyEntries();
    const entries = this.wantedEntries(fromProperty);
    // A placeholder added or removed, or options that now come from elsewhere (children or the
    // property): before any choice, start afresh, as if the page had been written that way.
    const layout = `${entries[0]?.key === PLACEHOLDER} ${fromProperty ? 'property' : 'children'}`;
    if (layout !== this.layout && !this.dirty) {
      this.select.replaceChildren();
      this.clones.clear();
    }
    this.layout = layout;
    const used = new Set<unknown>();
    this.place(this.select, entries, used);
    for (const key of [...this.clones.keys()]) if (!used.has(key)) this.clones.delete(key);
    if (this.pendingValue !== null && this.select.options.length) {
      this.select.value = this.pendingValue;
      this.pendingValue = null;
    }
    this.applyDefaultValue();
  }

  private place(
    parent: HTMLSelectElement | HTMLOptGroupElement,
    entries: readonly Entry[],
    used: Set<unknown>,
  ): void {
    const wanted = entries.map((entry) => this.cloneOf(entry, used));
    const keep = new Set<Element>(wanted);
    // What is gone leaves first, then the rest is put in order.
    for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
    wanted.forEach((clone, i) => {
      const entry = entries[i]!;
      this.copyEntry(clone, entry);
      if (parent.children[i] !== clone) parent.insertBefore(clone, parent.children[i] ?? null);
      if (entry.kind === 'group') this.place(clone as HTMLOptGroupElement, entry.options, used);
    });
  }

  private cloneOf(entry: Entry, used: Set<unknown>): Clone {
    const tag = entry.kind === 'group' ? 'optgroup' : 'option';
    let clone = this.clones.get(entry.key);
    if (!clone || clone.localName !== tag || used.has(entry.key)) {
      clone = document.createElement(tag);
      this.clones.set(entry.key, clone);
    }
    used.add(entry.key);
    return clone;
  }

  /** Copies an entry's attributes and text to its option; text is always text, never markup. */
  private copyEntry(clone: Clone, entry: Entry): void {
    setAttribute(clone, 'label', entry.label);
    if (clone.hasAttribute('disabled') !== entry.disabled) {
      clone.toggleAttribute('disabled', entry.disabled);
    }
    if (entry.kind === 'group') return;
    setAttribute(clone, 'value', entry.value);
    if (clone.textContent !== entry.text) clone.textContent = entry.text;
    // As on a native option, the attribute chooses the option unless it was chosen since.
    if (clone.hasAttribute('selected') !== entry.selected) {
      clone.toggleAttribute('selected', entry.selected);
    }
  }

  /** The options the select should have: the placeholder, then the property's or the page's. */
  private wantedEntries(fromProperty: Entry[] | null): Entry[] {
    const entries: Entry[] = [];
    const placeholder = this.placeholder;
    if (placeholder !== null && placeholder !== undefined) {
      entries.push({
        kind: 'option',
        key: PLACEHOLDER,
        value: '',
        label: null,
        text: safeText(placeholder).trim() || this.localize.term('selectPlaceholder'),
        disabled: false,
        selected: false,
      });
    }
    entries.push(...(fromProperty ?? this.childEntries()));
    return entries;
  }

  private childEntries(): Entry[] {
    const entries: Entry[] = [];
    for (const child of this.children) {
      if (isOption(child)) {
        entries.push(optionEntry(child));
      } else if (child.localName === 'optgroup') {
        entries.push({
          kind: 'group',
          key: child,
          label: child.getAttribute('label'),
          disabled: child.hasAttribute('disabled'),
          options: [...child.children].filter(isOption).map(optionEntry),
        });
      }
    }
    return entries;
  }

  private propertyEntries(): Entry[] | null {
    const items: unknown = this.options;
    if (!Array.isArray(items) || items.length === 0) return null;
    const entries: Entry[] = [];
    const groups = new Map<string, GroupEntry>();
    const seen = new Map<string, number>();
    let skipped = 0;
    for (const item of items) {
      if (!item || typeof item !== 'object') {
        skipped++;
        continue;
      }
      const { value, label, disabled, group } = item as Partial<
        Record<keyof SelectOption, unknown>
      >;
      const hasValue = value !== undefined && value !== null;
      const text = safeText(label ?? value);
      if (!hasValue && !text) {
        skipped++;
        continue;
      }
      const optionValue = hasValue ? safeText(value) : null;
      // Keyed by value, so the chosen option survives a new array with the same values.
      const id = optionValue ?? `\u0000${collapse(text)}`;
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      const entry: OptionEntry = {
        kind: 'option',
        key: `option:${id}:${n}`,
        value: optionValue,
        label: null,
        text,
        disabled: Boolean(disabled),
        selected: false,
      };
      const name = group === undefined || group === null ? '' : safeText(group);
      if (!name) {
        entries.push(entry);
        continue;
      }
      let groupEntry = groups.get(name);
      if (!groupEntry) {
        groupEntry = {
          kind: 'group',
          key: `group:${name}`,
          label: name,
          disabled: false,
          options: [],
        };
        groups.set(name, groupEntry);
        entries.push(groupEntry);
      }
      groupEntry.options.push(entry);
    }
    if (skipped) {
      this.warn('`options` items must be objects such as { value: "13", label: "Metropolitana" }.');
    }
    // Nothing usable: the child options stay.
    return entries.length ? entries : null;
  }

  /**
   * Until the person or a script chooses (and again after a reset), the `value` attribute leads:
   * the option with that value is chosen, whatever `selected` says. A value no option has is
   * ignored, and the native default stands (the `selected` option, else the first).
   */
  private applyDefaultValue(): void {
    if (this.dirty) return;
    const preferred = safeText(this.defaultValue);
    if (!preferred) return;
    const index = [...this.select.options].findIndex((option) => option.value === preferred);
    if (index >= 0 && this.select.selectedIndex !== index) this.select.selectedIndex = index;
  }
}
