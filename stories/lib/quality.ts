/// <reference types="vite/client" />
// The figures of the last `npm test` on this machine, for the accessibility statement: read at
// build time from what scripts/test.mjs leaves behind (.cache/quality/<run>.json counters and
// <run>.results.json test results, where <run> is an engine or `csp-<engine>`; coverage/
// coverage-summary.json), never copied by hand. They are the figures of the `quality:` and
// `summary:` lines that `npm test` prints, computed the same way. In CI the static Storybook is
// built after the browser tests, so it shows that very run. On a fresh clone (`npm start` before
// `npm test`) there are none, and the page says so.

type Counters = Record<string, number>;
interface Results {
  passed?: number;
  failed?: number;
  skipped?: number;
}
interface CoverageSummary {
  total?: { lines?: { pct?: number } };
}

const qualityFiles = import.meta.glob<Counters | Results>('../../.cache/quality/*.json', {
  eager: true,
  import: 'default',
});
const coverageFiles = import.meta.glob<CoverageSummary>('../../coverage/coverage-summary.json', {
  eager: true,
  import: 'default',
});

export interface RunFigures {
  /** `chromium`, or `chromium` under the strict CSP (`csp: true`). */
  engine: string;
  csp: boolean;
  passed: number;
  failed: number;
  skipped: number;
  axeChecks: number;
}

export interface QualityFigures {
  /** False when no `npm test` has run here yet. */
  available: boolean;
  runs: RunFigures[];
  /** The `quality:` line of `npm test`. */
  components: number;
  stories: number;
  axeChecks: number;
  parityChecks: number;
  badInputEntries: number;
  badInputs: number;
  engines: number;
  exemptions: number;
  /** Percentage of lines covered (Chromium), or null. */
  coverage: number | null;
}

function collect(): QualityFigures {
  const counters = new Map<string, Counters>();
  const results = new Map<string, Results>();
  for (const [path, data] of Object.entries(qualityFiles)) {
    const match = /\/([\w-]+?)(\.results)?\.json$/.exec(path);
    if (!match?.[1]) continue;
    if (match[2]) results.set(match[1], data as Results);
    else counters.set(match[1], data as Counters);
  }
  const runs: RunFigures[] = [...results.entries()]
    .map(([run, r]) => ({
      engine: run.replace(/^csp-/, ''),
      csp: run.startsWith('csp-'),
      passed: r.passed ?? 0,
      failed: r.failed ?? 0,
      skipped: r.skipped ?? 0,
      axeChecks: counters.get(run)?.axeChecks ?? 0,
    }))
    .sort((a, b) => Number(a.csp) - Number(b.csp) || a.engine.localeCompare(b.engine));
  // As scripts/test.mjs qualityLine(): the engines' own runs, summed or the largest.
  const engineCounters = [...counters.entries()]
    .filter(([run]) => !run.startsWith('csp-') && results.has(run))
    .map(([, c]) => c);
  const sum = (key: string) => engineCounters.reduce((n, c) => n + (c[key] ?? 0), 0);
  const most = (key: string) => Math.max(0, ...engineCounters.map((c) => c[key] ?? 0));
  const coverage = Object.values(coverageFiles)[0]?.total?.lines?.pct;
  // A partial run (one test file, one engine by hand) leaves partial counters: show figures only
  // when an engine's full suite has run (the contract suite reports the components it found).
  return {
    available: runs.some((r) => !r.csp) && most('components') > 0,
    runs,
    components: most('components'),
    stories: most('stories'),
    axeChecks: sum('axeChecks'),
    parityChecks: sum('parityChecks'),
    badInputEntries: most('badInputEntries'),
    badInputs: sum('badInputs'),
    engines: engineCounters.length,
    exemptions: most('exemptions'),
    coverage: typeof coverage === 'number' ? coverage : null,
  };
}

export const quality: QualityFigures = collect();

/** Stories of a CSF module (every export but `default`): the fixtures of the axe matrix. */
export const storyCount = (module: Record<string, unknown>): number =>
  Object.keys(module).filter((key) => key !== 'default').length;

/** `1.234` in Spanish (Chile). */
export const formatCount = (value: number): string => new Intl.NumberFormat('es-CL').format(value);
