import { LitElement, css } from 'lit';
import { LocalizeController } from '../i18n/localize-controller.js';
import { devWarn } from './dev.js';
import { adoptTokenStyles } from './token-styles.js';

/** Styles every component shares: the host carries layout only, and `hidden` always hides. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/**
 * The base of every Cordillera element: shared host styles, the page's tokens, language and
 * direction resolution (`this.localize`), and development warnings.
 */
export class CorElement extends LitElement {
  static override styles = [hostStyles];

  /** Language, direction and strings of this element; re-renders it when they change. */
  protected readonly localize = new LocalizeController(this);

  constructor() {
    super();
    adoptTokenStyles();
  }

  /** The tag this instance was registered under (subclasses may use other tags). */
  protected get tag(): string {
    return this.localName;
  }

  protected warn(message: string): void {
    devWarn(this.tag, message);
  }

  /**
   * Returns `value` when it is one of `allowed`, otherwise the documented default, with a
   * development warning naming the attribute. Used for every enumerated attribute.
   */
  protected oneOf<T extends string>(
    attribute: string,
    value: unknown,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (value === null || value === undefined || value === '') return fallback;
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.warn(
      `${attribute}="${String(value)}" is not one of ${allowed.join(', ')}; using "${fallback}".`,
    );
    return fallback;
  }
}
