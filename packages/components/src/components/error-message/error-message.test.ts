import { expect, fixture, html } from '@open-wc/testing';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import { accessibleName } from '../../testing/accessibility-tree.js';
import { canaryHit, resetCanary } from '../../testing/bad-input.js';
import { browserAxNode } from '../../testing/contract/ax-tree.js';
import { engineGap } from '../../testing/engine-gaps.js';
import { setLanguage } from '../../testing/themes.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../error-message.js';
import type { CorErrorMessage } from './error-message.js';

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const paragraph = (el: CorErrorMessage) => el.shadowRoot!.querySelector<HTMLElement>('p')!;
const prefix = (el: CorErrorMessage) =>
  el.shadowRoot!.querySelector<HTMLElement>('.visually-hidden');

/**
 * The accessible description of `control`: the ids its `aria-describedby` relation names, and the
 * text of those elements. In Chromium both come from the browser's own accessibility tree: the
 * relation as the tree exposes it, and the text as the browser computes it for a probe labelled
 * by the same ids (accname computes the text of an aria-describedby and of an aria-labelledby
 * traversal alike; cor-ax-tree returns names, not descriptions). Firefox and WebKit expose no
 * tree (engine-gaps.ts, `ax-tree`): there axe-core computes the same text.
 */
async function description(control: Element): Promise<{ relation: string; text: string }> {
  const ids = control.getAttribute('aria-describedby') ?? '';
  const probe = document.createElement('span');
  probe.setAttribute('role', 'img');
  probe.setAttribute('aria-labelledby', ids);
  control.after(probe);
  try {
    const byAxe = accessibleName(probe);
    if (engineGap('ax-tree')) return { relation: ids, text: byAxe };
    const own = await browserAxNode(control);
    const text = squash((await browserAxNode(probe)).name);
    expect(text, 'the browser and axe-core compute the same text').to.equal(byAxe);
    return { relation: String(own.properties.describedby ?? ''), text };
  } finally {
    probe.remove();
  }
}

/** Lets a `lang` change or a content change reach the element (observers) and re-render it. */
async function settled(el: CorErrorMessage): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

describe('cor-error-message', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  it('describes a native input of the page: "Error:" and the message, from the tree', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <label for="nombre">Nombre completo</label>
        <cor-error-message id="nombre-error">Ingrese su nombre completo</cor-error-message>
        <input id="nombre" aria-invalid="true" aria-describedby="nombre-error" />
      </div>
    `);
    const input = page.querySelector('input')!;
    const el = page.querySelector('cor-error-message')!;
    expect(accessibleName(input)).to.equal('Nombre completo');
    expect(await description(input)).to.deep.equal({
      relation: 'nombre-error',
      text: 'Error: Ingrese su nombre completo',
    });
    // The prefix is for screen readers only; the message is what the page shows.
    expect(prefix(el)!.checkVisibility()).to.equal(true);
    expect(prefix(el)!.getBoundingClientRect().width).to.be.at.most(1);
    // Not a live region: the message is in the page when it loads (docs say how to announce one).
    for (const node of [el, paragraph(el)]) {
      expect(node.hasAttribute('aria-live'), node.localName).to.equal(false);
      expect(node.hasAttribute('role'), node.localName).to.equal(false);
    }
  });

  it('renders nothing without a message, and follows changes of its content', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <label for="correo">Correo</label>
        <cor-error-message id="correo-error"> </cor-error-message>
        <input id="correo" aria-describedby="correo-error" />
      </div>
    `);
    const el = page.querySelector('cor-error-message')!;
    const input = page.querySelector('input')!;
    expect(paragraph(el).checkVisibility()).to.equal(false);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect((await description(input)).text, 'no lone "Error:"').to.equal('');

    el.textContent = 'Ingrese su correo';
    await settled(el);
    expect(paragraph(el).checkVisibility()).to.equal(true);
    expect((await description(input)).text).to.equal('Error: Ingrese su correo');

    el.firstChild!.nodeValue = 'Ingrese un correo válido'; // a text edit, not a new child
    await settled(el);
    expect((await description(input)).text).to.equal('Error: Ingrese un correo válido');
  });

  it('says "Error:" in the element language and follows a later change of <html lang>', async () => {
    setStrings('en', { errorPrefix: 'Problem:' });
    const el = await fixture<CorErrorMessage>(
      html`<cor-error-message>Enter your email address</cor-error-message>`,
    );
    expect(squash(prefix(el)!.textContent!)).to.equal('Error:');
    expect(prefix(el)!.hasAttribute('lang'), 'the page is in Spanish').to.equal(false);

    const restore = setLanguage('en-GB');
    try {
      await settled(el);
      expect(squash(prefix(el)!.textContent!)).to.equal('Problem:');
      el.lang = 'es';
      await settled(el);
      expect(squash(prefix(el)!.textContent!), 'its own lang wins').to.equal('Error:');
      el.removeAttribute('lang');
      setLanguage('fr'); // no catalogue: the prefix is Spanish, and says so
      await settled(el);
      expect(squash(prefix(el)!.textContent!)).to.equal('Error:');
      expect(prefix(el)!.getAttribute('lang')).to.equal('es');
    } finally {
      restore();
    }
  });

  it('shows the message attribute as text, when the element has no text of its own', async () => {
    resetCanary();
    const markup = '<img src=x onerror="window.__pwned=1"><b>Ingrese</b> su RUT';
    const page = await fixture<HTMLElement>(html`
      <div>
        <label for="rut">RUT</label>
        <cor-error-message id="rut-error" message=${markup}></cor-error-message>
        <input id="rut" aria-describedby="rut-error" />
      </div>
    `);
    const el = page.querySelector('cor-error-message')!;
    const input = page.querySelector('input')!;
    expect(paragraph(el).querySelector('img, b'), 'no markup rendered').to.equal(null);
    expect((await description(input)).text).to.equal(`Error: ${markup}`);
    expect(canaryHit()).to.equal(false);

    el.textContent = 'Ingrese su RUT';
    await settled(el);
    expect((await description(input)).text, 'its content wins').to.equal('Error: Ingrese su RUT');
  });

  it('warns in development when its content is more than text', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(html`<cor-error-message>Vea <a href="#ayuda">la ayuda</a></cor-error-message>`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join('\n')).to.match(/<cor-error-message>: takes text only/);
  });
});
