// DOM walking shared by the contract checks: the checks look through every shadow root, because
// that is where a component's parts live.

/** `root` and every element below it, descending into open shadow roots (document order). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element) out.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

/** Every open shadow root at or below `root`. */
export function shadowRoots(root: Element): ShadowRoot[] {
  return deepElements(root).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

/** The parent in the composed tree: a shadow root's children have the host as parent. */
export function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Cordillera elements inside `root` (light DOM and nested shadow roots). */
export function componentHosts(root: Element): Element[] {
  return deepElements(root).filter((el) => el.localName.startsWith('cor-') && el.shadowRoot);
}

// What a pointer or keyboard user can act on. The disabled link-button is a `span role=link`.
const INTERACTIVE =
  'a[href], button, input, select, textarea, summary, [role=link], [role=button], ' +
  '[role=checkbox], [role=radio], [role=switch], [role=tab], [tabindex]:not([tabindex="-1"])';

/** The interactive parts of components: elements in their shadow roots a person can operate. */
export function interactiveParts(root: Element): Element[] {
  return componentHosts(root)
    .flatMap((host) => [...host.shadowRoot!.querySelectorAll(INTERACTIVE)])
    .filter(isRendered);
}

/** Rendered (not display:none / hidden / visibility:hidden); a disabled control still counts. */
export function isRendered(el: Element): boolean {
  return el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
}

/** A Tab stop: rendered, not disabled, not inert, in the sequential focus order. */
export function isTabStop(el: Element): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false;
  if (el.tabIndex < 0 || !isRendered(el) || el.closest('[inert]')) return false;
  return !(el as Partial<HTMLButtonElement>).disabled;
}

/** Every Tab stop in `root`: light DOM and shadow roots (not component hosts that delegate). */
export function tabStops(root: Element): Element[] {
  return deepElements(root).filter((el) => el !== root && !el.shadowRoot && isTabStop(el));
}

/** Waits for style and layout to catch up (two frames: one to apply, one to paint). */
export async function nextFrames(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** A short human label for messages: `cor-button > button.button.focus-ring`. */
export function describeElement(el: Element): string {
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} > ` : '';
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  return `${host}${el.localName}${classes}`;
}

/** The visually-hidden pattern (`.visually-hidden`): text for screen readers, clipped on purpose. */
export function isVisuallyHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = composedParent(node)) {
    const style = getComputedStyle(node);
    if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.clip !== '')) return true;
  }
  return false;
}

/** Fails listing every problem, one per line (chai's deep-equal diff would hide them). */
export function assertNone(problems: string[], what: string): void {
  if (problems.length) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
}
