// `node scripts/test-storybook.mjs [--no-build] [--concurrency=N]`: checks the static Storybook.
//
// 1. Builds it (`npm run build:storybook`: tokens, custom elements manifest, storybook build)
//    unless --no-build, in which case storybook-static/ must exist.
// 2. Checks the links of the repository's Markdown and MDX (README.md, docs/**): a relative link
//    must name a file that exists; a link to a Storybook page (`?path=/docs/<id>`,
//    `?path=/story/<id>`, also as http://localhost:6006/?path=…) must name an entry of
//    index.json.
// 3. Serves storybook-static/ on 127.0.0.1 with a tiny HTTP server (no outbound network: any
//    request elsewhere is blocked and counts as an error).
// 4. Opens every docs entry and every story (iframe.html?id=…&viewMode=story) — of a
//    component's stories, only the first: the others render on its docs page — in headless
//    Chromium, waits for Storybook's `storyRendered` / `docsRendered` event and for every
//    Cordillera element to finish rendering, and fails on: a console error, a page error, a
//    failed request, a Storybook render error, an unregistered `cor-*` tag, an element without
//    a rendered shadow root, a reactive property shadowed by a class field (what a wrong
//    decorator transform produces), missing design tokens, a story without components (except
//    the foundations, tagged `foundation`), an axe violation (axe-core, WCAG 2.0–2.2 A/AA and
//    best practice; the few rules that judge a whole web page rather than a story are listed in
//    AXE_DISABLED with the reason), or a dead link: every rendered `?path=` link must name an
//    entry of index.json, every same-page `#anchor` of a docs page must exist, and a docs page
//    may not link to a relative URL (inside Storybook it leads nowhere).
// 5. Checks the toolbars once: theme and language reach the preview (on a docs page, the
//    examples take the toolbar's language while the page's text stays Spanish); and the manager
//    shows the theme, language and viewport toolbars (the 320 px viewport really narrows the
//    preview) and the accessibility panel.
//
// Prints one line per entry and `storybook: N stories, M docs pages, E errors`; exits 1 on
// any error. Chromium: /usr/bin/chromium (Debian package), or $CHROMIUM_PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
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
  // No outbound network: every host but the local server fails to resolve, and the failed
  // request counts as an error. (Request interception would do it too, but it turns off the
  // HTTP cache, and with it the compiled-code cache of Storybook's bundles: twice as slow.)
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const TIMEOUT_MS = 20_000;
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_URL = '/__test-storybook/axe.min.js';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * axe rules switched off, each with its reason (as in packages/components/src/testing/axe.ts).
 * `story`: a story is one example inside Storybook's preview frame, not a web page.
 * `docs`: a docs page is Storybook's page, with its own container markup.
 */
const AXE_DISABLED = {
  story: {
    region:
      'Best practice for whole pages (all content inside landmarks). A story is one example in ' +
      'the preview frame; landmarks are the service page’s job.',
    'landmark-one-main':
      'Best practice for whole pages (one <main>). A story is an example, not a page.',
    'page-has-heading-one':
      'Best practice for whole pages (one <h1>). A component story has no page around it.',
  },
  docs: {
    region:
      'Best practice for whole pages. Storybook renders a docs page in its own container, ' +
      'without landmarks; the manager frame around it has them.',
    'landmark-one-main':
      'Best practice for whole pages. Storybook’s docs container has no <main>; the manager ' +
      'frame around it does.',
  },
};

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
const entryType = new Map(entries.map((e) => [e.id, e.type]));

/**
 * What is wrong with a link into Storybook (`?path=/docs/<id>`, `?path=/story/<id>`, with any
 * base): '' when it names an entry of the right kind, null when it is not such a link.
 */
function storybookLinkProblem(href) {
  const frame = /(?:^|\/)iframe\.html\?(?:.*&)?id=([^&#]+)/.exec(href);
  if (frame) return entryType.has(safeDecode(frame[1])) ? '' : `no Storybook entry "${frame[1]}"`;
  const match = /[?&]path=\/(docs|story)\/([^&#]+)/.exec(href);
  if (!match) return /[?&]path=/.test(href) ? `not a docs or story path` : null;
  let id;
  try {
    id = decodeURIComponent(match[2]);
  } catch {
    return 'bad URL encoding';
  }
  const type = entryType.get(id);
  if (!type) return `no Storybook entry "${id}"`;
  if ((match[1] === 'docs') !== (type === 'docs'))
    return `"${id}" is a ${type}, linked as /${match[1]}/`;
  return '';
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const isExternal = (href) => /^(https?:|mailto:|tel:)/i.test(href) && !/[?&]path=/.test(href);

// ----- 2. Links in the repository's Markdown and MDX -----

/** Markdown links and JSX/HTML hrefs outside code. */
function linksIn(text) {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
    ...[...prose.matchAll(/\bhref=["']([^"']+)["']/g)].map((m) => m[1]),
  ];
}

function checkRepositoryLinks() {
  const docsDir = join(ROOT, 'docs');
  const files = [
    join(ROOT, 'README.md'),
    ...readdirSync(docsDir, { recursive: true })
      .filter((f) => /\.mdx?$/.test(f))
      .map((f) => join(docsDir, f)),
  ];
  const problems = [];
  let count = 0;
  for (const file of files) {
    const name = relative(ROOT, file);
    for (const href of linksIn(readFileSync(file, 'utf8'))) {
      count++;
      const storybook = storybookLinkProblem(href);
      if (storybook) problems.push(`${name}: dead link ${href}: ${storybook}`);
      if (storybook !== null || isExternal(href) || href.startsWith('#')) continue;
      if (file.endsWith('.mdx')) {
        problems.push(
          `${name}: relative link ${href} leads nowhere inside Storybook (use ?path=/docs/…)`,
        );
        continue;
      }
      let path;
      try {
        path = decodeURIComponent(href.split('#')[0]);
      } catch {
        path = href;
      }
      if (!existsSync(join(dirname(file), path)))
        problems.push(`${name}: dead link ${href}: no such file`);
    }
  }
  return { problems, count, files: files.length };
}

// ----- 3. Server -----

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
  if (path === AXE_URL) {
    // axe-core for the checks, from the same origin and cacheable, so Chromium compiles it once.
    res.writeHead(200, { 'content-type': MIME['.js'], 'cache-control': 'max-age=600' });
    res.end(await readFile(AXE_PATH));
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
      // The build does not change while the test runs: let Chromium cache (and keep the compiled
      // code of) Storybook's large bundles from one page to the next.
      'cache-control': 'max-age=600',
    });
    res.end(body);
  } catch {
    // Browsers ask for /favicon.ico on their own; Storybook does not ship one.
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ----- 4. Browser checks -----

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
    content: root.childElementCount > 0 || (root.textContent ?? '').trim() !== '',
  };
}

/** Runs in the page: the links of the rendered entry, with what the page knows about them. */
function collectLinks(rootSelector) {
  const root = document.querySelector(rootSelector);
  if (!root) return [];
  return [...root.querySelectorAll('a[href]')].map((a) => {
    const href = a.getAttribute('href') ?? '';
    let target = null;
    if (href.startsWith('#') && href.length > 1) {
      let id = href.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // keep it as written
      }
      target = document.getElementById(id) !== null;
    }
    return {
      href,
      target,
      // A link inside an example (a story) is part of the example: only ?path= links count.
      inStory: rootSelector === '#storybook-root' || a.closest('.docs-story') !== null,
      text: (a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
    };
  });
}

/** The problems with the links of one rendered entry. */
function linkProblems(links) {
  const problems = [];
  for (const link of links) {
    const where = `link "${link.text}" → ${link.href}`;
    const storybook = storybookLinkProblem(link.href);
    if (storybook) problems.push(`dead ${where}: ${storybook}`);
    if (storybook !== null || link.inStory || isExternal(link.href)) continue;
    if (link.href.startsWith('#')) {
      if (link.target === false) problems.push(`dead ${where}: no element with that id`);
      continue;
    }
    problems.push(`dead ${where}: a relative link leads nowhere inside Storybook`);
  }
  return problems;
}

/** Runs in the page: axe on the whole document; returns one line per violating node. */
async function runAxe({ tags, disabled }) {
  const options = {
    runOnly: { type: 'tag', values: tags },
    rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations'],
  };
  let results;
  // Storybook's own accessibility panel may still be running axe in this window: wait for it.
  for (let attempt = 0; !results; attempt++) {
    try {
      results = await window.axe.run(document, options);
    } catch (error) {
      if (attempt > 100 || !String(error?.message).includes('already running')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return results.violations.flatMap((v) =>
    v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `axe ${v.id} [${n.impact ?? v.impact}] at ${n.target.map((t) => [t].flat().join(' >>> ')).join(' ')}: ${v.help}`,
      ),
  );
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(recordStorybookEvents);

/**
 * Opens one index entry; returns { errors: string[], info: string, page }. `audit` adds axe and
 * the link check.
 */
async function check(entry, globals, { audit = true } = {}) {
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
  // addon-a11y runs axe after every story for its panel; here the test runs its own (stricter,
  // on docs pages too), so the addon's automatic run is switched off (`a11y.manual`).
  query.set('globals', [globals, 'a11y.manual:!true'].filter(Boolean).join(';'));
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
    // Stories and the docs pages generated from a CSF file show components; an MDX page and a
    // foundations story (tokens only) may not.
    const tags = entry.tags ?? [];
    const isFoundation = tags.includes('foundation');
    const expectsComponents =
      viewMode === 'story'
        ? !isFoundation && !tags.includes('pattern')
        : !String(entry.importPath).endsWith('.mdx');
    if (expectsComponents && result.count === 0) errors.push('no Cordillera element rendered');
    if (!result.content) errors.push('rendered nothing');
    if ((result.count > 0 || isFoundation) && !result.tokens)
      errors.push('design tokens missing (--cor-color-surface is empty)');
    info = result.count ? `${result.count} × ${result.tags.join(', ')}` : 'no components';
    if (audit) {
      const root = viewMode === 'docs' ? '#storybook-docs' : '#storybook-root';
      const links = await page.evaluate(collectLinks, root);
      errors.push(...linkProblems(links));
      await page.addScriptTag({ url: AXE_URL });
      const violations = await page.evaluate(runAxe, {
        tags: AXE_TAGS,
        disabled: Object.keys(AXE_DISABLED[viewMode]),
      });
      errors.push(...violations);
      info += ` · axe ✔ · ${links.length} links`;
    }
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
    const { errors: e, page } = await check(story, `theme:${theme};locale:${lang}`, {
      audit: false,
    });
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
  // On a docs page, <html lang> stays the language of the page's text (Spanish) and the
  // toolbar's language goes to each story's canvas.
  const docsPage = docs.find((d) => d.id === 'componentes-campo-de-texto--docs') ?? docs[0];
  if (docsPage) {
    const { errors: e, page } = await check(docsPage, 'locale:en', { audit: false });
    errors.push(...e.map((m) => `docs/en: ${m}`));
    const langs = await page
      .evaluate(() => ({
        html: document.documentElement.lang,
        canvases: [...document.querySelectorAll('.cor-sb-canvas')].map((c) => c.lang),
      }))
      .catch((err) => ({ html: err.message, canvases: [] }));
    await page.close();
    if (langs.html !== 'es')
      errors.push(`docs page: <html lang> is "${langs.html}", expected "es"`);
    if (langs.canvases.some((lang) => lang !== 'en')) {
      errors.push(
        `docs page: story canvases have lang ${langs.canvases.join(', ')}, expected "en"`,
      );
    }
  }
  const info = `light/es ${runs.light.background}, dark/en ${runs.dark.background}; "${runs.light.message}" / "${runs.dark.message}"; docs page in es with en examples`;
  return { errors, info };
}

/**
 * Checks the manager (the Storybook UI around the preview): the theme and language toolbars, the
 * viewport toolbar with its 320 px option (which really narrows the preview) and the
 * accessibility panel are there.
 */
async function checkManager() {
  const errors = [];
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(`page error: ${err.message.slice(0, 300)}`));
  const story = stories[0];
  try {
    await page.goto(`${BASE}/index.html?path=/story/${story.id}`, {
      waitUntil: 'load',
      timeout: TIMEOUT_MS,
    });
    const button = (name) => page.getByRole('button', { name });
    for (const [what, name] of [
      ['theme toolbar', /^Tema de Cordillera/],
      ['language toolbar', /^Idioma de la página/],
      ['viewport toolbar', /^Viewport size/],
    ]) {
      await button(name)
        .first()
        .waitFor({ timeout: TIMEOUT_MS })
        .catch(() => errors.push(`no ${what} in the manager`));
    }
    await page
      .getByRole('tab', { name: /Accessibility/ })
      .first()
      .waitFor({ timeout: TIMEOUT_MS })
      .catch(() => errors.push('no accessibility panel in the manager'));
    await button(/^Viewport size/)
      .first()
      .click();
    await page.getByText('Móvil pequeño (320 px)').first().click();
    const width = await page
      .locator('#storybook-preview-iframe')
      .evaluate((frame) => frame.getBoundingClientRect().width);
    if (Math.round(width) !== 320) errors.push(`the 320 px viewport gives a ${width} px preview`);
  } catch (err) {
    errors.push(`failed: ${err.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { errors, info: 'theme, language and viewport (320 px) toolbars, accessibility panel' };
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

{
  const { problems, count, files } = checkRepositoryLinks();
  print(
    'links',
    { id: 'repository', title: 'README.md and docs/', name: 'Markdown and MDX links' },
    { errors: problems, info: `${count} links in ${files} files` },
  );
}

// A component's stories all render on its docs page (each in a Canvas, checked below), and the
// contract suite renders every one of them in three engines; one story per component here
// proves the story view of the production build. Patterns, guides and foundations: every one.
const opened = new Set();
const storiesToOpen = stories.filter((entry) => {
  const component = entry.id.startsWith('componentes-') ? entry.id.split('--')[0] : null;
  if (!component) return true;
  if (opened.has(component)) return false;
  opened.add(component);
  return true;
});

try {
  await inOrder(
    [...storiesToOpen, ...docs],
    concurrency,
    async (entry) => {
      const begun = performance.now();
      const { errors, info, page } = await check(entry);
      await page.close();
      return { errors, info: `${info} (${((performance.now() - begun) / 1000).toFixed(1)} s)` };
    },
    (entry, result) => print(entry.type === 'docs' ? 'docs ' : 'story', entry, result),
  );
  print(
    'tools',
    { id: 'manager', title: 'Storybook UI', name: 'toolbars and panels' },
    await checkManager(),
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
  `storybook: ${storiesToOpen.length} of ${stories.length} stories (the rest: docs pages and the contract suite), ${docs.length} docs pages, ${errorCount} errors (${seconds} s)`,
);
process.exit(errorCount === 0 ? 0 : 1);
