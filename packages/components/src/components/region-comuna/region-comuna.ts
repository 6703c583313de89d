import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Comuna, Region } from '../../chile/territory.js';
import { hostStyles } from '../../core/cor-element.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { LEGEND_SIZES, type LegendSize, legendStyles, renderLegend } from '../../core/legend.js';
import { SlotController } from '../../core/slot-controller.js';
import {
  type ConstraintFailure,
  CorValidatedControl,
  toText,
} from '../../core/validated-control.js';
import { selectStyles } from '../../core/select.styles.js';
import { regionComunaStyles } from './region-comuna.styles.js';
import { regionComunaStrings } from '../../i18n/strings/region-comuna.js';

/** The value of a `<cor-region-comuna>`: CUT codes, or '' for a part not chosen. */
export interface RegionComunaValue {
  /** The region's 2-digit CUT code, e.g. `'13'`. */
  region: string;
  /** The comuna's 5-digit CUT code, e.g. `'13120'`. */
  comuna: string;
}

/** The form field names the two codes are submitted under. */
export interface RegionComunaNames {
  region: string;
  comuna: string;
}

type Territory = typeof import('../../chile/territory.js');

// The data (16 regions, 346 comunas) is its own module, loaded the first time an element needs
// it: pages that do not use this element never download it, and pages that do share one copy.
let territory: Promise<Territory> | undefined;
const loadTerritory = (): Promise<Territory> => {
  territory ??= import('../../chile/territory.js').catch((error: unknown) => {
    territory = undefined; // the next element tries again
    throw error;
  });
  return territory;
};

const REGION_CODE = /^\d{2}$/;
const COMUNA_CODE = /^\d{5}$/;

/** The region and comuna a pair of codes means: a comuna alone also gives its region. */
function normalize(region: unknown, comuna: unknown): RegionComunaValue {
  let r = toText(region).trim();
  let c = toText(comuna).trim();
  if (!REGION_CODE.test(r)) r = '';
  if (!COMUNA_CODE.test(c)) c = '';
  if (c && !r) r = c.slice(0, 2);
  if (c && !c.startsWith(r)) c = '';
  return { region: r, comuna: c };
}

const collator = new Intl.Collator('es');

/**
 * Where someone lives in Chile: a región select, then a comuna select that lists only the
 * comunas of the chosen región (alphabetically). Both are native `<select>` elements, so they
 * work with every screen reader, browser autofill and the phone's own picker.
 *
 * The form receives the official Códigos Únicos Territoriales (CUT) under two names,
 * `region` and `comuna` by default (`region-name`, `comuna-name`): for example
 * `region=13&comuna=13120` for Ñuñoa. The `value` property is `{ region: '13', comuna: '13120' }`
 * and can be set; the `region` and `comuna` attributes give the initial value, to which
 * `form.reset()` returns. A comuna alone is enough: its region is its code's first two digits.
 * An unknown or mismatched code is dropped (the part shows as not chosen).
 *
 * The list of regions and comunas (SUBDERE's CUT list) is loaded the first time an element is
 * shown; until it arrives the selects say "Cargando…", and the codes already set are submitted
 * as they are. The host's `name` is not used: the two parts have their own names.
 *
 * @summary Región and comuna selects with official CUT codes.
 *
 * @slot legend - Rich content for the group's question; overrides the `legend` attribute.
 * @slot hint - Rich content for the group's hint; overrides the `hint` attribute.
 *
 * @csspart fieldset - The `<fieldset>` around both parts.
 * @csspart legend - The group's `<legend>`.
 * @csspart hint - The group's hint.
 * @csspart error - The error message.
 * @csspart region - The región part (label, hint and select).
 * @csspart region-label - The label of the región select.
 * @csspart region-hint - The hint of the región select.
 * @csspart region-select - The native `<select>` of regions.
 * @csspart comuna - The comuna part (label, hint and select).
 * @csspart comuna-label - The label of the comuna select.
 * @csspart comuna-hint - The hint of the comuna select.
 * @csspart comuna-select - The native `<select>` of comunas.
 *
 * @cssprop --cor-input-background - Background of the selects.
 * @cssprop --cor-input-text - Text colour of the selects.
 * @cssprop --cor-input-border-color - Border colour of the selects.
 * @cssprop --cor-input-border-width - Border width of the selects.
 * @cssprop --cor-input-radius - Corner radius of the selects.
 * @cssprop --cor-input-min-height - Minimum height of the selects.
 * @cssprop --cor-input-error-border-color - Border colour of a select with an error.
 *
 * @fires input - When the person picks a región or a comuna (composed, from the select).
 * @fires change - When the person picks a región or a comuna.
 * @fires invalid - When a validity check fails, as on a native select.
 */
export class CorRegionComuna extends CorValidatedControl {
  protected static override strings = regionComunaStrings;

  static override styles = [
    hostStyles,
    fieldStyles,
    legendStyles,
    focusRing,
    selectStyles,
    regionComunaStyles,
  ];

  /** The group's question, e.g. "¿En qué comuna vive?". Optional: the parts have their labels. */
  @property() legend = '';

  /** Size of the legend: `s` (default), `m`, `l` or `xl`, as in GOV.UK's question pages. */
  @property({ attribute: 'legend-size' }) legendSize: LegendSize = 's';

  /** The legend is the page's `<h1>` (one question per page). */
  @property({ type: Boolean }) heading = false;

  /** Help for the whole group, under the legend. */
  @property() hint = '';

  /** Label of the región select; "Región" when empty. */
  @property({ attribute: 'region-label' }) regionLabel = '';

  /** Label of the comuna select; "Comuna" when empty. */
  @property({ attribute: 'comuna-label' }) comunaLabel = '';

  /** Help under the región label. */
  @property({ attribute: 'region-hint' }) regionHint = '';

  /** Help under the comuna label. */
  @property({ attribute: 'comuna-hint' }) comunaHint = '';

  /** The form field name of the región's code; `region` when empty. */
  @property({ attribute: 'region-name' }) regionName = 'region';

  /** The form field name of the comuna's code; `comuna` when empty. */
  @property({ attribute: 'comuna-name' }) comunaName = 'comuna';

  /** The initial región (2-digit CUT code, e.g. `13`): `form.reset()` returns to it. */
  @property({ attribute: 'region' }) defaultRegion = '';

  /** The initial comuna (5-digit CUT code, e.g. `13120`): `form.reset()` returns to it. */
  @property({ attribute: 'comuna' }) defaultComuna = '';

  /**
   * Browser autofill: `on` (default) marks the selects as `address-level1` and
   * `address-level2`; `off` turns autofill and back/forward restore off.
   */
  @property() autocomplete = 'on';

  @state() private regions: readonly Region[] = [];
  @state() private comunas: readonly Comuna[] = [];
  @state() private loadFailed = false;

  private dirty: RegionComunaValue | undefined;
  private readonly slots = new SlotController(this, ['legend', 'hint']);

  /** The chosen codes: `{ region: '13', comuna: '13120' }`; '' for a part not chosen. */
  @property({ attribute: false, noAccessor: true })
  get value(): RegionComunaValue {
    const { region, comuna } = this.dirty ?? normalize(this.defaultRegion, this.defaultComuna);
    // (`?.`: the form core asks for the value while the constructor still runs.)
    if (!this.regions?.length) return { region, comuna };
    // Once the data is here, only real codes count.
    const known = this.regions.some((r) => r.code === region) ? region : '';
    const real = known && this.comunas.some((c) => c.code === comuna) ? comuna : '';
    return { region: known, comuna: real };
  }
  set value(value: unknown) {
    const old = this.value;
    const given = (value ?? {}) as Partial<Record<keyof RegionComunaValue, unknown>>;
    this.dirty =
      typeof value === 'object' && value !== null
        ? normalize(given.region, given.comuna)
        : { region: '', comuna: '' };
    this.requestUpdate('value', old);
  }

  /** Like native selects, it does not stop Enter in a form's only text field from submitting. */
  get blocksImplicitSubmission(): boolean {
    return false;
  }

  /** The field names the codes are submitted under: `{ region: 'region', comuna: 'comuna' }`. */
  get names(): RegionComunaNames {
    return {
      region: toText(this.regionName).trim() || 'region',
      comuna: toText(this.comunaName).trim() || 'comuna',
    };
  }

  private get regionSelect(): HTMLSelectElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('#region') ?? null;
  }
  private get comunaSelect(): HTMLSelectElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('#comuna') ?? null;
  }

  private get autofill(): boolean {
    return toText(this.autocomplete).trim().toLowerCase() !== 'off';
  }

  private loading: Promise<void> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.regions.length === 0) this.loading ??= this.load();
  }

  /** `updateComplete` also waits for the list of regions and comunas and its render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    if (this.loading) {
      await this.loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private async load(): Promise<void> {
    try {
      const data = await loadTerritory();
      const old = this.value;
      this.regions = data.regions;
      this.comunas = data.comunas;
      this.loadFailed = false;
      const given = this.dirty ?? normalize(this.defaultRegion, this.defaultComuna);
      const now = this.value;
      if (given.region !== now.region || given.comuna !== now.comuna) {
        this.warn(`unknown CUT code(s) ${JSON.stringify(given)}; using ${JSON.stringify(now)}.`);
      }
      this.requestUpdate('value', old);
    } catch {
      this.loadFailed = true;
    } finally {
      this.loading = undefined;
    }
  }

  protected writeFormValue(): void {
    const { region, comuna } = this.value;
    const names = this.names;
    const data = new FormData();
    if (names.region) data.append(names.region, region);
    if (names.comuna) data.append(names.comuna, comuna);
    this.internals.setFormValue(data, this.autofill ? `${region}/${comuna}` : null);
    // The selects show the value (not a template binding, as CorFormControl does with inputs).
    const regionSelect = this.regionSelect;
    const comunaSelect = this.comunaSelect;
    if (regionSelect && regionSelect.value !== region) regionSelect.value = region;
    if (comunaSelect && comunaSelect.value !== comuna) comunaSelect.value = comuna;
  }

  protected constraintFailure(): ConstraintFailure | null {
    if (!this.required) return null;
    const { region, comuna } = this.value;
    if (!region) return this.missing('regionValueMissing', this.regionSelect);
    if (!comuna) return this.missing('comunaValueMissing', this.comunaSelect);
    return null;
  }

  private missing(
    key: 'regionValueMissing' | 'comunaValueMissing',
    anchor: HTMLSelectElement | null,
  ): ConstraintFailure {
    return {
      flags: { valueMissing: true },
      message: this.localize.term(key),
      anchor: anchor ?? undefined,
    };
  }

  formResetCallback(): void {
    const old = this.value;
    this.dirty = undefined;
    this.forgetInteraction();
    this.requestUpdate('value', old);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!this.autofill || typeof state !== 'string') return;
    const [region, comuna] = state.split('/');
    this.value = { region, comuna };
  }

  /**
   * Focuses the part that needs an answer (the región, or the comuna once a región is chosen)
   * and scrolls the group's question into view: what an error-summary link does.
   */
  override focusFromLink(): void {
    const legend = this.renderRoot.querySelector<HTMLElement>('[part~="legend"]');
    (legend ?? this).scrollIntoView({ block: 'start' });
    const target = this.value.region ? this.comunaSelect : this.regionSelect;
    if (!this.isDisabled) target?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('legendSize')) {
      this.legendSize = this.oneOf('legend-size', this.legendSize, LEGEND_SIZES, 's');
    }
  }

  protected override render() {
    const error = this.visibleError;
    const { region, comuna } = this.value;
    // Which part is wrong: the service's message is about the whole answer; the browser's names
    // the part left empty (only that one is marked, as GOV.UK marks a date's wrong part).
    const serverError = toText(this.error).trim() !== '';
    const missing = !region ? 'region' : !comuna ? 'comuna' : '';
    const wrong = (part: string) => serverError || (error !== '' && missing === part);
    const legend = toText(this.legend);
    const hasLegend = legend !== '' || this.slots.has('legend');
    const hint = toText(this.hint);
    const hasHint = hint !== '' || this.slots.has('hint');
    const loading = this.regions.length === 0 && !this.loadFailed;
    const groupDescription = [hasHint ? 'hint' : '', error ? 'error' : ''].filter(Boolean);
    return html`
      <div class="group ${error ? 'has-error' : ''}">
        <fieldset
          part="fieldset"
          aria-describedby=${ifDefined(groupDescription.join(' ') || undefined)}
          aria-busy=${loading ? 'true' : 'false'}
        >
          ${
            hasLegend
              ? renderLegend({
                  legend,
                  size: this.legendSize,
                  heading: Boolean(this.heading),
                })
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
          <p class="error" ?hidden=${!this.loadFailed}>
            ${this.localize.term('territoryLoadFailed')}
          </p>
          ${this.renderPart('region', wrong('region'), this.regionOptions(loading))}
          ${this.renderPart('comuna', wrong('comuna'), this.comunaOptions(loading, region))}
        </fieldset>
      </div>
    `;
  }

  private renderPart(part: 'region' | 'comuna', invalid: boolean, options: unknown) {
    const label =
      toText(part === 'region' ? this.regionLabel : this.comunaLabel).trim() ||
      this.localize.term(part === 'region' ? 'regionLabel' : 'comunaLabel');
    const hint = toText(part === 'region' ? this.regionHint : this.comunaHint);
    const describedBy = [hint ? `${part}-hint` : '', invalid ? 'error' : ''].filter(Boolean);
    const autocomplete = this.autofill
      ? part === 'region'
        ? 'address-level1'
        : 'address-level2'
      : 'off';
    return html`<div part=${part} class="part">
      <label part="${part}-label" class="label" for=${part}>${label}</label>
      <div part="${part}-hint" id="${part}-hint" class="hint" ?hidden=${!hint}>${hint}</div>
      <div class="select-box ${this.isDisabled ? 'disabled' : ''}">
        <select
          part="${part}-select"
          id=${part}
          class="select focus-ring ${invalid ? 'invalid' : ''}"
          ?disabled=${this.isDisabled}
          ?required=${this.required}
          .autocomplete=${autocomplete as AutoFill}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describedBy.join(' ') || undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
        >
          ${options}
        </select>
      </div>
    </div>`;
  }

  private regionOptions(loading: boolean) {
    const { region } = this.value;
    const placeholder = this.localize.term(loading ? 'territoryLoading' : 'regionPlaceholder');
    return html`<option value="">${placeholder}</option>
      ${this.regions.map(
        (r) => html`<option value=${r.code} ?selected=${r.code === region}>${r.name}</option>`,
      )}`;
  }

  private comunaOptions(loading: boolean, region: string) {
    const { comuna } = this.value;
    const list = this.comunas
      .filter((c) => c.regionCode === region)
      .sort((a, b) => collator.compare(a.name, b.name));
    const key = loading
      ? 'territoryLoading'
      : region
        ? 'comunaPlaceholder'
        : 'comunaPlaceholderNoRegion';
    return html`<option value="">${this.localize.term(key)}</option>
      ${list.map(
        (c) => html`<option value=${c.code} ?selected=${c.code === comuna}>${c.name}</option>`,
      )}`;
  }

  protected override updated(changed: PropertyValues): void {
    // The options may have just been rendered: show the value in the selects again.
    this.writeFormValue();
    super.updated(changed);
  }

  private onInput(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.markEdited();
    const { region, comuna } = this.value;
    if (select.id === 'comuna') {
      this.value = { region, comuna: select.value };
    } else {
      // A new región clears a comuna that is not in it (and no región clears the comuna).
      const kept = select.value && comuna.startsWith(select.value) ? comuna : '';
      this.value = { region: select.value, comuna: kept };
    }
  }

  private onChange(event: Event): void {
    this.onInput(event);
    this.markInteracted();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
