import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MessageKey, MessageParams } from './catalogue.js';
import { resolveDir, resolveLang } from './language.js';
import { onStringsChange, supportedLanguage, translate } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** One observer for the whole document: any `lang`/`dir` change re-resolves every element. */
function watchDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'dir'],
    subtree: true,
  });
}

/**
 * Gives an element its language (the nearest `lang`, across shadow roots) and direction, keeps
 * them current when the page changes either, and translates catalogue messages into it.
 */
export class LocalizeController implements ReactiveController {
  /** The language the element is in, as written in the page (`es-CL`, `en`, or `''`). */
  lang = '';
  dir: 'ltr' | 'rtl' = 'ltr';
  private stopListening?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watchDocument();
    this.stopListening = onStringsChange(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.stopListening?.();
    if (connected.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads `lang`/`dir` and re-renders the host only when one of them changed. */
  refresh(): void {
    const lang = resolveLang(this.host);
    const dir = resolveDir(this.host);
    if (lang === this.lang && dir === this.dir) return;
    this.lang = lang;
    this.dir = dir;
    this.host.requestUpdate();
  }

  /** The catalogue language in use (`es` or `en` for the built-in ones). */
  get language(): string {
    return supportedLanguage(this.lang);
  }

  term(key: MessageKey, params?: MessageParams): string {
    return translate(this.language, key, params);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.language, options).format(value);
  }
}
