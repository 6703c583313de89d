import { expect, fixture, html } from '@open-wc/testing';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import { accessibleName, accessibleRole } from '../../testing/accessibility-tree.js';
import { browserAxNode } from '../../testing/contract/ax-tree.js';
import { engineGap } from '../../testing/engine-gaps.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../fieldset.js';
import '../../text-input.js';
import type { CorFieldset } from './fieldset.js';

const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const group = (el: CorFieldset) => el.shadowRoot!.querySelector('fieldset')!;
const legend = (el: CorFieldset) => el.shadowRoot!.querySelector('legend')!;

/** Role and name of `el`: from the browser's tree in Chromium, from axe-core elsewhere. */
async function roleAndName(el: Element): Promise<{ role: string | null; name: string }> {
  const byAxe = { role: accessibleRole(el), name: accessibleName(el) };
  if (engineGap('ax-tree')) return byAxe;
  const node = await browserAxNode(el);
  const byBrowser = { role: node.role, name: squash(node.name) };
  expect(byBrowser, 'the browser and axe-core agree').to.deep.equal(byAxe);
  return byBrowser;
}

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
  control.append(probe); // same shadow root, after the content
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

/** The accessibility-tree ancestors of `el` (axe-core's tree, which follows slots). */
function treeAncestors(el: Element): Element[] {
  window.axe.setup(document);
  try {
    const out: Element[] = [];
    type VNode = { actualNode: Node; parent: VNode | null };
    const utils = window.axe.utils as unknown as { getNodeFromTree(n: Node): VNode | null };
    for (let node = utils.getNodeFromTree(el)?.parent; node; node = node.parent) {
      if (node.actualNode instanceof Element) out.push(node.actualNode);
    }
    return out;
  } finally {
    window.axe.teardown();
  }
}

describe('cor-fieldset', () => {
  afterEach(() => resetStrings());

  it('is a group named by its legend and described by its hint and error', async () => {
    const el = await fixture<CorFieldset>(html`
      <cor-fieldset
        legend="Persona de contacto"
        hint="La llamaremos solo si es necesario."
        error="Ingrese el nombre y el teléfono"
      >
        <cor-text-input label="Nombre" name="nombre"></cor-text-input>
        <cor-text-input label="Teléfono" name="telefono"></cor-text-input>
      </cor-fieldset>
    `);
    expect(await roleAndName(group(el))).to.deep.equal({
      role: 'group',
      name: 'Persona de contacto',
    });
    expect(await description(group(el))).to.deep.equal({
      relation: 'hint error',
      text: 'La llamaremos solo si es necesario. Error: Ingrese el nombre y el teléfono',
    });
    // The slotted fields are inside the group (the tree follows the slot into the fieldset).
    const inner = el.querySelector('cor-text-input')!.shadowRoot!.querySelector('input')!;
    expect(treeAncestors(inner)).to.include(group(el));
    // The error draws the red bar of a field with an error; without it, no bar and no "Error:".
    const bar = () =>
      parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.group')!).borderInlineStartWidth);
    expect(bar()).to.be.greaterThan(0);

    setStrings('en', { errorPrefix: 'Problem:' });
    el.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve)); // the lang observer, then the render
    await el.updateComplete;
    expect((await description(group(el))).text, 'the prefix in the element language').to.equal(
      'La llamaremos solo si es necesario. Problem: Ingrese el nombre y el teléfono',
    );

    el.error = '';
    el.removeAttribute('hint');
    await el.updateComplete;
    expect(await description(group(el))).to.deep.equal({ relation: '', text: '' });
    expect(bar()).to.equal(0);
  });

  it('makes the legend the page heading, an <h1> inside the <legend>', async () => {
    const el = await fixture<CorFieldset>(html`
      <cor-fieldset heading legend-size="l">
        <span slot="legend">¿Cuál es su <em>dirección</em>?</span>
        <cor-text-input label="Calle y número"></cor-text-input>
      </cor-fieldset>
    `);
    const h1 = legend(el).querySelector('h1');
    expect(h1, 'the <h1> is inside the <legend>').not.to.equal(null);
    expect(await roleAndName(h1!)).to.deep.equal({
      role: 'heading',
      name: '¿Cuál es su dirección?',
    });
    expect(await roleAndName(group(el)), 'the group is still named by the question').to.deep.equal({
      role: 'group',
      name: '¿Cuál es su dirección?',
    });

    el.heading = false;
    await el.updateComplete;
    expect(legend(el).querySelector('h1')).to.equal(null);
    expect(accessibleName(group(el))).to.equal('¿Cuál es su dirección?');
  });

  it('sizes the legend s < m < l < xl, from the legend-size attribute', async () => {
    const el = await fixture<CorFieldset>(html`<cor-fieldset legend="Dirección"></cor-fieldset>`);
    const sizes: number[] = [];
    for (const size of ['s', 'm', 'l', 'xl']) {
      el.setAttribute('legend-size', size);
      await el.updateComplete;
      expect(legend(el).classList.contains(`legend-${size}`), size).to.equal(true);
      sizes.push(parseFloat(getComputedStyle(legend(el)).fontSize));
    }
    expect(
      [...sizes].sort((a, b) => a - b),
      `font sizes ${sizes.join(', ')}`,
    ).to.deep.equal(sizes);
    expect(new Set(sizes).size, `font sizes ${sizes.join(', ')}`).to.equal(4);
  });

  it('falls back to the default size, with a development warning, for an unknown size', async () => {
    const unknown = `gigante-${Math.random().toString(36).slice(2)}`;
    const warnings = captureWarnings();
    let el: CorFieldset;
    try {
      el = await fixture<CorFieldset>(
        html`<cor-fieldset legend="Dirección" legend-size=${unknown}></cor-fieldset>`,
      );
    } finally {
      warnings.restore();
    }
    expect(legend(el).className).to.equal('legend legend-s');
    expect(warnings.messages.join('\n')).to.contain(
      `<cor-fieldset>: legend-size="${unknown}" is not one of s, m, l, xl; using "s".`,
    );
  });
});
