// `npm test`: every check, in order, failing fast. Each step prints a header; the end prints a
// one-line summary and the total `N passed, N failed` across engines.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectEngines } from './lib/engines.mjs';
import { QUALITY_DIR, countersFile, resultsFile } from './lib/wtr-plugins.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js'); // no ./package.json export
const node = process.execPath;

/** Every file under `dir` that `node --test <dir>` would run on Node 20 (explicit for 22+). */
const testFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((file) => /\.(c|m)?js$/.test(file))
    .map((file) => join(dir, file));

// A step: { title, cmd: [program, ...args] or a function returning it, env? }.
const TOKEN_STEPS = [
  { title: 'tokens: build', cmd: [node, 'tokens/build.mjs'] },
  { title: 'tokens: unit tests', cmd: () => [node, '--test', ...testFiles('tokens/test')] },
  {
    title: 'component styles: tokens only',
    cmd: () => [node, '--test', ...testFiles('packages/components/test')],
  },
  // The browser suites find every component through the manifest.
  { title: 'custom-elements manifest', cmd: ['npm', 'run', 'analyze'] },
];

// ── Extra steps, run after the browser tests. Adding a check = adding one line here. ──
const EXTRA_STEPS = [
  // The whole component suite again, served under the strict CSP of DESIGN §8.
  {
    title: 'strict CSP',
    cmd: [node, wtrBin, '--config', 'web-test-runner.csp.config.mjs', '--static-logging'],
  },
  // Two independent steps side by side (a list runs together): deliberate faults in a scratch
  // copy, each caught by the suite meant for it; and the static Storybook, built and opened.
  [
    { title: 'suites bite (fault injection)', cmd: [node, 'scripts/prove-suites-bite.mjs'] },
    { title: 'static Storybook', cmd: [node, 'scripts/test-storybook.mjs'] },
  ],
  { title: 'build', cmd: ['npm', 'run', 'build'] },
  { title: 'size budget', cmd: [node, 'scripts/size.mjs'] },
  { title: 'consumer bundle', cmd: [node, 'scripts/check-consumer.mjs'] },
  { title: 'docs examples', cmd: [node, 'scripts/test-docs-examples.mjs'] },
];

const times = {}; // step title → wall seconds
const startedAt = performance.now();

function header(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(3, 70 - title.length))}`);
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  printSummary();
  process.exit(1);
}

/** Runs one step; exits the whole script when it fails. */
function runStep({ title, cmd, env }) {
  header(title);
  const [program, ...args] = typeof cmd === 'function' ? cmd() : cmd;
  const started = performance.now();
  const { status, signal, error } = spawnSync(program, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  times[title] = seconds;
  if (error) fail(`${title}: could not start ${program}: ${error.message}`);
  if (status !== 0) fail(`${title} failed (${signal ?? `exit code ${status}`})`);
  console.log(`✔ ${title} (${seconds.toFixed(1)} s)`);
}

/**
 * Runs steps at the same time; each one's output is printed whole, under its header, when it
 * ends (so the logs do not interleave). Exits like runStep when any of them fails.
 */
async function runStepsTogether(steps) {
  if (steps.length <= 1) return steps.forEach(runStep);
  const runs = steps.map(
    ({ title, cmd, env }) =>
      new Promise((resolve) => {
        const [program, ...args] = typeof cmd === 'function' ? cmd() : cmd;
        const started = performance.now();
        let output = '';
        const child = spawn(program, args, {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', (error) => (output += `could not start ${program}: ${error.message}\n`));
        child.on('close', (status, signal) => {
          const seconds = (performance.now() - started) / 1000;
          times[title] = seconds;
          header(`${title} (run beside ${steps.length - 1} other)`);
          process.stdout.write(output);
          if (status === 0) console.log(`✔ ${title} (${seconds.toFixed(1)} s)`);
          resolve({ title, ok: status === 0, why: signal ?? `exit code ${status}` });
        });
      }),
  );
  const failed = (await Promise.all(runs)).filter((run) => !run.ok);
  if (failed.length) fail(failed.map((run) => `${run.title} failed (${run.why})`).join('; '));
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

let engines = [];
let skippedEngines = [];
const browserStep = (engine) => `browser tests: ${engine}`;

/** Bundle sizes against their budgets, from scripts/size.mjs (kB brotli). */
function sizes() {
  const kb = (bytes) => (bytes / 1000).toFixed(2);
  return (readJson('.cache/size.json') ?? [])
    .map((s) => `${s.name} ${kb(s.size)}/${kb(s.limit)} kB${s.passed ? '' : ' OVER'}`)
    .join(', ');
}

/** One line that shows how much the quality suites checked, across the engines that ran. */
function qualityLine(ran) {
  const counters = ran.map((engine) => readJson(countersFile(engine)) ?? {});
  const sum = (key) => counters.reduce((n, c) => n + (c[key] ?? 0), 0);
  const most = (key) => Math.max(0, ...counters.map((c) => c[key] ?? 0));
  return (
    `quality: ${most('components')} components, ${most('stories')} stories, ` +
    `${sum('axeChecks')} axe checks, ${sum('parityChecks')} parity checks, ` +
    `${most('badInputEntries')} bad inputs (${sum('badInputs')} applications), ` +
    `${ran.length} engines, ${most('exemptions')} exemptions`
  );
}

function printSummary() {
  const ran = engines.filter((engine) => browserStep(engine) in times);
  // The strict-CSP run counts too: its results are kept under csp-<engine>.
  const results = [...ran, ...ran.map((engine) => `csp-${engine}`)].map(
    (key) => readJson(resultsFile(key)) ?? {},
  );
  const total = (key) => results.reduce((sum, r) => sum + (r[key] ?? 0), 0);
  const axe = ran.map((e) => `${readJson(countersFile(e))?.axeChecks ?? 0} (${e})`).join(', ');
  const lines = readJson('coverage/coverage-summary.json')?.total.lines.pct;
  const coverage =
    typeof lines === 'number' ? `${lines}% lines` : lines ? 'n/a (no source loaded)' : 'n/a';
  const skipped = skippedEngines.map((s) => s.engine).join(', ') || 'none';
  const wall = ran.map((engine) => `${engine} ${times[browserStep(engine)].toFixed(1)} s`);
  header('summary');
  console.log(qualityLine(ran));
  console.log(
    [
      `summary: engines ${engines.join(', ') || 'none'} (skipped: ${skipped})`,
      `tests ${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`,
      `axe checks ${axe || 'none'}`,
      `coverage ${coverage}`,
      `wall ${wall.join(', ') || 'n/a'}, npm test ${((performance.now() - startedAt) / 1000).toFixed(0)} s`,
      `sizes ${sizes() || 'n/a'}`,
    ].join(' · '),
  );
  console.log(`${total('passed')} passed, ${total('failed')} failed`);
}

// Numbers in the summary must come from this run only.
rmSync(QUALITY_DIR, { recursive: true, force: true });
rmSync('coverage', { recursive: true, force: true });
rmSync('.cache/size.json', { force: true });

// a. tokens
for (const step of TOKEN_STEPS) runStep(step);

// b. engines
header('browser engines');
({ available: engines, skipped: skippedEngines } = detectEngines());
console.log(`using: ${engines.join(', ') || 'none'}`);
for (const { engine, reason } of skippedEngines) console.log(`skipped ${engine}: ${reason}`);
const requireAll = process.env.CI === 'true' || process.env.COR_REQUIRE_ALL_ENGINES === '1';
if (requireAll && skippedEngines.length) fail('CI needs every engine: install the missing ones');
if (engines.length === 0) fail('no browser engine installed');

// c. browser tests, one WTR process per engine (each cleans up its own browser and helpers).
// Chromium runs alone (two pages at once, with coverage); Firefox and WebKit each drive one page
// at a time, so they run side by side and share the two cores (docs/testing.md, "Time").
const browserTests = (engine) => ({
  title: browserStep(engine),
  cmd: [node, wtrBin, '--static-logging', ...(engine === 'chromium' ? ['--coverage'] : [])],
  env: { COR_ENGINES: engine },
});
if (engines.includes('chromium')) runStep(browserTests('chromium'));
await runStepsTogether(engines.filter((engine) => engine !== 'chromium').map(browserTests));

// d. extra steps
for (const step of EXTRA_STEPS) {
  if (Array.isArray(step)) await runStepsTogether(step);
  else runStep(step);
}

printSummary();
