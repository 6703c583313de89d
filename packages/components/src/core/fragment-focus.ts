let installed = false;

interface LinkTarget extends HTMLElement {
  focusFromLink(): void;
}

function targetOf(hash: string): LinkTarget | null {
  if (!hash || hash === '#') return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  const element = document.getElementById(id);
  return element && 'focusFromLink' in element ? (element as LinkTarget) : null;
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
  const anchor = event
    .composedPath()
    .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
  if (!anchor) return;
  const url = new URL(anchor.href, document.baseURI);
  const here = new URL(location.href);
  if (url.origin !== here.origin || url.pathname !== here.pathname || url.search !== here.search) {
    return;
  }
  const target = targetOf(url.hash);
  if (!target) return;
  // The browser would only scroll to the host; we focus the control inside it instead.
  event.preventDefault();
  target.focusFromLink();
}

function onHashChange(): void {
  targetOf(location.hash)?.focusFromLink();
}

/**
 * Makes same-page links to a Cordillera control (`<a href="#email">`, as in an error summary)
 * focus the control inside its shadow root, which a plain fragment link cannot do. Installed
 * once, the first time a form element connects.
 */
export function installFragmentFocus(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('click', onClick);
  window.addEventListener('hashchange', onHashChange);
}
