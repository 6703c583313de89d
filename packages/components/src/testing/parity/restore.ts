// Form state restore, for real: the twin is parsed in an iframe (restore.html), its value changed,
// the iframe navigated away and back through the session history.
import { settle } from '../stories.js';
import { entries, type Control, type Side } from './fixture.js';
import type { Attrs } from './twins.js';

// Where the iframe page for the state-restore checks lives (WTR serves the repository root).
const RESTORE_PAGE = new URL('./restore.html', import.meta.url).pathname;

/**
 * Resolves after `iframe` loads the document that `navigate` asks for, one task after `load`: a
 * document is "completely loaded" only then, and navigating earlier replaces its history entry.
 */
function loadFrame(iframe: HTMLIFrameElement, navigate: () => void): Promise<void> {
  const loaded = new Promise<void>((resolve) =>
    iframe.addEventListener('load', () => setTimeout(resolve), { once: true }),
  );
  navigate();
  return loaded;
}

/** Waits until the custom elements of the frame are defined and rendered. */
async function frameReady(iframe: HTMLIFrameElement): Promise<void> {
  const doc = iframe.contentDocument!;
  const win = iframe.contentWindow!;
  const pending = [...doc.querySelectorAll(':not(:defined)')].map((el) => el.localName);
  await Promise.all(pending.map((tag) => win.customElements.whenDefined(tag)));
  await settle(doc.body);
}

/**
 * Session-history restore, for real: the form is parsed in an iframe, the value changed, the
 * iframe navigated away and back. Returns what the control holds afterwards.
 */
export async function restoreThroughHistory(side: Side, attrs: Attrs, value: string) {
  const form = document.createElement('form');
  form.append(side.make({ name: 'campo', ...attrs }));
  const iframe = document.createElement('iframe');
  const control = () => iframe.contentDocument!.querySelector('form')!.firstElementChild as Control;
  // Going back must leave the iframe, never the test page: a same-URL pushState, before the
  // iframe exists (WebKit keeps no form state otherwise), drops any forward entries left by
  // earlier iframes, so the iframe's navigation adds exactly one.
  history.pushState(history.state, '', location.href);
  try {
    const url = `${RESTORE_PAGE}?markup=${encodeURIComponent(form.outerHTML)}`;
    await loadFrame(iframe, () => {
      iframe.src = url;
      document.body.append(iframe);
    });
    await frameReady(iframe);
    control().value = value;
    const length = history.length;
    await loadFrame(iframe, () => iframe.contentWindow!.location.assign(`${RESTORE_PAGE}?away`));
    if (history.length !== length + 1) throw new Error('the iframe navigation added no entry');
    await loadFrame(iframe, () => iframe.contentWindow!.history.back());
    await frameReady(iframe);
    const el = control();
    return { value: el.value, defaultValue: el.defaultValue, data: entries(el.form!) };
  } finally {
    iframe.remove();
  }
}
