/**
 * Finds the language and direction that apply to a node, as the browser does for text: the
 * nearest `lang` / `dir` attribute, crossing shadow roots to their hosts, up to `<html>`.
 */
export function resolveLang(node: Node): string {
  return closestAttribute(node, 'lang', () => true) ?? '';
}

export function resolveDir(node: Node): 'ltr' | 'rtl' {
  // dir="auto" or a typo does not decide the direction: keep looking, as the UA does for ltr/rtl.
  const dir = closestAttribute(node, 'dir', (v) => v === 'ltr' || v === 'rtl');
  return dir === 'rtl' ? 'rtl' : 'ltr';
}

function closestAttribute(
  node: Node,
  name: string,
  decides: (value: string) => boolean,
): string | null {
  let element: Element | null = node instanceof Element ? node : parentAcrossShadow(node);
  while (element) {
    const value = element.getAttribute(name)?.trim().toLowerCase();
    if (value !== undefined && decides(value)) return value;
    element = parentAcrossShadow(element);
  }
  return null;
}

function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
