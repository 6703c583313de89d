// Text spacing check (WCAG 1.4.12): with the WCAG text-spacing sheet applied — line height 1.5,
// paragraph spacing 2em, letter spacing 0.12em, word spacing 0.16em — no text is cut off or spills
// out of its box. The sheet is adopted by the document and by every shadow root (a document sheet
// cannot reach inside a shadow root), as a constructable stylesheet: CSP-safe, like the tokens.
import {
  assertNone,
  composedParent,
  deepElements,
  describeElement,
  isRendered,
  isVisuallyHidden,
  nextFrames,
  shadowRoots,
} from './dom.js';

// The sheet of the WCAG 1.4.12 test bookmarklet.
export const TEXT_SPACING_CSS = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`;

/** Adopts the text-spacing sheet everywhere under `root`; returns a function that removes it. */
export function applyTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING_CSS);
  const targets: (Document | ShadowRoot)[] = [document, ...shadowRoots(root)];
  for (const target of targets) target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  return () => {
    for (const target of targets) {
      target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  };
}

/** Children in the flat tree: a slot stands for what is assigned to it (or its fallback). */
function flatChildren(el: Element): Node[] {
  return [...el.childNodes].flatMap((node) => {
    if (!(node instanceof HTMLSlotElement)) return [node];
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  });
}

/** Lays out text itself: a text field, or an element with a non-blank text child. */
function hasText(el: Element): boolean {
  if (el.matches('input, textarea')) return true;
  if (el.shadowRoot || el instanceof HTMLSlotElement) return false; // measured where it renders
  return flatChildren(el).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
}

/**
 * Text-bearing boxes whose content is larger than the box: hidden when overflow clips it,
 * spilling over its neighbours when not. Keyed by element, valued by a description.
 */
function overflowingText(root: Element): Map<Element, string> {
  const found = new Map<Element, string>(); // one entry per box: several texts may share one
  for (const el of deepElements(root)) {
    if (!hasText(el) || !isRendered(el) || isVisuallyHidden(el)) continue;
    // Inline boxes have no client size; their text is measured by the block that holds them.
    let box: Element | null = el;
    while (box && box.clientWidth === 0) box = composedParent(box);
    if (!box) continue;
    const x = box.scrollWidth - box.clientWidth;
    const y = box.scrollHeight - box.clientHeight;
    if (x > 1 || y > 1) {
      const { overflowX, overflowY } = getComputedStyle(box);
      found.set(
        box,
        `${describeElement(box)} (overflow ${overflowX}/${overflowY}): content ` +
          `${box.scrollWidth} × ${box.scrollHeight} in ${box.clientWidth} × ${box.clientHeight}`,
      );
    }
  }
  return found;
}

export async function checkTextSpacing(story: Element): Promise<void> {
  // Only what the spacing causes counts: a box that overflowed before (a text field scrolling a
  // long value) is not this check's business.
  const before = overflowingText(story);
  const remove = applyTextSpacing(story);
  try {
    await nextFrames();
    const after = overflowingText(story);
    const clipped = [...after].filter(([el]) => !before.has(el)).map(([, text]) => text);
    assertNone(clipped, 'text cut off or spilling out with WCAG text spacing');
  } finally {
    remove();
  }
}
