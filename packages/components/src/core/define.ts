/**
 * Registers a custom element without throwing when the tag is taken. A page that loads
 * Cordillera twice (two bundles, two versions) keeps the first registration and is told why;
 * to run two versions side by side, register a subclass under another tag instead.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `[Cordillera] <${tag}> is already registered by another class (is Cordillera loaded twice?). ` +
        `The first registration stays. To use two versions, register a subclass under another tag.`,
    );
    return;
  }
  customElements.define(tag, constructor);
}
