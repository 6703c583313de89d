// `npm run test:faults`: proof that the quality suites bite (issue 3, item 6).
//
// In a scratch copy of the repository, each deliberate fault of scripts/lib/faults.mjs (a
// component that drops its label, a reset that does not restore, a hard-coded colour, a 20 px
// target, a style= binding) is applied in turn, the suites that must catch it are run (only
// those, in Chromium), and each must fail — exit code not 0 — with output that names the
// broken check. Before any fault, the same suites run on the untouched copy and must pass:
// otherwise a failure would prove nothing. The working tree is never touched.
//
//   node scripts/prove-suites-bite.mjs [--worktree] [--verbose] [--keep]
//
// The copy holds the last commit (`git archive HEAD`), so work in progress elsewhere in the
// tree cannot make the proof fail; --worktree copies the working tree instead (tracked files
// and the untracked ones git does not ignore), to try a changed suite or fault before
// committing. --verbose prints the failure lines that convinced it; --keep leaves the scratch
// copy (its path is printed). Every suite's output goes to .cache/faults/<run>.<suite>.log.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missing } from './lib/engines.mjs';
import { FAULTS } from './lib/faults.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOGS = join(ROOT, '.cache/faults');
const require = createRequire(import.meta.url);
const node = process.execPath;
const wtrBin = join(dirname(require.resolve('@web/test-runner')), 'bin.js'); // no ./package.json export
const eslintBin = join(dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
const verbose = process.argv.includes('--verbose');
const keep = process.argv.includes('--keep');
const head = !process.argv.includes('--worktree');

const wtr = (config, files) => [
  node,
  wtrBin,
  '--config',
  config,
  ...(files ? ['--files', files] : []),
  '--static-logging',
];

// Every fault is in one of these components; the browser suites run for them only (the same
// suites, limited by COR_ONLY_TAGS), so the proof costs the same however many components exist.
const FAULTY_TAGS = 'cor-button,cor-text-input';

/** The suites the faults are checked against, run exactly as `npm test` runs them, Chromium only. */
const SUITES = {
  contract: {
    title: 'contract suite',
    cmd: wtr('web-test-runner.config.mjs', 'packages/components/src/testing/contract.test.ts'),
    env: { COR_ENGINES: 'chromium', COR_ONLY_TAGS: FAULTY_TAGS },
  },
  parity: {
    title: 'form parity suite',
    cmd: wtr('web-test-runner.config.mjs', 'packages/components/src/testing/parity.test.ts'),
    env: { COR_ENGINES: 'chromium', COR_ONLY_TAGS: FAULTY_TAGS },
  },
  'tokens-only': {
    title: 'tokens-only test',
    cmd: [node, '--test', 'packages/components/test/tokens-only.test.mjs'],
  },
  lint: {
    title: 'lint (ESLint)',
    // The files the faults edit: the rest of the tree is linted by `npm run lint`.
    cmd: () => [node, eslintBin, '--no-cache', ...editedFiles('lint')],
  },
  csp: {
    title: 'strict CSP',
    cmd: wtr('web-test-runner.csp.config.mjs'),
    env: { COR_ENGINES: 'chromium', COR_ONLY_TAGS: FAULTY_TAGS },
  },
};

/** The files the faults caught by `suite` edit. */
function editedFiles(suite) {
  const files = FAULTS.filter((f) => f.caughtBy.some((c) => c.suite === suite)).flatMap((f) =>
    f.edits.map((e) => e.file),
  );
  return [...new Set(files)];
}

// ── Scratch copy ─────────────────────────────────────────────────────────────────────────────

let scratch = null;
let child = null;

function cleanUp() {
  if (!scratch) return;
  if (keep) console.log(`scratch copy kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    if (child) child.kill('SIGTERM'); // the browser suites close their browsers on SIGTERM
    const stop = () => {
      cleanUp();
      process.exit(130);
    };
    if (child) child.once('close', stop);
    else stop();
  });
}
process.on('exit', cleanUp); // also after an uncaught error

/** Runs `program args…` in the scratch copy and waits; output is captured. */
function sh(program, args, env = {}) {
  return spawnSync(program, args, {
    cwd: scratch,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

/**
 * A copy of the last commit (`git archive HEAD`), or with --worktree of the working tree: the
 * tracked files and the untracked ones git does not ignore, as they are now.
 * node_modules is linked entry by entry, except the workspace links (@cordillera/*), which point
 * into the copy. Generated files (tokens/dist, custom-elements.json) are built in the copy.
 */
function makeScratchCopy() {
  scratch = mkdtempSync(join(tmpdir(), 'cor-faults-'));
  const git = (...args) => {
    const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr}`);
    return result.stdout;
  };
  let files;
  if (head) {
    const archive = join(scratch, '.head.tar');
    git('archive', '--format=tar', '-o', archive, 'HEAD');
    const untar = spawnSync('tar', ['-xf', archive, '-C', scratch], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
    rmSync(archive);
    files = git('ls-tree', '-r', '-z', '--name-only', 'HEAD').split('\0').filter(Boolean);
  } else {
    files = [
      ...new Set(
        git('ls-files', '-z', '--cached', '--others', '--exclude-standard')
          .split('\0')
          .filter(Boolean),
      ),
    ];
    for (const file of files) {
      const from = join(ROOT, file);
      if (!existsSync(from) || lstatSync(from).isDirectory()) continue; // deleted, or a submodule
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      cpSync(from, join(scratch, file), { verbatimSymlinks: true });
    }
  }
  const modules = join(scratch, 'node_modules');
  mkdirSync(join(modules, '@cordillera'), { recursive: true });
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '@cordillera')
      symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  symlinkSync('../../tokens', join(modules, '@cordillera/tokens'));
  symlinkSync('../../packages/components', join(modules, '@cordillera/components'));
  for (const [title, program, args] of [
    ['token build', node, ['tokens/build.mjs']],
    ['custom-elements manifest', 'npm', ['run', 'analyze']],
  ]) {
    const { status, stdout, stderr, error } = sh(program, args);
    if (status !== 0)
      throw new Error(`${title} failed in the copy:\n${stdout}${stderr}${error ?? ''}`);
  }
  return files.length;
}

// ── Runs ─────────────────────────────────────────────────────────────────────────────────────

// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
const slug = (text) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');

/** Runs one suite in the scratch copy; resolves to { code, output }. Its log goes to LOGS. */
function runSuite(id, run) {
  const suite = SUITES[id];
  const [program, ...args] = typeof suite.cmd === 'function' ? suite.cmd() : suite.cmd;
  return new Promise((resolve, reject) => {
    let output = '';
    child = spawn(program, args, {
      cwd: scratch,
      env: { ...process.env, FORCE_COLOR: '0', ...suite.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      child = null;
      output = stripAnsi(output);
      mkdirSync(LOGS, { recursive: true });
      const log = join(LOGS, `${slug(run)}.${id}.log`);
      writeFileSync(log, `$ ${[program, ...args].join(' ')}\n\n${output}`);
      resolve({ code: code ?? signal, output, log: log.slice(ROOT.length) });
    });
  });
}

/** Applies a fault's edits; returns a function that restores every file exactly. */
function applyFault(fault) {
  const originals = new Map();
  try {
    for (const { file, find, replace } of fault.edits) {
      const path = join(scratch, file);
      const source = readFileSync(path, 'utf8');
      if (!originals.has(path)) originals.set(path, source);
      const count = source.split(find).length - 1;
      if (count !== 1) {
        throw new Error(
          `fault "${fault.name}": the anchor text occurs ${count} times in ${file} (want exactly ` +
            `once), so the fault cannot be applied; update scripts/lib/faults.mjs:\n${find}`,
        );
      }
      const changed = source.replace(find, () => replace);
      if (changed === source) throw new Error(`fault "${fault.name}": the edit changes nothing`);
      writeFileSync(path, changed);
    }
  } catch (error) {
    for (const [path, source] of originals) writeFileSync(path, source);
    throw error;
  }
  return () => {
    for (const [path, source] of originals) {
      writeFileSync(path, source);
      if (readFileSync(path, 'utf8') !== source) throw new Error(`could not restore ${path}`);
    }
  };
}

/** The first match of `pattern` in `output`, on one line, for --verbose. */
function evidence(output, pattern) {
  const text = pattern.exec(output)?.[0].replace(/\s+/g, ' ').trim() ?? '';
  return text.length > 150 ? `${text.slice(0, 149)}…` : text;
}

const tail = (output, lines = 25) =>
  output
    .trimEnd()
    .split('\n')
    .slice(-lines)
    .map((line) => `    │ ${line}`)
    .join('\n');

// ── Main ─────────────────────────────────────────────────────────────────────────────────────

const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
let caught = 0;
let missed = 0;

try {
  rmSync(LOGS, { recursive: true, force: true });
  const noChromium = missing('chromium');
  if (noChromium) throw new Error(`the browser suites run in Chromium here: ${noChromium}`);
  const copied = makeScratchCopy();
  console.log(
    `scratch copy (${head ? 'HEAD' : 'working tree'}): ${copied} files, tokens and manifest ` +
      `built (${seconds(started)})`,
  );

  // Every fault must apply to today's sources before anything runs (fails fast otherwise).
  for (const fault of FAULTS) applyFault(fault)();

  // 1. Without any fault, every suite used below must pass.
  const needed = [...new Set(FAULTS.flatMap((f) => f.caughtBy.map((c) => c.suite)))];
  for (const id of needed) {
    const t = performance.now();
    const { code, output, log } = await runSuite(id, 'baseline');
    if (code !== 0) {
      console.log(`baseline ${SUITES[id].title}: FAILS without any fault ✖ (${seconds(t)})`);
      console.log(`${tail(output)}\n    full output: ${log}`);
      throw new Error(
        'the suites must pass before faults are injected, or a failure proves nothing: ' +
          'fix the suite first (npm test)',
      );
    }
    console.log(`baseline ${SUITES[id].title}: passes ✔ (${seconds(t)})`);
  }

  // 2. One fault at a time: every suite that should catch it must fail, for the right reason.
  for (const fault of FAULTS) {
    const t = performance.now();
    const restore = applyFault(fault);
    const problems = [];
    const proof = [];
    try {
      for (const { suite, expect } of fault.caughtBy) {
        const { code, output, log } = await runSuite(suite, slug(fault.name));
        if (code === 0) {
          problems.push(`${SUITES[suite].title} passed with the fault in place (${log})`);
          continue;
        }
        const absent = expect.filter((pattern) => !pattern.test(output));
        if (absent.length) {
          problems.push(
            `${SUITES[suite].title} failed (${code}), but not on the expected check: ` +
              `no ${absent.map(String).join(', ')} in its output (${log})\n${tail(output)}`,
          );
          continue;
        }
        proof.push(...expect.map((pattern) => `${suite}: ${evidence(output, pattern)}`));
      }
    } finally {
      restore();
    }
    const by = fault.caughtBy.map((c) => SUITES[c.suite].title).join(' + ');
    if (problems.length) {
      missed++;
      console.log(`fault ${fault.name}: NOT caught by ${by} ✖ (${seconds(t)})`);
      for (const problem of problems) console.log(`    ${problem}`);
    } else {
      caught++;
      console.log(`fault ${fault.name}: caught by ${by} ✔ (${seconds(t)})`);
      if (verbose) for (const line of proof) console.log(`    ${line}`);
    }
  }
} catch (error) {
  console.log(`\n✖ ${error.message}`);
  missed = Math.max(missed, FAULTS.length - caught);
} finally {
  cleanUp();
}

console.log(`fault injection: ${FAULTS.length} faults in ${seconds(started)}`);
console.log(`${caught} passed, ${missed} failed`);
process.exitCode = missed === 0 && caught === FAULTS.length ? 0 : 1;
