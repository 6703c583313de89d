// Server side of the browser test helpers: quality counters, Chromium media emulation and a
// result counter, written under .cache/quality/ so `npm test` can print what really ran.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUALITY_DIR = '.cache/quality';
export const countersFile = (engine) => join(QUALITY_DIR, `${engine}.json`);
export const resultsFile = (engine) => join(QUALITY_DIR, `${engine}.results.json`);

function write(file, data) {
  mkdirSync(QUALITY_DIR, { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * `reportQuality({ axeChecks: 1 })` in the browser adds to this engine's counters.
 * engineOf(launcher) names the engine of a session; engines lists this run's engines.
 */
export function qualityPlugin({ engines, engineOf }) {
  const counters = {};
  return {
    name: 'cor-quality',
    serverStart() {
      // A run starts from zero: stale numbers from an earlier run must never be summed in.
      for (const engine of engines) {
        counters[engine] = {};
        write(countersFile(engine), counters[engine]);
        rmSync(resultsFile(engine), { force: true });
      }
    },
    executeCommand({ command, payload, session }) {
      if (command !== 'cor-report-quality') return undefined;
      const engine = engineOf(session.browser);
      const own = (counters[engine] ??= {});
      for (const [key, value] of Object.entries(payload ?? {})) {
        if (typeof value !== 'number') throw new Error(`reportQuality: ${key} is not a number`);
        own[key] = (own[key] ?? 0) + value;
      }
      write(countersFile(engine), own);
      return true;
    },
  };
}

// Media features by the names the browser helper uses → CSS media feature names for CDP.
const FEATURES = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  contrast: 'prefers-contrast',
  forcedColors: 'forced-colors',
};

/**
 * @web/test-runner-commands' emulateMedia drops `forcedColors` under puppeteer (it only passes
 * colour scheme and motion), and puppeteer refuses forced-colors too; CDP takes any feature.
 */
export function mediaPlugin({ engineOf }) {
  const cdp = new WeakMap(); // one CDP session per page: emulation lives as long as its session
  return {
    name: 'cor-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cor-emulate-media') return undefined;
      if (engineOf(session.browser) !== 'chromium') {
        throw new Error('cor-emulate-media: media emulation exists only in Chromium');
      }
      const page = session.browser.getPage(session.id);
      if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
      const { media = '', ...rest } = payload ?? {};
      const features = Object.entries(rest).map(([key, value]) => {
        if (!FEATURES[key]) throw new Error(`cor-emulate-media: unknown feature ${key}`);
        return { name: FEATURES[key], value: String(value) };
      });
      await cdp.get(page).send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}

/** Writes { passed, failed, skipped } per engine; a file that failed to load counts as 1 failed. */
export function resultsReporter({ engineOf }) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = {};
      for (const session of sessions) {
        const engine = engineOf(session.browser);
        const t = (totals[engine] ??= { passed: 0, failed: 0, skipped: 0 });
        const before = t.failed;
        const walk = (suite) => {
          for (const test of suite?.tests ?? []) {
            if (test.skipped) t.skipped++;
            else if (test.passed) t.passed++;
            else t.failed++;
          }
          for (const child of suite?.suites ?? []) walk(child);
        };
        walk(session.testResults);
        if (!session.passed && t.failed === before) t.failed++;
      }
      for (const [engine, t] of Object.entries(totals)) write(resultsFile(engine), t);
    },
  };
}
