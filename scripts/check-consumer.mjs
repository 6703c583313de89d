// `npm run check:consumer` (after the build): uses the built package the way an app does.
//
// 1. Bundles small consumers with esbuild (bundle, ESM, browser, tree shaking), resolving
//    @cordillera/components through node_modules like any app, so the package's `exports` and
//    `sideEffects` decide what survives; then runs each bundle in headless Chromium and checks
//    which tags got registered (and that none is registered by the classes-only entry).
// 2. Loads the CDN file with a plain `<script type="module">` from a local server.
// Every page is served with a strict Content-Security-Policy (no 'unsafe-inline' anywhere):
// a `securitypolicyviolation` event, a page error or a console error fails the check.
// 3. Type-checks a TypeScript consumer against the published .d.ts (skipLibCheck off, with
//    moduleResolution bundler and nodenext).
// Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const require = createRequire(import.meta.url);
const dist = join(root, 'packages/components/dist');
// Inside the repository, so `@cordillera/components` resolves through node_modules.
const work = join(root, '.cache/consumer');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const started = performance.now();
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✔' : '✖'} ${name}${!ok && detail ? `\n      ${detail}` : ''}`);
}

if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'cdn/cordillera.min.js'))) {
  console.error(
    '✖ check-consumer: packages/components/dist is missing: run `npm run build` first.',
  );
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`✖ check-consumer: no Chromium at ${CHROMIUM} (set CHROME_PATH).`);
  process.exit(1);
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// ── Consumers ───────────────────────────────────────────────────────────────────────────────
// `expect`: which Cordillera tags the bundle must (true) and must not (false) register.
// `run`: an extra check in the page, returning true or a failure description.
const consumers = [
  {
    name: 'side-effect import of button.js',
    code: `import '@cordillera/components/button.js';`,
    expect: { 'cor-button': true, 'cor-text-input': false },
  },
  {
    name: 'side-effect import of text-input.js',
    code: `import '@cordillera/components/text-input.js';`,
    expect: { 'cor-button': false, 'cor-text-input': true },
  },
  {
    name: 'side-effect import of the package root',
    code: `import '@cordillera/components';`,
    expect: { 'cor-button': true, 'cor-text-input': true },
  },
  {
    name: 'named import from button.js',
    code: `import { CorButton } from '@cordillera/components/button.js';\nwindow.result = CorButton.name;`,
    expect: { 'cor-button': true, 'cor-text-input': false },
  },
  {
    name: 'named imports from the package root (i18n too)',
    code: `import { CorTextInput, setStrings } from '@cordillera/components';\nwindow.result = [CorTextInput.name, typeof setStrings];`,
    expect: { 'cor-button': true, 'cor-text-input': true },
  },
  {
    name: 'classes.js registers nothing; a subclass works under its own tag',
    code: [
      `import { CorButton } from '@cordillera/components/classes.js';`,
      `customElements.define('gob-button', class extends CorButton {});`,
    ].join('\n'),
    expect: { 'cor-button': false, 'cor-text-input': false },
    html: '<gob-button>Enviar</gob-button>',
    async run(page) {
      return page.evaluate(async () => {
        const el = document.querySelector('gob-button');
        await el.updateComplete;
        return el.shadowRoot?.querySelector('[part="control"]')
          ? true
          : 'gob-button did not render';
      });
    },
  },
];

const html = (script, body = '') =>
  `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>consumer</title>` +
  `<script src="/csp-listener.js"></script><script type="module" src="/${script}"></script></head>` +
  `<body><form id="f">${body}</form></body></html>`;

/** Records CSP violations before anything else runs (a classic script: inline ones are blocked). */
const cspListener = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) =>
  window.violations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));`;

const files = new Map([['/csp-listener.js', cspListener]]);
files.set('/cordillera.min.js', readFileSync(join(dist, 'cdn/cordillera.min.js')));
const both =
  '<cor-button>Continuar</cor-button><cor-text-input label="Nombre" name="n" required></cor-text-input>';
files.set('/cdn.html', html('cordillera.min.js', both));

console.log('check-consumer: esbuild bundles of @cordillera/components');
const bundles = {};
for (const [i, consumer] of consumers.entries()) {
  const entry = join(work, `consumer-${i}.js`);
  writeFileSync(entry, `${consumer.code}\n`);
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    conditions: ['production'],
    outfile: join(work, `bundle-${i}.js`),
    metafile: true,
    logLevel: 'silent',
  });
  const code = readFileSync(join(work, `bundle-${i}.js`), 'utf8');
  bundles[i] = code;
  files.set(`/bundle-${i}.js`, code);
  files.set(`/consumer-${i}.html`, html(`bundle-${i}.js`, consumer.html ?? both));
  // Resolved through node_modules/@cordillera/components → packages/components/dist.
  const inputs = Object.keys(result.metafile.inputs);
  check(
    `${consumer.name}: resolved through the package's exports to dist/`,
    inputs.some((p) => p.includes('packages/components/dist/')) &&
      !inputs.some((p) => p.includes('/src/')),
    inputs.join(', '),
  );
  for (const [tag, wanted] of Object.entries(consumer.expect)) {
    const found = new RegExp(`defineElement\\(\\s*["']${tag}["']`).test(code);
    check(
      `${consumer.name}: bundle ${wanted ? 'keeps' : 'has no'} defineElement('${tag}')`,
      found === wanted,
    );
  }
}

// ── Local server (127.0.0.1) with a strict CSP ────────────────────────────────────────────────
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const body = files.get(path);
  if (body === undefined) {
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    return;
  }
  const type = path.endsWith('.html')
    ? 'text/html; charset=utf-8'
    : 'text/javascript; charset=utf-8';
  res.writeHead(200, {
    'content-type': type,
    'content-security-policy': CSP,
    'cache-control': 'no-store',
  });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

/** Loads a page and returns what it registered, its CSP violations and its errors. */
async function visit(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || /dev mode|Content Security Policy/i.test(m.text()))
      errors.push(`console: ${m.text()}`);
  });
  await page.goto(origin + path, { waitUntil: 'load' });
  const state = await page.evaluate(async () => {
    // Let components render (and their style sheets be adopted) before reading the state.
    await Promise.all(
      [...document.querySelectorAll('cor-button, cor-text-input')]
        .filter((el) => customElements.get(el.localName))
        .map((el) => el.updateComplete),
    );
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const button = document.querySelector('cor-button');
    const input = document.querySelector('cor-text-input');
    return {
      registered: {
        'cor-button': Boolean(customElements.get('cor-button')),
        'cor-text-input': Boolean(customElements.get('cor-text-input')),
      },
      rendered: {
        'cor-button': Boolean(button?.shadowRoot?.querySelector('[part="control"]')),
        'cor-text-input': Boolean(input?.shadowRoot?.querySelector('input')),
      },
      // The token sheet is adopted at document level by the first component created.
      token: getComputedStyle(document.documentElement).getPropertyValue('--cor-space-4').trim(),
      styleElements:
        document.querySelectorAll('style').length +
        [button, input].reduce(
          (n, el) => n + (el?.shadowRoot?.querySelectorAll('style').length ?? 0),
          0,
        ),
      violations: window.violations,
      result: window.result,
    };
  });
  return { page, state, errors };
}

try {
  console.log('\ncheck-consumer: the bundles in Chromium (strict CSP)');
  for (const [i, consumer] of consumers.entries()) {
    const { page, state, errors } = await visit(`/consumer-${i}.html`);
    for (const [tag, wanted] of Object.entries(consumer.expect)) {
      check(
        `${consumer.name}: customElements.get('${tag}') ${wanted ? 'defined' : 'undefined'}`,
        state.registered[tag] === wanted,
      );
      if (wanted) check(`${consumer.name}: <${tag}> renders`, state.rendered[tag]);
    }
    if (consumer.run) {
      const outcome = await consumer.run(page);
      check(`${consumer.name}: ${consumer.html}`, outcome === true, String(outcome));
    }
    check(
      `${consumer.name}: no CSP violation, no error`,
      !state.violations.length && !errors.length,
      [...state.violations, ...errors].join(' | '),
    );
    await page.close();
  }

  console.log('\ncheck-consumer: CDN file via <script type="module" src=".../cordillera.min.js">');
  const { page, state, errors } = await visit('/cdn.html');
  for (const tag of ['cor-button', 'cor-text-input']) {
    check(`CDN: customElements.get('${tag}') defined`, state.registered[tag]);
    check(`CDN: <${tag}> renders`, state.rendered[tag]);
  }
  check(
    `CDN: design tokens applied (--cor-space-4 = ${JSON.stringify(state.token)})`,
    state.token !== '',
  );
  check(
    'CDN: no <style> element (constructable style sheets only)',
    state.styleElements === 0,
    `${state.styleElements} found`,
  );
  check(
    `CDN: no securitypolicyviolation under "${CSP}"`,
    !state.violations.length,
    state.violations.join(' | '),
  );
  check(
    'CDN: no page error, no console error, no Lit dev-mode warning',
    !errors.length,
    errors.join(' | '),
  );
  // Submitting the form: the button validates it (the required field is empty → invalid).
  const submitted = await page.evaluate(() => {
    let submits = 0;
    const form = document.getElementById('f');
    form.addEventListener('submit', (e) => {
      submits++;
      e.preventDefault();
    });
    document.querySelector('cor-button').click();
    return { submits, valid: form.checkValidity() };
  });
  check(
    'CDN: <cor-button> takes part in its form (required empty field blocks the submit)',
    submitted.submits === 0 && !submitted.valid,
  );
  await page.close();
} finally {
  await browser.close();
  server.close();
}

// ── TypeScript consumer ─────────────────────────────────────────────────────────────────────
console.log('\ncheck-consumer: TypeScript consumer against the published .d.ts');
const tsDir = join(work, 'ts');
mkdirSync(tsDir, { recursive: true });
writeFileSync(join(tsDir, 'package.json'), '{ "type": "module" }\n'); // an ES module app
writeFileSync(
  join(tsDir, 'consumer.ts'),
  `import { CorButton, CorTextInput, defineElement } from '@cordillera/components/classes.js';
import { setStrings, type Catalogue } from '@cordillera/components/i18n.js';
import '@cordillera/components/button.js';

defineElement('gob-button', class extends CorButton {});
// button.js declares <cor-button> in HTMLElementTagNameMap.
const button: CorButton = document.createElement('cor-button');
button.variant = 'secondary';
const input = new CorTextInput();
input.label = 'Nombre';
export const value: string = input.value;
export const strings: typeof setStrings = setStrings;
export type Keys = keyof Catalogue;
`,
);
const tsc = require.resolve('typescript/bin/tsc');
for (const [resolution, module] of [
  ['bundler', 'ES2022'],
  ['nodenext', 'nodenext'],
]) {
  const config = join(tsDir, `tsconfig.${resolution}.json`);
  writeFileSync(
    config,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module,
        moduleResolution: resolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  const out = spawnSync(process.execPath, [tsc, '-p', config], { encoding: 'utf8' });
  check(
    `tsc (moduleResolution ${resolution}, skipLibCheck off): consumer type-checks`,
    out.status === 0,
    (out.stdout + out.stderr).trim().replaceAll('\n', '\n      '),
  );
}

// ── Node: the Chilean pure functions import without a DOM ────────────────────────────────────
console.log('\ncheck-consumer: @cordillera/components/chile.js in plain Node');
const nodeRun = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    "const m = await import('@cordillera/components/chile.js');" +
      "console.log(JSON.stringify([m.validateRut('12.345.678-5').valid, m.validateRut('12.345.678-9').valid, m.normalizePhoneCL('9 1234 5678')]));",
  ],
  { encoding: 'utf8', cwd: root },
);
check(
  'Node imports chile.js without a DOM and validates as the browser does',
  nodeRun.status === 0 && nodeRun.stdout.trim() === '[true,false,"+56912345678"]',
  (nodeRun.stdout + nodeRun.stderr).trim(),
);

console.log('\ncheck-consumer: @cordillera/components/chile-territory.js in plain Node');
const territoryRun = spawnSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    "const { regions, comunas } = await import('@cordillera/components/chile-territory.js');" +
      "const nunoa = comunas.find((c) => c.code === '13120');" +
      'console.log(JSON.stringify([regions.length, comunas.length, nunoa]));',
  ],
  { encoding: 'utf8', cwd: root },
);
check(
  'Node imports chile-territory.js without a DOM: 16 regions, 346 comunas, { code, name, regionCode }',
  territoryRun.status === 0 &&
    territoryRun.stdout.trim() === '[16,346,{"code":"13120","name":"Ñuñoa","regionCode":"13"}]',
  (territoryRun.stdout + territoryRun.stderr).trim(),
);

const failed = results.filter((r) => !r.ok).length;
console.log(
  `\ncheck-consumer: ${results.length - failed} passed, ${failed} failed (${((performance.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed ? 1 : 0);
