// `npm run build:components`: builds packages/components/dist from a clean slate.
//   1. Rollup (rollup.config.mjs): ES modules (preserveModules, `lit` external, design tokens
//      bundled into dist/_tokens/) and the minified CDN file dist/cdn/cordillera.min.js.
//   2. tsc (packages/components/tsconfig.build.json): .d.ts next to the JS.
//   3. Declarations fixed up so they type-check for a consumer that has only `lit` installed.
//   4. Custom elements manifest (custom-elements-manifest.config.mjs) → dist/custom-elements.json.
//   5. Checks of the package contract (exports targets exist, every registering module is in
//      `sideEffects`), then a short summary.
// Needs tokens/dist (npm run build:tokens). Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const require = createRequire(import.meta.url);
const pkgDir = join(root, 'packages/components');
const dist = join(pkgDir, 'dist');
const tokensLit = join(root, 'tokens/dist/lit/tokens.lit.js');
const posix = (p) => p.split(sep).join('/');
const times = {};
const t0 = performance.now();

function fail(message) {
  console.error(`\n✖ build:components: ${message}`);
  process.exit(1);
}

async function step(name, fn) {
  const start = performance.now();
  try {
    await fn();
  } catch (error) {
    fail(`${name} failed\n${error?.stack ?? error}`);
  }
  times[name] = (performance.now() - start) / 1000;
}

function run(name, args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${name} exited with ${result.status ?? result.signal}`);
}

/** Every file under `dir`, as paths relative to it (posix separators). */
const walk = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => posix(relative(dir, join(d.parentPath ?? d.path, d.name))))
    .sort();

if (!existsSync(tokensLit))
  fail(`${relative(root, tokensLit)} is missing: run \`npm run build:tokens\` first.`);

// ── 1. Rollup ───────────────────────────────────────────────────────────────────────────────
rmSync(dist, { recursive: true, force: true });
await step('rollup', async () => {
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default;
  for (const config of configs) {
    const bundle = await rollup(config);
    try {
      for (const output of [config.output].flat()) await bundle.write(output);
    } finally {
      await bundle.close();
    }
  }
});

// ── 2. Declarations ────────────────────────────────────────────────────────────────────────
await step('tsc', () =>
  run('tsc', [require.resolve('typescript/bin/tsc'), '-p', join(pkgDir, 'tsconfig.build.json')]),
);

// ── 3. Declarations a consumer can resolve ────────────────────────────────────────────────────
// A consumer has `lit` (our only dependency), not @cordillera/tokens nor lit's own
// dependencies (strict installs such as pnpm do not hoist them).
await step('d.ts fix-up', () => {
  const bundledTokens = join(dist, '_tokens/tokens.lit.js');
  if (existsSync(bundledTokens))
    copyFileSync(tokensLit.replace(/\.js$/, '.d.ts'), bundledTokens.replace(/\.js$/, '.d.ts'));
  const problems = [];
  for (const file of walk(dist).filter((f) => f.endsWith('.d.ts'))) {
    const path = join(dist, file);
    const before = readFileSync(path, 'utf8');
    let toTokens = posix(relative(dirname(path), bundledTokens));
    if (!toTokens.startsWith('.')) toTokens = `./${toTokens}`;
    const after = before
      // The bundled tokens module has its own declarations in dist/_tokens/.
      .replaceAll(/(['"])@cordillera\/tokens\/lit\.js\1/g, `'${toTokens}'`)
      // tsc spells inferred Lit types from where they are declared (`import("lit-html")`,
      // `import("@lit/reactive-element")`); `lit` re-exports all of them.
      .replaceAll(
        /import\((['"])(lit-html|@lit\/reactive-element|lit-element)(\/[\w./-]*)?\1\)/g,
        'import("lit")',
      );
    if (after !== before) writeFileSync(path, after);
    const code = after.replaceAll(/\/\*[\s\S]*?\*\//g, '').replaceAll(/^\s*\/\/.*$/gm, '');
    for (const [, spec] of code.matchAll(
      /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm,
    )) {
      if (spec.startsWith('.') || spec === 'lit' || spec.startsWith('lit/')) continue;
      problems.push(`${file}: imports '${spec}', which a consumer does not have`);
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
});

// ── 4. Custom elements manifest ─────────────────────────────────────────────────────────────
await step('manifest', () =>
  run('cem', [
    join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js'),
    'analyze',
    '--litelement',
    '--quiet',
    '--config',
    'custom-elements-manifest.config.mjs',
  ]),
);

// ── 5. Package contract ─────────────────────────────────────────────────────────────────────
const files = walk(dist);
await step('checks', () => {
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const problems = [];

  // Every `exports` target exists.
  const targets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets);
  for (const [key, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) {
      if (!existsSync(join(pkgDir, target)))
        problems.push(`exports["${key}"] → ${target} does not exist`);
    }
  }

  // `sideEffects` must list every module that registers an element: a bundler drops an
  // unlisted one silently. And a listed dist pattern that matches nothing is a stale entry
  // (./src/ entries serve tools that consume the sources, such as Storybook: not checked here).
  const distEffects = pkg.sideEffects.filter((p) => /^(?:\.\/)?dist\//.test(p));
  const patterns = distEffects.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/^\.\//, '')
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replaceAll('*', '[^/]*')}$`,
      ),
  );
  const listed = (file) => patterns.some((re) => re.test(`dist/${file}`));
  for (const [i, re] of patterns.entries()) {
    if (!files.some((f) => re.test(`dist/${f}`)))
      problems.push(`sideEffects entry ${distEffects[i]} matches no file`);
  }
  // A registering module calls defineElement()/customElements.define() at the top level (the
  // ES output is not minified, so: at the start of a line); the CDN file anywhere.
  const registers = (file) => {
    const code = readFileSync(join(dist, file), 'utf8');
    return file.startsWith('cdn/')
      ? /customElements\.define\(/.test(code)
      : /^(?:defineElement|customElements\.define)\(/m.test(code);
  };
  const jsFiles = files.filter((f) => f.endsWith('.js'));
  const direct = new Set(jsFiles.filter(registers));
  // Modules that import a registering module register too (index.js, button.js…).
  const imports = (file) =>
    [
      ...readFileSync(join(dist, file), 'utf8').matchAll(
        /^import\s+(?:[^'"]*from\s+)?['"](\.[^'"]+)['"]/gm,
      ),
    ].map(([, s]) => posix(relative(dist, join(dist, dirname(file), s))));
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of jsFiles) {
      if (!direct.has(file) && imports(file).some((dep) => direct.has(dep))) {
        direct.add(file);
        grew = true;
      }
    }
  }
  for (const file of direct)
    if (!listed(file)) problems.push(`dist/${file} registers an element but is not in sideEffects`);
  for (const file of jsFiles) {
    if (listed(file) && !direct.has(file))
      problems.push(`dist/${file} is in sideEffects but registers nothing`);
  }

  // Only `lit` may stay external in the ES build; nothing may point into node_modules.
  for (const file of jsFiles.filter((f) => !f.startsWith('cdn/'))) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, spec] of code.matchAll(/(?:^import|^export)[^'"\n]*?['"]([^'"]+)['"]/gm)) {
      if (!spec.startsWith('.') && spec !== 'lit' && !spec.startsWith('lit/'))
        problems.push(`dist/${file} imports '${spec}'`);
    }
  }
  if (files.some((f) => f.includes('node_modules')))
    problems.push('dist contains a node_modules folder');
  const cdn = readFileSync(join(dist, 'cdn/cordillera.min.js'), 'utf8');
  if (/^\s*import\b|\bimport\s*\(|from\s*['"]/m.test(cdn))
    problems.push('the CDN file still imports something');

  // The manifest describes both elements.
  const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => d.tagName);
  for (const tag of ['cor-button', 'cor-text-input'])
    if (!tags.includes(tag)) problems.push(`custom-elements.json lacks <${tag}>`);

  if (problems.length) throw new Error(problems.join('\n'));
  times.registering = [...direct].sort();
});

// ── Summary ───────────────────────────────────────────────────────────────────────────────
const brotli = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1000).toFixed(2)} kB`; // kB = 1000 bytes, as size-limit prints
const cdnBuf = readFileSync(join(dist, 'cdn/cordillera.min.js'));
const esm = files.filter((f) => f.endsWith('.js') && !f.startsWith('cdn/'));
const esmBytes = esm.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
const registering = times.registering;
delete times.registering;
console.log(
  [
    '',
    `build:components: packages/components/dist in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
      `(${Object.entries(times)
        .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
        .join(', ')})`,
    `  ES modules   ${esm.length} files, ${kb(esmBytes)} (lit external, tokens in dist/_tokens/)`,
    `  .d.ts        ${files.filter((f) => f.endsWith('.d.ts')).length} files`,
    `  CDN file     cdn/cordillera.min.js ${kb(cdnBuf.length)}, ${kb(brotli(cdnBuf))} brotli (Lit included)`,
    `  manifest     custom-elements.json`,
    `  registering  ${registering.join(', ')} — all in sideEffects`,
  ].join('\n'),
);
