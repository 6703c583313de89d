// The ONE list of what a browser engine cannot check, and why. The contract suite asks
// `engineSkip(check)` before each test; nothing else may skip a test. Gaps with a `substitute`
// still run, measured another way, and are listed so nobody mistakes one for the other.
import type { ContractCheck } from './contract/checks.js';
import { engine, type Engine } from './engine.js';

export interface EngineGap {
  check: ContractCheck;
  engines: Engine[];
  reason: string;
  /** How the check runs in these engines instead; absent = the check is skipped there. */
  substitute?: string;
}

const NO_MEDIA_EMULATION =
  'Media features are emulated through CDP (Emulation.setEmulatedMedia, the cor-emulate-media ' +
  'command). Firefox is driven over WebDriver BiDi and WebKit over classic WebDriver; neither ' +
  'can emulate media features, and the real OS setting cannot be switched from a test.';

export const ENGINE_GAPS: EngineGap[] = [
  { check: 'axe-forced-colors', engines: ['firefox', 'webkit'], reason: NO_MEDIA_EMULATION },
  { check: 'forced-colors', engines: ['firefox', 'webkit'], reason: NO_MEDIA_EMULATION },
  { check: 'reduced-motion', engines: ['firefox', 'webkit'], reason: NO_MEDIA_EMULATION },
  {
    check: 'reflow',
    engines: ['webkit'],
    reason:
      "@web/test-runner-commands' setViewport works for puppeteer (Chromium over CDP, Firefox " +
      'over BiDi) and Playwright only; WebKit runs under @web/test-runner-webdriver.',
    substitute:
      'The story is laid out in a 320 px wide container instead of a 320 px viewport: the same ' +
      'boxes are measured, but media queries still see the wide window.',
  },
  {
    check: 'ax-tree',
    engines: ['firefox', 'webkit'],
    reason:
      'The browser accessibility tree is read through CDP (Accessibility.getPartialAXTree, the ' +
      'cor-ax-tree command). Neither WebDriver BiDi nor classic WebDriver exposes it.',
    substitute:
      "Role and name are computed by axe-core's implementation of the ARIA and accname specs " +
      '(accessibility-tree.ts); states are read from the native and ARIA attributes of the part.',
  },
];

/** The gap of `check` in the running engine, if any. */
export function engineGap(check: ContractCheck, current: Engine = engine()): EngineGap | undefined {
  return ENGINE_GAPS.find((gap) => gap.check === check && gap.engines.includes(current));
}

/** Why `check` cannot run in this engine, or null when it runs (perhaps through a substitute). */
export function engineSkip(check: ContractCheck, current: Engine = engine()): string | null {
  const gap = engineGap(check, current);
  return gap && !gap.substitute ? gap.reason : null;
}
