// The test helpers' own test, on plain HTML: if a helper is wrong, every component test is.
import { expect, fixture, html } from '@open-wc/testing';
import {
  AXE_DISABLED_RULES,
  AXE_TRIAGE,
  THEMES,
  axeCheck,
  deepActiveElement,
  emulateMedia,
  engine,
  focusableOrder,
  matrix,
  pressKey,
  pressTab,
  setElementLanguage,
  setLanguage,
  setTheme,
  supportsMediaEmulation,
  tabTo,
  typeText,
  withForcedColors,
} from './index.js';

/** Resolves to the rejection of `promise`; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

function shadowHost(inner: string): HTMLElement {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  button.textContent = inner;
  root.append(button);
  return host;
}

describe('testing helpers', () => {
  describe('axeCheck', () => {
    it('passes a labelled input, on the element and on the whole test page', async () => {
      const el = await fixture(
        html`<div>
          <label>Nombre <input name="n" /></label>
        </div>`,
      );
      await axeCheck(el);
      await axeCheck();
    });

    it('rejects an unlabelled input, naming rule, impact, target and help', async () => {
      const el = await fixture(html`<div><input id="nameless" /></div>`);
      const error = await rejection(axeCheck(el));
      expect(error.message).to.contain('violation label [critical] at #nameless');
      expect(error.message).to.contain('Form elements must have labels');
    });

    it('fails an untriaged incomplete result and accepts it once triaged', async () => {
      // axe cannot compute contrast over a gradient: it reports "incomplete", never "pass".
      const el = await fixture(
        html`<p style="background-image: linear-gradient(#fff, #000); color: #777">Texto</p>`,
      );
      const error = await rejection(axeCheck(el));
      expect(error.message).to.contain('incomplete color-contrast');
      await axeCheck(el, {
        triage: [{ rule: 'color-contrast', match: /gradient/, reason: 'self-test fixture' }],
      });
    });

    it('insists on a written reason for every exception', async () => {
      const reasons = [...Object.values(AXE_DISABLED_RULES), ...AXE_TRIAGE.map((t) => t.reason)];
      for (const reason of reasons) expect(reason.trim().length).to.be.greaterThan(20);
      const el = await fixture(html`<p>Hola</p>`);
      const error = await rejection(axeCheck(el, { disabledRules: { 'color-contrast': ' ' } }));
      expect(error.message).to.contain('needs a written reason');
    });
  });

  describe('focus and keyboard', () => {
    it('deepActiveElement follows focus into an open shadow root', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(shadowHost('inner'));
      const inner = host.firstElementChild!.shadowRoot!.querySelector('button')!;
      inner.focus();
      expect(document.activeElement).to.equal(host.firstElementChild);
      expect(deepActiveElement()).to.equal(inner);
    });

    it('focusableOrder lists the Tab sequence, skipping tabindex=-1, entering shadow roots', async () => {
      const el = await fixture<HTMLElement>(html`
        <div>
          <input aria-label="uno" />
          <button tabindex="-1">saltado</button>
          <button>dos</button>
          <a href="#tres">tres</a>
        </div>
      `);
      el.append(shadowHost('cuatro'));
      const order = await focusableOrder(el);
      expect(order.map((e) => e.getAttribute('aria-label') ?? e.textContent)).to.deep.equal([
        'uno',
        'dos',
        'tres',
        'cuatro',
      ]);
    });

    it('pressTab(true) goes backwards and tabTo reaches a target', async () => {
      const el = await fixture<HTMLElement>(html`
        <div><button>a</button><button>b</button><button>c</button></div>
      `);
      const [a, b, c] = el.querySelectorAll('button');
      a!.focus();
      await tabTo(c!);
      expect(deepActiveElement()).to.equal(c);
      await pressTab(true);
      expect(deepActiveElement()).to.equal(b);
    });

    it('typeText keeps repeated characters and pressKey("Space") toggles a checkbox', async () => {
      const el = await fixture<HTMLElement>(html`
        <div><input aria-label="texto" /><input type="checkbox" aria-label="acepto" /></div>
      `);
      const [text, box] = el.querySelectorAll('input');
      text!.focus();
      await typeText('aabb 11');
      expect(text!.value).to.equal('aabb 11');
      box!.focus();
      await pressKey('Space');
      expect(box!.checked).to.equal(true);
    });
  });

  describe('themes, language and media', () => {
    it('setTheme sets and clears data-cor-theme; matrix covers every pair', async () => {
      const el = await fixture<HTMLElement>(html`<div></div>`);
      setTheme(el, 'dark');
      expect(el.getAttribute('data-cor-theme')).to.equal('dark');
      setTheme(el, null);
      expect(el.hasAttribute('data-cor-theme')).to.equal(false);
      const pairs = [...matrix()];
      expect(pairs).to.have.length(THEMES.length * 2);
      expect(pairs).to.deep.include({ theme: 'high-contrast', lang: 'en' });
    });

    it('setLanguage and setElementLanguage set lang and restore it', async () => {
      const el = await fixture<HTMLElement>(html`<div></div>`);
      const before = document.documentElement.lang;
      const restore = setLanguage('en');
      expect(document.documentElement.lang).to.equal('en');
      restore();
      expect(document.documentElement.lang).to.equal(before);
      const restoreEl = setElementLanguage(el, 'en');
      expect(el.lang).to.equal('en');
      restoreEl();
      expect(el.hasAttribute('lang')).to.equal(false);
    });

    it('withForcedColors emulates forced-colors in Chromium', async function () {
      if (!supportsMediaEmulation()) this.skip();
      const forced = () => matchMedia('(forced-colors: active)').matches;
      let inside = false;
      expect(await withForcedColors(() => (inside = forced()))).to.equal(true);
      expect(inside).to.equal(true);
      expect(forced()).to.equal(false);
      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      await emulateMedia({});
    });

    it('media helpers do nothing and say so where emulation is unavailable', async function () {
      if (supportsMediaEmulation()) this.skip();
      expect(engine()).to.not.equal('chromium');
      let ran = false;
      expect(await withForcedColors(() => (ran = true))).to.equal(false);
      expect(ran).to.equal(false);
    });
  });
});
