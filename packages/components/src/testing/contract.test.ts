// The component contract (DESIGN §5, §6): every story of every component in custom-elements.json,
// through every shared check. Nothing here names a component: a newly registered one with a
// stories module is tested as soon as `npm run analyze` lists it. A check is skipped only where
// engine-gaps.ts says the engine cannot run it, or where exemptions.ts exempts the component.
import '../index.js';
import { axeCheck } from './axe.js';
import { checkAxTree } from './contract/ax-tree.js';
import { checkAxeForcedColors } from './contract/axe-matrix.js';
import type { ContractCheck } from './contract/checks.js';
import { discoverComponents } from './contract/discover.js';
import { checkFocusRing } from './contract/focus-ring.js';
import { checkForcedColors } from './contract/forced-colors.js';
import { checkKeyboard } from './contract/keyboard.js';
import { checkReducedMotion } from './contract/reduced-motion.js';
import { checkReflow } from './contract/reflow.js';
import { checkTargetSize } from './contract/target-size.js';
import { checkTextSpacing } from './contract/text-spacing.js';
import { engine } from './engine.js';
import { engineGap, engineSkip } from './engine-gaps.js';
import { exempted } from './exemptions.js';
import { reportQuality } from './quality.js';
import { renderStory } from './stories.js';
import { EXEMPTION_COUNT } from './exemptions.js';
import { LANGS, THEMES } from './themes.js';

const components = await discoverComponents();

/** The checks run once per story, on the story rendered in the light theme, in Spanish. */
const STORY_CHECKS: [ContractCheck, (story: HTMLElement) => unknown][] = [
  ['keyboard', checkKeyboard],
  ['focus-ring', checkFocusRing],
  ['target-size', checkTargetSize],
  ['reflow', (story) => checkReflow(story, { viewport: !engineGap('reflow') })],
  ['text-spacing', checkTextSpacing],
  ['forced-colors', checkForcedColors],
  ['reduced-motion', checkReducedMotion],
  ['ax-tree', checkAxTree],
];

/**
 * Real defects the contract found in a component, each reported to its owner. The one test is
 * skipped (it.skip) until the component is fixed; then delete the entry.
 */
const DEFECTS: { tag: string; story: string; check: ContractCheck }[] = [];

/**
 * Defines a test that runs `body` unless the engine cannot run `check` (engine-gaps.ts) or the
 * component is exempted from it (exemptions.ts) — the only two reasons a contract test skips —
 * or it is a listed DEFECT (it.skip, pending a fix in the component).
 */
function contractTest(
  tag: string,
  story: string,
  check: ContractCheck,
  title: string,
  body: () => unknown,
) {
  if (DEFECTS.some((d) => d.tag === tag && d.story === story && d.check === check)) {
    it.skip(`${title} (DEFECT: see contract.test.ts)`, () => undefined);
    return;
  }
  const skip = engineSkip(check)
    ? `not in ${engine()}: see engine-gaps.ts`
    : exempted(tag, `contract:${check}`)
      ? 'exempted: see exemptions.ts'
      : null;
  it(skip ? `${title} (${skip})` : title, async function () {
    if (skip) this.skip();
    await body();
  });
}

/**
 * The themes × languages that axe checks. Chromium runs every pair. Firefox and WebKit run each
 * theme once, the languages alternating, so every theme and every language is still checked in
 * every engine: what differs between engines (ARIA mapping, rendering) shows in one pass per
 * theme, and a second language only changes the text. This halves the slowest part of the
 * suite in the two slower engines (docs/testing.md, "Time").
 */
const AXE_MATRIX: [theme: (typeof THEMES)[number], lang: (typeof LANGS)[number]][] =
  engine() === 'chromium'
    ? THEMES.flatMap((theme) => LANGS.map((lang) => [theme, lang] as [typeof theme, typeof lang]))
    : THEMES.map((theme, i) => [theme, LANGS[i % LANGS.length]]);

describe('component contract', () => {
  before(async () => {
    const stories = components.reduce((sum, c) => sum + c.stories.length, 0);
    await reportQuality({ components: components.length, stories, exemptions: EXEMPTION_COUNT });
  });

  it('finds components in custom-elements.json', () => {
    if (components.length === 0) throw new Error('custom-elements.json lists no component');
  });

  for (const { tag, stories, error } of components) {
    describe(`<${tag}>`, () => {
      it('is registered by src/index.ts and has stories', () => {
        if (!customElements.get(tag)) throw new Error(`${tag} is not registered by src/index.ts`);
        if (error) throw new Error(error);
      });

      for (const story of stories) {
        describe(story.name, () => {
          const test = (check: ContractCheck, title: string, body: () => unknown) =>
            contractTest(tag, story.name, check, title, body);
          for (const [theme, lang] of AXE_MATRIX) {
            test('axe', `axe · ${theme} · ${lang}`, async () =>
              axeCheck(await renderStory(story, theme, lang)),
            );
          }
          for (const lang of LANGS) {
            test('axe-forced-colors', `axe · forced-colors · ${lang}`, async () =>
              checkAxeForcedColors(await renderStory(story, 'light', lang)),
            );
          }
          for (const [check, run] of STORY_CHECKS) {
            test(check, check, async () => run(await renderStory(story, 'light', 'es')));
          }
        });
      }
    });
  }
});
