import { LitElement, css, defaultConverter, type PropertyDeclaration } from 'lit';
import type { ComponentStrings } from '../i18n/catalogue.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { registerStrings } from '../i18n/registry.js';
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
    inline-size: var(--cor-size-hairline) !important;
    block-size: var(--cor-size-hairline) !important;
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

  /**
   * The built-in strings this class uses (es and en), registered when its first element is
   * created: a page only carries the strings of the components it uses.
   */
  protected static strings?: ComponentStrings;

  /** Language, direction and strings of this element; re-renders it when they change. */
  protected readonly localize = new LocalizeController(this);

  constructor() {
    super();
    adoptTokenStyles();
    registerClassStrings(this.constructor as typeof CorElement);
  }

  override requestUpdate(
    name?: PropertyKey,
    oldValue?: unknown,
    options?: PropertyDeclaration,
    ...rest: unknown[]
  ): void {
    (super.requestUpdate as (...args: unknown[]) => void)(name, oldValue, options, ...rest);
    if (name !== undefined && this.hasUpdated) this.reflectNow(name);
  }

  /**
   * Native elements reflect a property to its attribute at once (`input.required = true` is
   * visible to `[required]` selectors and `getAttribute` immediately); Lit waits for the next
   * render. Reflecting here, after the first render, gives Cordillera elements the native timing.
   */
  private reflectNow(name: PropertyKey): void {
    const declaration = (this.constructor as typeof LitElement).getPropertyOptions(name);
    if (!declaration.reflect || declaration.attribute === false) return;
    const attribute =
      typeof declaration.attribute === 'string'
        ? declaration.attribute
        : String(name).toLowerCase();
    const value = (this as unknown as Record<PropertyKey, unknown>)[name];
    const toAttribute =
      typeof declaration.converter === 'object' && declaration.converter.toAttribute
        ? declaration.converter.toAttribute
        : defaultConverter.toAttribute!;
    const text =
      value === undefined ? null : (toAttribute(value, declaration.type) as string | null);
    if (text === null || text === undefined) {
      if (this.hasAttribute(attribute)) this.removeAttribute(attribute);
    } else if (this.getAttribute(attribute) !== String(text)) {
      this.setAttribute(attribute, String(text));
    }
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

const registered = new WeakSet<object>();

/** Registers the strings of a class and of every Cordillera class it extends, once each. */
function registerClassStrings(ctor: typeof CorElement): void {
  for (let c: unknown = ctor; c && c !== CorElement; c = Object.getPrototypeOf(c)) {
    const cls = c as { strings?: ComponentStrings };
    if (registered.has(cls)) break; // its parents were registered with it
    registered.add(cls);
    if (Object.prototype.hasOwnProperty.call(cls, 'strings') && cls.strings) {
      registerStrings(cls.strings);
    }
  }
}
