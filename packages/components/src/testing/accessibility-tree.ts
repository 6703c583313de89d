// Accessible name, role and description computed by axe-core's implementation of the W3C
// algorithms, which follows slots and shadow roots the same way in every engine.
import 'axe-core/axe.min.js';

interface AxeCommons {
  text: { accessibleText(element: Element): string };
  aria: { getRole(element: Element): string | null };
}

function commons(): AxeCommons {
  return (window.axe as unknown as { commons: AxeCommons }).commons;
}

function withAxeTree<T>(fn: () => T): T {
  window.axe.setup(document);
  try {
    return fn();
  } finally {
    window.axe.teardown();
  }
}

/** The accessible name of `element` (e.g. the inner `<input>` of a component). */
export function accessibleName(element: Element): string {
  return withAxeTree(() => commons().text.accessibleText(element).replace(/\s+/g, ' ').trim());
}

/** The ARIA role of `element`, explicit or implicit. */
export function accessibleRole(element: Element): string | null {
  return withAxeTree(() => commons().aria.getRole(element));
}

/** The accessible description: the text of the `aria-describedby` targets, in order. */
export function accessibleDescription(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => root.getElementById(id))
    .map((target) => (target ? flattenedText(target) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of a node with slots replaced by what is assigned to them. */
function flattenedText(node: Node): string {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...node.childNodes]).map(flattenedText).join('');
  }
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return [...node.childNodes].map(flattenedText).join('');
}
