// `npm run size`: the size budgets of .size-limit.cjs, measured by size-limit on
// packages/components/dist (build first). Prints a table of the figures and writes them to
// .cache/size.json ([{ name, size, limit, passed }], bytes, brotli) for the summary of
// scripts/test.mjs. Exits non-zero when a budget is exceeded, size-limit fails or dist is
// missing. Extra arguments go to size-limit (its output must stay `--json`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const out = join(root, '.cache/size.json');
const needed = [
  'packages/components/dist/index.js',
  'packages/components/dist/cdn/cordillera.min.js',
];
const missing = needed.filter((file) => !existsSync(join(root, file)));
if (missing.length) {
  console.error(`✖ size: ${missing.join(', ')} missing: run \`npm run build\` first.`);
  process.exit(1);
}

const bin = join(dirname(require.resolve('size-limit/package.json')), 'bin.js');
const result = spawnSync(process.execPath, [bin, '--json', ...process.argv.slice(2)], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
let checks;
try {
  // size-limit exits 1 both when a budget is exceeded and when it fails: the JSON tells which.
  checks = JSON.parse(result.stdout);
  if (!Array.isArray(checks)) throw new Error(checks?.error ?? 'not an array');
} catch (error) {
  console.error(`${result.stdout ?? ''}\n✖ size: size-limit failed (${error.message}).`);
  process.exit(1);
}

const figures = checks.map((c) => ({
  name: c.name,
  size: c.size,
  limit: c.sizeLimit,
  passed: c.passed,
}));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(figures, null, 2)}\n`);

// kB = 1000 bytes, as size-limit parses and prints them.
const kb = (n) => `${(n / 1000).toFixed(2)} kB`;
const width = Math.max(...figures.map((f) => f.name.length));
console.log(`${'budget'.padEnd(width)}  ${'brotli'.padStart(9)}  ${'limit'.padStart(9)}`);
for (const f of figures) {
  const over = f.passed ? '' : `  ✖ over by ${kb(f.size - f.limit)}`;
  console.log(
    `${f.name.padEnd(width)}  ${kb(f.size).padStart(9)}  ${kb(f.limit).padStart(9)}  ${f.passed ? '✔' : ''}${over}`,
  );
}
const failed = figures.filter((f) => !f.passed);
if (failed.length || result.status !== 0) {
  console.error(`\n✖ size: ${failed.length || 'a'} size budget(s) exceeded, see above.`);
  process.exit(1);
}
console.log(`\nsize: ${figures.length} budgets met (${out.slice(root.length)})`);
