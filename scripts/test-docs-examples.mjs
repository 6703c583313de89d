// `node scripts/test-docs-examples.mjs` (after `npm run build`): runs every snippet of the
// guides. The guides import the files of docs/examples as raw text (`?raw`), so what a reader
// copies is exactly what this script runs; an example without a check here fails the run.
//
// - HTML pages and fragments are served from 127.0.0.1 with a strict Content-Security-Policy
//   (scripts from the page's origin and the CDN only, `style-src 'self'`) and opened in headless
//   Chromium. The CDN URL (https://cdn.jsdelivr.net/npm/@cordillera/components@<version>/…) is
//   answered from packages/components/<path>, so a wrong path or an outdated version fails.
//   A fragment is wrapped in a page (<html lang="es">, <main>, <h1>) that loads the CDN file.
// - JavaScript examples are bundled with esbuild the way an app would (resolving
//   @cordillera/components through node_modules, so `exports` and `sideEffects` apply) and
//   run in such a page.
// - Every page must register and render its `cor-*` elements, log no console error, raise no
//   page error and no CSP violation, pass axe (WCAG 2.0–2.2 A/AA and best practice), and pass
//   its own check below (a form submits what it should, a theme paints what it says, …).
//
// Prints one line per example and `docs examples: N passed, N failed`; exits 1 on a failure.
// Chromium: /usr/bin/chromium (Debian package), or $CHROMIUM_PATH.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { checkPairs } from '../tokens/lib/contrast.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = join(ROOT, 'docs/examples');
const PACKAGE_DIR = join(ROOT, 'packages/components');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CDN = 'https://cdn.jsdelivr.net';
const CSP = [
  "default-src 'none'",
  `script-src 'self' ${CDN}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
].join('; ');

const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8'));
const cdnFile = join(PACKAGE_DIR, 'dist/cdn/cordillera.min.js');
if (!existsSync(cdnFile) || !existsSync(join(PACKAGE_DIR, 'dist/index.js'))) {
  console.error('docs examples: packages/components/dist is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`docs examples: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  process.exit(1);
}

const started = performance.now();
const es = (await import(pathToFileURL(join(PACKAGE_DIR, 'dist/i18n/es.js')).href)).es;
const en = (await import(pathToFileURL(join(PACKAGE_DIR, 'dist/i18n/en.js')).href)).en;
const themeValues = (theme) =>
  JSON.parse(readFileSync(join(ROOT, `tokens/dist/json/${theme}.json`), 'utf8'));
const contrastPairs = JSON.parse(
  readFileSync(join(ROOT, 'tokens/src/contrast-pairs.json'), 'utf8'),
);

// ----- The checks, one per example file -----
// Each gets { page, html (the served HTML), source (the file's text), submissions } and throws
// (or returns a list of problems) when the example does not do what its guide says.

const expectEqual = (actual, expected, what) => {
  if (actual !== expected)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
};

/** A page that uses the components, for the JavaScript examples. */
const jsPage = (bundle) => `
<form action="/solicitud" method="post">
  <cor-text-input label="Nombre completo" name="nombre" required></cor-text-input>
  <cor-button>Continuar</cor-button>
</form>
<script type="module" src="/bundles/${bundle}"></script>`;

const fieldMessage = (page, selector) =>
  page.locator(selector).evaluate((field) => {
    field.reportValidity();
    return field.validationMessage;
  });

const CHECKS = {
  'install.sh': {
    kind: 'shell',
    async check({ source }) {
      const names = [...source.matchAll(/npm install ((?:@?[\w./-]+\s*)+)/g)].flatMap((m) =>
        m[1].trim().split(/\s+/),
      );
      if (names.length === 0) throw new Error('no `npm install <package>` line');
      const published = readdirSync(join(ROOT, 'packages'))
        .map((dir) => join(ROOT, 'packages', dir, 'package.json'))
        .concat(join(ROOT, 'tokens/package.json'))
        .filter(existsSync)
        .map((file) => JSON.parse(readFileSync(file, 'utf8')))
        .filter((p) => !p.private)
        .map((p) => p.name);
      for (const name of names) {
        if (!published.includes(name))
          throw new Error(`${name} is not a package of this repository`);
      }
    },
  },
  'import-all.js': {
    kind: 'js',
    page: () => jsPage('import-all.js'),
    tags: ['cor-button', 'cor-text-input'],
  },
  'import-some.js': {
    kind: 'js',
    page: () => jsPage('import-some.js'),
    tags: ['cor-button', 'cor-text-input'],
  },
  'cdn.html': {
    kind: 'page',
    tags: ['cor-button'],
    async check({ page }) {
      const href = await page.locator('cor-button a[part="control"]').getAttribute('href');
      expectEqual(href, '/certificado/inicio', 'start button link');
    },
  },
  'first-form.html': {
    kind: 'page',
    tags: ['cor-button', 'cor-text-input'],
    async check({ page, submissions }) {
      // Sending it empty: nothing is sent, and the first field says why, in Spanish.
      const before = submissions.length;
      await page.locator('cor-button').click();
      await page.waitForTimeout(100);
      if (submissions.length > before) throw new Error('an empty form was submitted');
      const error = await page.locator('cor-text-input[name="nombre"] [part="error"]').innerText();
      if (!error.includes(es.valueMissing))
        throw new Error(`no Spanish error shown (got "${error}")`);
      // Filled in: the answers reach the service; Enter in the last field submits.
      await page.locator('cor-text-input[name="nombre"] input').fill('María José Pérez Soto');
      await page.locator('cor-text-input[name="correo"] input').fill('maria.perez@ejemplo.cl');
      await Promise.all([
        page.waitForURL('**/certificado/contacto'),
        page.locator('cor-text-input[name="correo"] input').press('Enter'),
      ]);
      const body = new URLSearchParams(submissions.at(-1)?.body ?? '');
      expectEqual(body.get('nombre'), 'María José Pérez Soto', 'submitted nombre');
      expectEqual(body.get('correo'), 'maria.perez@ejemplo.cl', 'submitted correo');
    },
  },
  'theme-attribute.html': {
    kind: 'fragment',
    tags: ['cor-button', 'cor-text-input'],
    async check({ page }) {
      for (const theme of ['dark', 'agency']) {
        const painted = await page.evaluate(
          (t) =>
            getComputedStyle(document.querySelector(`[data-cor-theme="${t}"]`)).backgroundColor,
          theme,
        );
        const expected = hexToRgb(themeValues(theme)['color-surface']);
        expectEqual(painted, expected, `${theme} section background`);
      }
      const button = await page
        .locator('[data-cor-theme="agency"] cor-button [part="control"]')
        .evaluate((b) => getComputedStyle(b).backgroundColor);
      expectEqual(
        button,
        hexToRgb(themeValues('agency')['color-action']),
        'agency button background',
      );
    },
  },
  'ministry-theme.css': {
    kind: 'stylesheet',
    tags: ['cor-button', 'cor-text-input'],
    async check({ page, source }) {
      const declared = Object.fromEntries(
        [...source.matchAll(/--cor-([\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]),
      );
      const button = await page
        .locator('cor-button[variant="primary"] [part="control"]')
        .evaluate((b) => getComputedStyle(b).backgroundColor);
      expectEqual(button, hexToRgb(declared['color-action']), 'primary button background');
      // The theme must keep every declared pair at its minimum: read the colours the page ends
      // up with (var() chains resolved by the browser) and check them like the token tests do.
      const names = [
        ...new Set(contrastPairs.pairs.flatMap((p) => [p.foreground, p.background].flat())),
      ];
      const values = await page.evaluate((list) => {
        const style = getComputedStyle(document.documentElement);
        return Object.fromEntries(
          list.map((n) => [n, style.getPropertyValue(`--cor-${n}`).trim()]),
        );
      }, names);
      const failing = checkPairs(values, contrastPairs.pairs)
        .filter((p) => !p.pass)
        .map(
          (p) =>
            `${[p.foreground].flat().join('|')} on ${p.background}: ${p.ratio.toFixed(2)} < ${p.minimum}`,
        );
      if (failing.length)
        throw new Error(`the example theme fails contrast: ${failing.join('; ')}`);
    },
  },
  'strings.js': {
    kind: 'js',
    page: () => jsPage('strings.js'),
    tags: ['cor-button', 'cor-text-input'],
    async check({ page, source }) {
      const expected = /valueMissing:\s*'([^']+)'/.exec(source)?.[1];
      const message = await fieldMessage(page, 'cor-text-input');
      expectEqual(message, expected, 'overridden valueMissing');
    },
  },
  'lang.html': {
    kind: 'fragment',
    tags: ['cor-button', 'cor-text-input'],
    async check({ page }) {
      expectEqual(
        await fieldMessage(page, 'form[lang="en"] cor-text-input'),
        en.valueMissing,
        'message under lang="en"',
      );
      // A later change of lang is followed too.
      await page.evaluate(() => document.querySelector('form').setAttribute('lang', 'es'));
      await page.waitForTimeout(50);
      expectEqual(
        await fieldMessage(page, 'form cor-text-input'),
        es.valueMissing,
        'message after lang="es"',
      );
    },
  },
  'button.html': {
    kind: 'fragment',
    tags: ['cor-button', 'cor-text-input'],
    async check({ page, submissions }) {
      await page.locator('cor-text-input input').fill('Ana');
      await Promise.all([
        page.waitForURL('**/solicitud'),
        page.locator('cor-button[value="borrador"]').click(),
      ]);
      const body = new URLSearchParams(submissions.at(-1)?.body ?? '');
      expectEqual(body.get('accion'), 'borrador', 'the pressed button’s value');
    },
  },
  'text-input.html': {
    kind: 'fragment',
    tags: ['cor-button', 'cor-text-input'],
    async check({ page }) {
      expectEqual(
        await fieldMessage(page, 'cor-text-input[name="telefono"]'),
        es.valueMissing,
        'required phone',
      );
    },
  },
};

function hexToRgb(hex) {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

// ----- Pages, bundles and the server -----

const CDN_TAG = `<script type="module" src="${CDN}/npm/${pkg.name}@${pkg.version}/dist/cdn/cordillera.min.js"></script>`;
const wrap = (body, head = '') => `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ejemplo – Cordillera</title>${head}</head>
<body><main><h1>Ejemplo</h1>
${body}
</main></body></html>`;

const files = readdirSync(EXAMPLES)
  .filter((f) => !f.startsWith('.'))
  .sort();
const pages = new Map(); // URL path → HTML
const bundles = new Map(); // file → bundled JS
const fail = [];

for (const file of files) {
  const source = readFileSync(join(EXAMPLES, file), 'utf8');
  const spec = CHECKS[file];
  if (!spec) continue;
  if (spec.kind === 'page') pages.set(`/examples/${file}`, source);
  if (spec.kind === 'fragment') pages.set(`/examples/${file}`, wrap(source, CDN_TAG));
  if (spec.kind === 'stylesheet') {
    pages.set(
      `/examples/${file}.html`,
      wrap(
        `<cor-text-input label="Correo electrónico" name="correo"></cor-text-input>
<cor-button variant="primary">Continuar</cor-button>
<cor-button variant="secondary">Guardar borrador</cor-button>`,
        `<link rel="stylesheet" href="/examples/${file}">${CDN_TAG}`,
      ),
    );
  }
  if (spec.kind === 'js') {
    const result = await esbuild.build({
      entryPoints: [join(EXAMPLES, file)],
      absWorkingDir: ROOT,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    bundles.set(file, result.outputFiles[0].text);
    pages.set(`/examples/${file}.html`, wrap(spec.page()));
  }
}

const submissions = [];
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const send = (status, type, body) => {
    res.writeHead(status, {
      'content-type': type,
      'content-security-policy': CSP,
      'cache-control': 'no-store',
    });
    res.end(body);
  };
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      submissions.push({ path, body });
      send(200, 'text/html; charset=utf-8', wrap('<p>Recibido.</p>'));
    });
    return;
  }
  if (pages.has(path)) return send(200, 'text/html; charset=utf-8', pages.get(path));
  if (path.startsWith('/bundles/') && bundles.has(path.slice(9))) {
    return send(200, 'text/javascript; charset=utf-8', bundles.get(path.slice(9)));
  }
  if (path === '/axe.min.js') {
    return send(
      200,
      'text/javascript; charset=utf-8',
      readFileSync(require.resolve('axe-core/axe.min.js')),
    );
  }
  if (path.startsWith('/examples/') && extname(path) === '.css') {
    const file = join(EXAMPLES, path.slice(10));
    if (existsSync(file)) return send(200, 'text/css; charset=utf-8', readFileSync(file));
  }
  if (path === '/favicon.ico') return send(204, 'text/plain', '');
  send(404, 'text/plain', 'not found');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const BASE = `http://127.0.0.1:${server.address().port}`;

// ----- Browser -----

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
await context.addInitScript(() => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
  );
});
// The CDN, answered from the package: the path after the version must exist in the package.
await context.route(`${CDN}/**`, (route) => {
  const url = new URL(route.request().url());
  const match = /^\/npm\/(@[^/]+\/[^@/]+)@([^/]+)\/(.+)$/.exec(url.pathname);
  if (!match) return route.fulfill({ status: 404, body: 'not a package URL' });
  const [, name, version, file] = match;
  const local = join(PACKAGE_DIR, file);
  if (name !== pkg.name || version !== pkg.version || !existsSync(local)) {
    return route.fulfill({ status: 404, body: `${name}@${version}/${file} does not exist` });
  }
  return route.fulfill({
    status: 200,
    headers: {
      'content-type': 'text/javascript; charset=utf-8',
      'access-control-allow-origin': '*',
    },
    body: readFileSync(local),
  });
});
await context.route('**/*', (route) => {
  const url = route.request().url();
  return url.startsWith(BASE) || url.startsWith(CDN)
    ? route.fallback()
    : route.abort('blockedbyclient');
});

async function runPage(file, spec, path) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text().slice(0, 300)}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message.slice(0, 300)}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  try {
    await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
    const state = await page.evaluate(async (tags) => {
      const defined = Promise.all(tags.map((t) => customElements.whenDefined(t)));
      await Promise.race([defined, new Promise((resolve) => setTimeout(resolve, 5000))]);
      const elements = [...document.querySelectorAll('*')].filter((e) =>
        e.localName.startsWith('cor-'),
      );
      await Promise.all(elements.map((e) => e.updateComplete));
      return {
        unregistered: elements
          .filter((e) => !customElements.get(e.localName))
          .map((e) => e.localName),
        empty: elements
          .filter((e) => !e.shadowRoot?.querySelector('[part]'))
          .map((e) => e.localName),
      };
    }, spec.tags ?? []);
    for (const tag of new Set(state.unregistered)) errors.push(`<${tag}> is not registered`);
    for (const tag of new Set(state.empty)) errors.push(`<${tag}> rendered nothing`);
    await page.addScriptTag({ url: '/axe.min.js' });
    const violations = await page.evaluate(async (tags) => {
      const results = await window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map(
        (v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
    }, AXE_TAGS);
    errors.push(...violations);
    const csp = await page.evaluate(() => window.__cspViolations ?? []);
    errors.push(...csp.map((v) => `CSP violation: ${v}`));
    if (spec.check) {
      const problems = await spec.check({
        page,
        source: readFileSync(join(EXAMPLES, file), 'utf8'),
        submissions,
      });
      if (Array.isArray(problems)) errors.push(...problems);
    }
  } catch (error) {
    errors.push(error.message.split('\n')[0]);
  } finally {
    await page.close();
  }
  return errors;
}

let passed = 0;
try {
  for (const file of files) {
    const spec = CHECKS[file];
    let errors;
    if (!spec) {
      errors = ['no check for this example: add one to scripts/test-docs-examples.mjs'];
    } else if (spec.kind === 'shell') {
      errors = await spec
        .check({ source: readFileSync(join(EXAMPLES, file), 'utf8') })
        .then(() => [])
        .catch((e) => [e.message]);
    } else {
      const path =
        spec.kind === 'js' || spec.kind === 'stylesheet'
          ? `/examples/${file}.html`
          : `/examples/${file}`;
      errors = await runPage(file, spec, path);
    }
    if (errors.length === 0) {
      passed++;
      console.log(`✔ ${file}`);
    } else {
      fail.push(file);
      console.log(`✖ ${file}`);
      for (const e of errors) console.log(`    ${e}`);
    }
  }
  for (const file of Object.keys(CHECKS)) {
    if (!files.includes(file)) {
      fail.push(file);
      console.log(`✖ ${file}: checked here but missing from docs/examples`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`docs examples: ${passed} passed, ${fail.length} failed (${seconds} s)`);
process.exit(fail.length === 0 ? 0 : 1);
