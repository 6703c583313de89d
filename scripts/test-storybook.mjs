// `node scripts/test-storybook.mjs [--no-build] [--concurrency=N]`: checks the static Storybook.
//
// 1. Builds it (`npm run build:storybook`: tokens, custom elements manifest, storybook build)
//    unless --no-build, in which case storybook-static/ must exist.
// 2. Serves storybook-static/ on 127.0.0.1 with a tiny HTTP server (no outbound network: any
//    request elsewhere is blocked and counts as an error).
// 3. Opens every story (iframe.html?id=…&viewMode=story) and every docs entry in headless
//    Chromium, waits for Storybook's `storyRendered` / `docsRendered` event and for every
//    Cordillera element to finish rendering, and fails on: a console error, a page error, a
//    failed request, a Storybook render error, an unregistered `cor-*` tag, an element without
//    a rendered shadow root, a reactive property shadowed by a class field (what a wrong
//    decorator transform produces), missing design tokens, or a story without components.
// 4. Checks the toolbars once: theme and language reach the preview.
//
// Prints one line per entry and `storybook: N stories, M docs pages, E errors`; exits 1 on
// any error. Chromium: /usr/bin/chromium (Debian package), or $CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STATIC_DIR = join(ROOT, 'storybook-static');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIMEOUT_MS = 20_000;

const argv = process.argv.slice(2);
const build = !argv.includes('--no-build');
const concurrencyArg = argv.find((a) => a.startsWith('--concurrency='));
const concurrency = Math.max(1, Number(concurrencyArg?.split('=')[1] ?? 2) || 2);
const unknown = argv.filter((a) => a !== '--no-build' && !a.startsWith('--concurrency='));
if (unknown.length) {
  console.error(`test-storybook: unknown argument(s) ${unknown.join(' ')}`);
  console.error('usage: node scripts/test-storybook.mjs [--no-build] [--concurrency=N]');
  process.exit(2);
}

// ----- 1. Build -----

if (build) {
  const started = performance.now();
  console.log('storybook: building (npm run build:storybook)…');
  const result = spawnSync('npm', ['run', 'build:storybook', '--', '--disable-telemetry'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error || result.status !== 0) {
    console.error(
      `storybook: build failed (${result.error?.message ?? `exit code ${result.status}`})`,
    );
    process.exit(1);
  }
  console.log(`storybook: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const indexFile = join(STATIC_DIR, 'index.json');
if (!existsSync(indexFile)) {
  console.error(`storybook: ${indexFile} not found; build first or drop --no-build`);
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');
if (stories.length === 0) {
  console.error('storybook: index.json lists no stories');
  process.exit(1);
}

// ----- 2. Server -----

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const server = http.createServer(async (req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(STATIC_DIR, path));
  if (!file.startsWith(STATIC_DIR + sep)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(body);
  } catch {
    // Browsers ask for /favicon.ico on their own; Storybook does not ship one.
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ----- 3. Browser checks -----

/**
 * Runs in the page before Storybook: records the preview channel's render events, whenever
 * the channel is installed (window.__STORYBOOK_ADDONS_CHANNEL__ is assigned once at startup).
 */
function recordStorybookEvents() {
  const EVENTS = [
    'storyRendered',
    'docsRendered',
    'storyErrored',
    'storyThrewException',
    'storyMissing',
    'playFunctionThrewException',
    'unhandledErrorsWhilePlaying',
  ];
  const events = [];
  window.__corStorybookEvents = events;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of EVENTS) {
        value.on(name, (...args) => {
          let detail = '';
          try {
            detail = args
              .map((a) =>
                a instanceof Error ? a.message : typeof a === 'string' ? a : JSON.stringify(a),
              )
              .join(' ');
          } catch {
            detail = String(args[0]);
          }
          events.push({ name, detail: detail.slice(0, 500) });
        });
      }
    },
  });
}

/**
 * Runs in the page once Storybook has rendered: waits for every Cordillera element (in light
 * DOM and in shadow roots) to finish updating, then describes what it found.
 */
async function inspectComponents(rootSelector) {
  const root = document.querySelector(rootSelector) ?? document.body;
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('cor-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  // Let pending renders settle: updates can queue further updates (slot changes, validity).
  for (let round = 0; round < 5; round++) {
    all.length = 0;
    walk(root);
    const pending = all.filter((el) => el.isUpdatePending);
    await Promise.all(all.map((el) => el.updateComplete).filter(Boolean));
    if (pending.length === 0 && round > 0) break;
    await new Promise((r) => requestAnimationFrame(() => r()));
  }
  const problems = [];
  for (const el of all) {
    const tag = el.localName;
    const ctor = customElements.get(tag);
    if (!ctor) {
      problems.push(`<${tag}> is not registered`);
      continue;
    }
    if (!el.shadowRoot) problems.push(`<${tag}> has no shadow root`);
    else if (!el.shadowRoot.querySelector('[part]')) problems.push(`<${tag}> rendered nothing`);
    // Lit's own dev check: an own data property over a reactive accessor means a class field
    // (standard decorators / useDefineForClassFields) shadows it, and changes do not render.
    for (const name of ctor.elementProperties?.keys() ?? []) {
      if (Object.prototype.hasOwnProperty.call(el, name)) {
        problems.push(`<${tag}>.${String(name)} is shadowed by a class field`);
      }
    }
  }
  const surface = getComputedStyle(document.documentElement).getPropertyValue(
    '--cor-color-surface',
  );
  return {
    count: all.length,
    tags: [...new Set(all.map((el) => el.localName))].sort(),
    problems: [...new Set(problems)],
    tokens: surface.trim() !== '',
  };
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(recordStorybookEvents);
await context.route('**/*', (route) => {
  const url = route.request().url();
  return url.startsWith(BASE) || url.startsWith('data:') || url.startsWith('blob:')
    ? route.continue()
    : route.abort('blockedbyclient');
});

/** Opens one index entry; returns { errors: string[], info: string }. */
async function check(entry, globals) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text().slice(0, 300)}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message.slice(0, 300)}`));
  page.on('requestfailed', (req) =>
    errors.push(`request failed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const wanted = viewMode === 'docs' ? 'docsRendered' : 'storyRendered';
  const query = new URLSearchParams({ id: entry.id, viewMode });
  if (globals) query.set('globals', globals);
  let info = '';
  let result;
  try {
    await page.goto(`${BASE}/iframe.html?${query}`, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForFunction(
      (names) => window.__corStorybookEvents?.some((e) => names.includes(e.name)),
      [wanted, 'storyErrored', 'storyThrewException', 'storyMissing'],
      { timeout: TIMEOUT_MS, polling: 50 },
    );
    const events = await page.evaluate(() => window.__corStorybookEvents);
    for (const e of events) {
      if (e.name !== 'storyRendered' && e.name !== 'docsRendered') {
        errors.push(`storybook ${e.name}: ${e.detail}`);
      }
    }
    if (viewMode === 'docs') {
      // The stories of a docs page render after the page itself: wait for their canvases.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-docs .sb-story')].every(
            (s) => s.childElementCount > 0,
          ),
        undefined,
        { timeout: TIMEOUT_MS, polling: 50 },
      );
    }
    result = await page.evaluate(
      inspectComponents,
      viewMode === 'docs' ? '#storybook-docs' : '#storybook-root',
    );
    errors.push(...result.problems);
    // Stories and the docs pages generated from a CSF file show components; an MDX page may not.
    const expectsComponents = viewMode === 'story' || !String(entry.importPath).endsWith('.mdx');
    if (expectsComponents && result.count === 0) errors.push('no Cordillera element rendered');
    if (result.count > 0 && !result.tokens)
      errors.push('design tokens missing (--cor-color-surface is empty)');
    info = result.count ? `${result.count} × ${result.tags.join(', ')}` : 'no components';
  } catch (err) {
    errors.push(
      `${err.name === 'TimeoutError' ? 'timed out' : 'failed'}: ${err.message.split('\n')[0]}`,
    );
  }
  return { errors, info, page };
}

/** Checks that the theme and language toolbars reach the preview (story view and docs). */
async function checkToolbars() {
  const errors = [];
  const story =
    stories.find((s) => s.id.startsWith('componentes-campo-de-texto--required')) ?? stories[0];
  const luminance = (rgb) => {
    const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  const readPage = (page) =>
    page.evaluate(() => {
      const field = document.querySelector('#storybook-root cor-text-input');
      return {
        theme: document.documentElement.getAttribute('data-cor-theme'),
        rootTheme: document.querySelector('#storybook-root')?.getAttribute('data-cor-theme'),
        lang: document.documentElement.lang,
        background: getComputedStyle(document.body).backgroundColor,
        message: field?.validationMessage ?? null,
      };
    });
  const runs = {};
  for (const [theme, lang] of [
    ['light', 'es'],
    ['dark', 'en'],
  ]) {
    const { errors: e, page } = await check(story, `theme:${theme};locale:${lang}`);
    errors.push(...e.map((m) => `${theme}/${lang}: ${m}`));
    runs[theme] = await readPage(page).catch((err) => ({ error: err.message }));
    await page.close();
    const r = runs[theme];
    if (r.theme !== theme || r.rootTheme !== theme) {
      errors.push(
        `${theme}: data-cor-theme is ${r.theme} on <html>, ${r.rootTheme} on the story root`,
      );
    }
    if (r.lang !== lang) errors.push(`${theme}: <html lang> is "${r.lang}", expected "${lang}"`);
  }
  if (!(luminance(runs.light.background ?? '') > 0.8)) {
    errors.push(`light theme: preview background ${runs.light.background} is not light`);
  }
  if (!(luminance(runs.dark.background ?? '') < 0.2)) {
    errors.push(`dark theme: preview background ${runs.dark.background} is not dark`);
  }
  if (
    story.id.includes('required') &&
    (!runs.light.message || runs.light.message === runs.dark.message)
  ) {
    errors.push(
      `language: validation message does not follow <html lang> (es "${runs.light.message}", en "${runs.dark.message}")`,
    );
  }
  const info = `light/es ${runs.light.background}, dark/en ${runs.dark.background}; "${runs.light.message}" / "${runs.dark.message}"`;
  return { errors, info };
}

/** Runs `worker` over `items` with at most `limit` at a time; reports results in order. */
async function inOrder(items, limit, worker, report) {
  const results = new Array(items.length);
  let next = 0;
  let printed = 0;
  const flush = () => {
    while (printed < items.length && results[printed]) report(items[printed], results[printed++]);
  };
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await worker(items[i]);
      flush();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
}

const started = performance.now();
let errorCount = 0;
const print = (label, entry, { errors, info }) => {
  const name = `${entry.title} › ${entry.name}`;
  if (errors.length === 0) {
    console.log(`✔ ${label} ${entry.id} (${name}) ${info}`);
  } else {
    errorCount += errors.length;
    console.log(`✖ ${label} ${entry.id} (${name})`);
    for (const e of errors) console.log(`    ${e}`);
  }
};

try {
  await inOrder(
    [...stories, ...docs],
    concurrency,
    async (entry) => {
      const { errors, info, page } = await check(entry);
      await page.close();
      return { errors, info };
    },
    (entry, result) => print(entry.type === 'docs' ? 'docs ' : 'story', entry, result),
  );
  const toolbars = await checkToolbars();
  print(
    'tools',
    { id: 'toolbars', title: 'Theme and language', name: 'light/es, dark/en' },
    toolbars,
  );
} finally {
  await browser.close();
  server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `storybook: ${stories.length} stories, ${docs.length} docs pages, ${errorCount} errors (${seconds} s)`,
);
process.exit(errorCount === 0 ? 0 : 1);
