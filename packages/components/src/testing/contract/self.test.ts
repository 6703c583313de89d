// The contract checks' own test, on deliberately broken fixtures: a check that cannot fail proves
// nothing. Each fixture is a `cor-contract-probe` (a minimal shadow host, so the checks treat it
// as a component) with the styles and parts under test.
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { engineGap, engineSkip } from '../engine-gaps.js';
import type { ContractCheck } from './checks.js';
import { checkAxTree } from './ax-tree.js';
import { contrast, parseColor } from './color.js';
import { loadStories, manifestTags } from './discover.js';
import { checkFocusRing, shadowRings } from './focus-ring.js';
import { checkForcedColors } from './forced-colors.js';
import { checkKeyboard } from './keyboard.js';
import { checkReducedMotion, longestMs } from './reduced-motion.js';
import { checkReflow } from './reflow.js';
import { checkTargetSize } from './target-size.js';
import { checkTextSpacing } from './text-spacing.js';

class Probe extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open', delegatesFocus: true });
  }
}
customElements.define('cor-contract-probe', Probe);

/** A story holding one probe whose shadow root has `parts`, styled by `css`. */
async function probe(css: string, parts: TemplateResult, hostAttrs = ''): Promise<HTMLElement> {
  const story = await fixture<HTMLElement>(
    html`<div><cor-contract-probe></cor-contract-probe></div>`,
  );
  const host = story.firstElementChild!;
  for (const attr of hostAttrs.split(' ').filter(Boolean)) host.setAttribute(attr, '');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  host.shadowRoot!.adoptedStyleSheets = [sheet];
  render(parts, host.shadowRoot!);
  return story;
}

/** The message of the check's failure; fails the test if the check passes. */
async function failure(check: () => unknown): Promise<string> {
  try {
    await check();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the check to fail, but it passed');
}

/** Skips where the engine cannot run `check`, as the contract suite does (engine-gaps.ts). */
function test(check: ContractCheck, title: string, body: () => unknown) {
  it(`${check}: ${title}`, async function () {
    if (engineSkip(check)) this.skip();
    await body();
  });
}

// WebKit draws no box-shadow on a button with its native appearance: the components reset it.
const GOOD_RING = `
  button { appearance: none; inline-size: 6rem; block-size: 3rem; }
  button:focus-visible { outline: 3px solid #ffbe5c; outline-offset: 2px; box-shadow: 0 0 0 2px #0b0c0c; }
`;

describe('contract checks bite', () => {
  it('colour maths: known ratios and ring parsing', () => {
    expect(contrast(parseColor('rgb(0, 0, 0)'), parseColor('rgb(255, 255, 255)'))).to.equal(21);
    expect(contrast(parseColor('rgba(0, 0, 0, 0)'), parseColor('rgb(255, 255, 255)'))).to.equal(1);
    expect(
      shadowRings('rgb(11, 12, 12) 0px 0px 0px 2px, rgb(1, 2, 3) 0px 2px 0px 0px'),
    ).to.deep.equal([[11, 12, 12, 1]]);
    expect(longestMs('0s, 0.2s, 15ms')).to.equal(200);
  });

  it('discovery: the manifest lists tags; a tag without stories is an error', async () => {
    const tags = await manifestTags();
    expect(tags.length).to.be.greaterThan(0);
    expect(tags.every((tag) => tag.startsWith('cor-'))).to.equal(true);
    const missing = await loadStories('cor-no-such-component');
    expect(missing.error).to.contain('/stories/no-such-component.stories.ts could not be loaded');
  });

  test('keyboard', 'a part that swallows Tab is a trap', async () => {
    const story = await probe(
      '',
      html`<input
        aria-label="a"
        @keydown=${(e: KeyboardEvent) => e.key === 'Tab' && e.preventDefault()}
      />`,
    );
    expect(await failure(() => checkKeyboard(story))).to.match(/did not move|trap/);
  });

  test('focus-ring', 'no outline, a thin outline and a faint ring all fail', async () => {
    const none = await probe('button:focus { outline: none; }', html`<button>a</button>`);
    expect(await failure(() => checkFocusRing(none))).to.contain('outline none');
    const thin = await probe(
      'button:focus-visible { outline: 1px solid black; }',
      html`<button>a</button>`,
    );
    expect(await failure(() => checkFocusRing(thin))).to.contain('needs ≥ 2px');
    const faint = await probe(
      'button:focus-visible { outline: 3px solid #ffbe5c; box-shadow: none; }',
      html`<button>a</button>`,
    );
    expect(await failure(() => checkFocusRing(faint))).to.match(/best ring 1\.\d\d:1 < 3/);
    await checkFocusRing(await probe(GOOD_RING, html`<button>a</button>`));
  });

  test('target-size', 'a 20 px button fails, a 24 px one passes', async () => {
    const small = await probe(
      'button { inline-size: 20px; block-size: 20px; padding: 0; }',
      html`<button>a</button>`,
    );
    expect(await failure(() => checkTargetSize(small))).to.contain('20.0 × 20.0');
    checkTargetSize(
      await probe('button { inline-size: 24px; block-size: 24px; }', html`<button>a</button>`),
    );
  });

  test('reflow', 'a 400 px wide part overflows 320 px', async () => {
    const viewport = !engineGap('reflow');
    const wide = await probe('div { inline-size: 400px; }', html`<div>ancho</div>`);
    expect(await failure(() => checkReflow(wide, { viewport }))).to.contain(
      'cor-contract-probe > div',
    );
    wide.remove(); // fixtures stay until the test ends: this one would widen the page
    await checkReflow(await probe('div { max-inline-size: 400px; }', html`<div>ancho</div>`), {
      viewport,
    });
  });

  test(
    'text-spacing',
    'a one-line box that hides what the taller lines push out fails',
    async () => {
      const css = 'p { margin: 0; line-height: 1.2; overflow: hidden; }';
      const text = html`<p>Hola mundo</p>`;
      const fixed = await probe(`${css} p { block-size: 1.2em; }`, text);
      expect(await failure(() => checkTextSpacing(fixed))).to.contain('probe > p (overflow hidden');
      await checkTextSpacing(await probe(css, text));
    },
  );

  test(
    'forced-colors',
    'a border kept transparent by forced-color-adjust: none fails',
    async () => {
      const css = `${GOOD_RING} button { border: 2px solid transparent; forced-color-adjust: none; }`;
      const story = await probe(css, html`<button>a</button>`);
      expect(await failure(() => checkForcedColors(story))).to.contain(
        'border-top: 2px solid rgba(0, 0, 0, 0)',
      );
    },
  );

  test('reduced-motion', 'a 200 ms transition that ignores the preference fails', async () => {
    const story = await probe('button { transition: color 200ms; }', html`<button>a</button>`);
    expect(await failure(() => checkReducedMotion(story))).to.contain('transition 0.2s');
  });

  test('ax-tree', 'a nameless input and states that contradict the host fail', async () => {
    const nameless = await probe('', html`<input />`);
    expect(await failure(() => checkAxTree(nameless))).to.contain('no accessible name');
    nameless.remove();
    const contradicting = await probe('', html`<input aria-label="a" disabled />`, 'required');
    const message = await failure(() => checkAxTree(contradicting));
    expect(message).to.contain('disabled is true, the attributes say false');
    expect(message).to.contain('required is false, the attributes say true');
    contradicting.remove();
    await checkAxTree(await probe('', html`<input aria-label="a" required />`, 'required'));
  });
});
