// @web/test-runner in real Chromium, Firefox and WebKit (Debian packages). Pick engines with
// COR_ENGINES=chromium,firefox,webkit (default: every installed one). `npm test` runs each
// engine in its own process; see scripts/test.mjs.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { ENGINES, PATHS, detectEngines, missing } from './scripts/lib/engines.mjs';
import { webkitLauncher } from './scripts/lib/webkit.mjs';
import { mediaPlugin, qualityPlugin, resultsReporter } from './scripts/lib/wtr-plugins.mjs';
import { axTreePlugin } from './scripts/lib/ax-tree-plugin.mjs';

// Every browser runs in Chile's time zone, which changes clocks at midnight: date code that
// wrongly goes through local-time `Date` fails here (DESIGN §4). The browsers inherit it.
process.env.TZ = 'America/Santiago';

// COR_ONLY_TAGS=cor-a,cor-b limits the shared suites to those components (testing/only-tags.ts).
const onlyTags = (process.env.COR_ONLY_TAGS ?? '').replace(/[^a-z0-9,-]/g, '');
const onlyTagsMeta = onlyTags ? `<meta name="cor-only-tags" content="${onlyTags}">` : '';

const engines = process.env.COR_ENGINES
  ? process.env.COR_ENGINES.split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  : detectEngines().available;
for (const engine of engines) {
  const reason = missing(engine);
  if (reason) throw new Error(`COR_ENGINES: cannot run ${engine}: ${reason}`);
}
if (engines.length === 0) throw new Error(`No engine installed (${ENGINES.join(', ')})`);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: PATHS.chromium,
        args: [
          '--no-sandbox', // we run as root
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
      // A window, not a background tab: headless background tabs don't paint, so focus and
      // screenshots misbehave when two pages run at once.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      concurrency: 2, // two pages on this 2-core machine
    }),
  // puppeteer-core speaks WebDriver BiDi to Firefox: no geckodriver needed.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: PATHS.firefox, headless: true },
      concurrency: 1, // one page at a time (as measured in TOOLCHAIN.md)
    }),
  webkit: () => webkitLauncher(),
};

// Which engine a launcher is: the plugins key their counters and results by it.
const engineByLauncher = new Map(engines.map((engine) => [launchers[engine](), engine]));
const engineOf = (launcher) => engineByLauncher.get(launcher) ?? 'unknown';

/** A port nobody listens on: npm test runs two engines' test runners at the same time. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

export default {
  port: await freePort(),
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['packages/components/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] }, // Lit's dev build: its warnings show in tests
  browsers: [...engineByLauncher.keys()],
  // The default for launchers without their own (WebKit): 1 makes the webdriver launcher drive
  // the top-level page instead of iframes. Never `undefined`: WTR then hangs at 0/N.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10_000 } },
  // lang and title make the test page a valid document, so axeCheck(document) judges fixtures,
  // not the runner's empty page.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="es"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Cordillera tests</title>${onlyTagsMeta}</head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  // Lit's one-line "dev mode" notice in every file is noise; every other warning stays.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    esbuildPlugin({
      ts: true,
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), // legacy decorators
      target: 'es2022',
    }),
    qualityPlugin({ engines, engineOf }),
    mediaPlugin({ engineOf }),
    axTreePlugin({ engineOf }),
  ],
  reporters: [defaultReporter(), resultsReporter({ engineOf })],
  coverageConfig: {
    include: ['packages/components/src/**'],
    exclude: ['packages/components/src/testing/**', '**/*.test.ts', '**/node_modules/**'],
    threshold: { lines: 90 }, // enforced: the run fails below it
    reporters: ['lcov', 'json-summary'],
  },
};
