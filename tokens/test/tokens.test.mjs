// Sources, names, references and the shape of the built files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, THEMES } from '../build.mjs';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
const BUILD = fileURLToPath(new URL('../build.mjs', import.meta.url));
const { files, values } = await build({ write: false });
const json = Object.fromEntries(THEMES.map((t) => [t, JSON.parse(files[`json/${t}.json`])]));
const temp = mkdtempSync(join(tmpdir(), 'cor-tokens-'));
after(() => rmSync(temp, { recursive: true, force: true }));

// The names components are written against (see docs/tokens.md). Add freely; never drop.
const CONTRACT = `
color-text color-text-secondary color-text-inverse color-surface color-surface-subtle
color-border color-border-subtle color-action color-action-hover color-action-active
color-action-text color-action-secondary color-action-secondary-hover color-action-secondary-text
color-danger color-danger-hover color-danger-text color-link color-link-hover color-link-visited
color-error color-success color-focus color-focus-inner color-disabled-background
color-disabled-text color-disabled-border
space-0 space-1 space-2 space-3 space-4 space-5 space-6 space-7 space-8
font-family font-family-mono font-size-small font-size-body font-size-large font-size-heading-s
font-size-heading-m font-size-heading-l font-size-heading-xl font-weight-regular font-weight-bold
line-height-body line-height-heading
border-width border-width-thin border-width-thick radius-none radius-small radius-medium radius-pill
focus-width focus-inner-width focus-offset size-target-min size-target-primary size-icon
motion-duration-fast motion-duration-base motion-easing-standard breakpoint-tablet breakpoint-desktop
button-radius button-min-height button-padding-block button-padding-inline button-font-weight
button-primary-background button-primary-background-hover button-primary-background-active
button-primary-text button-secondary-background button-secondary-background-hover
button-secondary-text button-warning-background button-warning-background-hover button-warning-text
button-start-font-size button-shadow-color input-background input-text input-border-color
input-border-width input-min-height input-radius input-error-border-color
`
  .trim()
  .split(/\s+/);

/** Every token in a source file: [path, node]. */
function tokensOf(node, path = []) {
  if (Object.hasOwn(node, '$value')) return [[path.join('.'), node]];
  return Object.entries(node)
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([key, child]) => tokensOf(child, [...path, key]));
}
const sources = ['primitives', 'semantic', 'components', 'themes'].flatMap((dir) =>
  readdirSync(join(SRC, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      file: `${dir}/${f}`,
      tokens: tokensOf(JSON.parse(readFileSync(join(SRC, dir, f), 'utf8'))),
    })),
);
const basePaths = new Set(
  sources.filter((s) => !s.file.startsWith('themes/')).flatMap((s) => s.tokens.map(([p]) => p)),
);

test('every source token has $value, $type and $description', () => {
  for (const { file, tokens } of sources) {
    for (const [path, token] of tokens) {
      for (const key of ['$value', '$type', '$description']) {
        assert.ok(token[key] !== undefined && token[key] !== '', `${file}: ${path} lacks ${key}`);
      }
    }
  }
});

test('every {reference} resolves to a base token', () => {
  for (const { file, tokens } of sources) {
    for (const [path, token] of tokens) {
      for (const [, ref] of JSON.stringify(token.$value).matchAll(/\{([^{}]+)\}/g)) {
        assert.ok(basePaths.has(ref), `${file}: ${path} references missing {${ref}}`);
      }
    }
  }
});

test('themes only override tokens that exist in the base', () => {
  for (const { file, tokens } of sources.filter((s) => s.file.startsWith('themes/'))) {
    for (const [path] of tokens) assert.ok(basePaths.has(path), `${file} adds ${path}`);
  }
});

test('every theme defines exactly the same token names', () => {
  const light = Object.keys(json.light);
  for (const theme of THEMES)
    assert.deepEqual(Object.keys(json[theme]), light, `${theme} differs from light`);
  assert.deepEqual(Object.keys(values.light), light);
});

test('the contract names all exist', () => {
  const missing = CONTRACT.filter((n) => !(n in json.light));
  assert.deepEqual(missing, [], `dropped or renamed: ${missing.join(', ')}`);
});

test('colours are opaque hex in every theme; the focus colour is the ClaveÚnica yellow', () => {
  for (const theme of THEMES) {
    for (const [name, value] of Object.entries(json[theme])) {
      if (name.startsWith('color-') || name.startsWith('palette-'))
        assert.match(value, /^#[0-9A-F]{6}$/, `${theme} ${name}`);
    }
    assert.equal(json[theme]['color-focus'], '#FFBE5C', theme);
  }
  assert.equal(json.light['color-action'], '#0F69C4');
});

/** `selector { … }` rules of a CSS text → [selector, Map(name → value)][], at-rules flattened. */
function rules(css) {
  return [...css.matchAll(/([^{};/]+)\{([^{}]*)\}/g)].map(([, selector, body]) => [
    selector.trim().replace(/\s+/g, ' '),
    new Map(
      [...body.matchAll(/(--cor-[\w-]+|color-scheme):\s*([^;]+);/g)].map(([, n, v]) => [
        n,
        v.trim(),
      ]),
    ),
  ]);
}
const rule = (css, selector) => rules(css).find(([s]) => s === selector)?.[1];

test('cordillera.css: one layer, selection order, complete theme blocks', () => {
  const css = files['css/cordillera.css'];
  assert.match(css, /^\/\*[^]*?\*\/\n@layer cordillera\.tokens \{\n[^]*\}\n$/);
  assert.equal(css.match(/@layer/g).length, 1);
  const order = [
    '@media (prefers-color-scheme: dark)',
    '@media (prefers-contrast: more)',
    ...THEMES.map((t) => `[data-cor-theme="${t}"] {`),
    '@media (prefers-reduced-motion: reduce)',
  ].map((s) => css.indexOf(s));
  assert.ok(
    order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1])),
    `unexpected order ${order}`,
  );

  const all = rules(css);
  const root = rule(css, ':root');
  assert.equal(root.size - 1, Object.keys(json.light).length, ':root declares every token');
  const themed = [...rule(css, '[data-cor-theme="light"]').keys()].filter(
    (n) => n !== 'color-scheme',
  );
  const varies = Object.keys(json.light).filter((n) =>
    THEMES.some((t) => json[t][n] !== json.light[n]),
  );
  for (const name of Object.keys(json.light)
    .filter((n) => /^(color|button|input)-/.test(n))
    .concat(varies)) {
    assert.ok(themed.includes(`--cor-${name}`), `theme blocks must declare --cor-${name}`);
  }
  const selectors = [
    ...THEMES.map((t) => `[data-cor-theme="${t}"]`),
    ':root:not([data-cor-theme])',
  ];
  for (const selector of selectors) {
    const decls = all.filter(([s]) => s === selector).map(([, d]) => d);
    assert.equal(decls.length, selector.startsWith(':root') ? 2 : 1, selector);
    for (const decl of decls) {
      assert.deepEqual(
        [...decl.keys()].slice(1),
        themed,
        `${selector} declares the same tokens as the light block`,
      );
      assert.match(decl.get('color-scheme'), /^(light|dark)$/);
      // A var() resolves where it is declared: it may only point at a token of the same block
      // or at one that has the same value in every theme (inherited from :root).
      for (const [name, value] of decl) {
        for (const [, ref] of value.matchAll(/var\(--cor-([\w-]+)\)/g)) {
          assert.ok(
            decl.has(`--cor-${ref}`) || !varies.includes(ref),
            `${selector} ${name} uses ${ref} from outside`,
          );
        }
      }
    }
  }
  assert.equal(rule(css, '[data-cor-theme="dark"]').get('color-scheme'), 'dark');
  assert.equal(rule(css, '[data-cor-theme="high-contrast"]').get('color-scheme'), 'light');
  assert.deepEqual(
    [...rule(css, ':root, [data-cor-theme]').entries()],
    [
      ['--cor-motion-duration-fast', '0s'],
      ['--cor-motion-duration-base', '0s'],
    ],
  );
});

test('per-theme sheets are standalone and unlayered', () => {
  for (const theme of THEMES) {
    const css = files[`css/${theme}.css`];
    assert.doesNotMatch(css, /@layer/);
    const decls = rule(css, `:root, [data-cor-theme="${theme}"]`);
    assert.equal(
      decls.size - 1,
      Object.keys(json[theme]).length,
      `${theme}.css declares every token`,
    );
    for (const [name, value] of Object.entries(json[theme])) {
      const declared = decls.get(`--cor-${name}`);
      assert.ok(
        declared === value || declared.startsWith('var(--cor-'),
        `${theme}.css --cor-${name}: ${declared}`,
      );
    }
  }
});

test('the Lit module carries exactly cordillera.css', () => {
  const source = files['lit/tokens.lit.js'];
  assert.match(source, /^\/\/.*\nimport \{ css \} from 'lit';\n/);
  const body = source.replace(/^[^]*?export const tokenStyles = css/, 'return tag');
  const cooked = new Function('tag', body)((strings, ...values) =>
    values.length ? null : strings[0],
  );
  assert.equal(cooked, files['css/cordillera.css']);
});

test('the JS module imports in plain Node and matches the JSON', async () => {
  const dir = join(temp, 'dist');
  await build({ outDir: dir });
  const mod = await import(pathToFileURL(join(dir, 'js/tokens.js')).href);
  assert.deepEqual(Object.keys(mod).sort(), ['cssVariables', 'themes', 'tokens']);
  assert.deepEqual(mod.themes, THEMES);
  for (const theme of THEMES) assert.deepEqual(mod.tokens[theme], json[theme]);
  assert.equal(mod.cssVariables['color-action'], '--cor-color-action');
  assert.ok(Object.isFrozen(mod.tokens.light));
  const dts = readFileSync(join(dir, 'js/tokens.d.ts'), 'utf8');
  for (const name of Object.keys(json.light))
    assert.ok(dts.includes(`| "${name}"`), `d.ts lacks ${name}`);
});

test('SCSS has a variable per token and a map per theme', () => {
  const scss = files['scss/_tokens.scss'];
  for (const name of Object.keys(json.light)) assert.ok(scss.includes(`\n$cor-${name}: `), name);
  for (const theme of THEMES) assert.ok(scss.includes(`\n  '${theme}': (\n`), theme);
});

test('the build is deterministic', async () => {
  const again = await build({ write: false });
  assert.deepEqual(again.files, files);
});

/** Builds a copy of src with one file changed; returns the CLI's exit status and output. */
function buildBroken(name, file, mutate) {
  const src = join(temp, name);
  cpSync(SRC, src, { recursive: true });
  writeFileSync(
    join(src, file),
    JSON.stringify(mutate(JSON.parse(readFileSync(join(SRC, file), 'utf8')))),
  );
  const run = spawnSync(
    process.execPath,
    [BUILD, '--src', src, '--out', join(temp, `${name}-dist`)],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

test('a broken reference fails the build', () => {
  const { status, output } = buildBroken('broken-ref', 'semantic/color.json', (j) => {
    j.color.text.$value = '{palette.gray.951}';
    return j;
  });
  assert.notEqual(status, 0);
  assert.match(output, /reference/i);
});

test('a token defined in two base files fails the build', () => {
  const { status, output } = buildBroken('collision', 'semantic/size.json', (j) => ({
    ...j,
    radius: {
      small: {
        $value: '1rem',
        $type: 'dimension',
        $description: 'Duplicate.',
      },
    },
  }));
  assert.notEqual(status, 0);
  assert.match(output, /collision/i);
});

test('a theme that adds a token fails the build', () => {
  const { status, output } = buildBroken('theme-adds', 'themes/dark.json', (j) => {
    j.color.sparkle = {
      $value: '#FF00FF',
      $type: 'color',
      $description: 'Not in the base.',
    };
    return j;
  });
  assert.notEqual(status, 0);
  assert.match(output, /adds tokens.*color-sparkle/);
});

test('a token without $description fails the build', () => {
  const { status, output } = buildBroken('no-description', 'components/input.json', (j) => {
    delete j.input.text.$description;
    return j;
  });
  assert.notEqual(status, 0);
  assert.match(output, /input\.text has no \$description/);
});
