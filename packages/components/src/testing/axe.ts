// WCAG 2.2 AA through axe-core with every exception written down: violations and untriaged
// `incomplete` results both fail (`expect(el).to.be.accessible()` runs default rules only).
// axe-core is a UMD script, not an ES module: imported for its side effect, it sets window.axe
// (WTR serves it as-is, with no CommonJS interop) — the same in all three engines.
import 'axe-core/axe.min.js';
import type { AxeResults, NodeResult, Result, RunOptions } from 'axe-core';
import { reportQuality } from './quality.js';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Rules switched off everywhere, each with the reason. Keep this list short. */
export const AXE_DISABLED_RULES: Record<string, string> = {
  region:
    'Best practice for whole pages (all content inside landmarks). A test fixture is one ' +
    'component on an empty page; landmarks are the service page’s job, not the component’s.',
  'landmark-one-main':
    'Best practice for whole pages (one <main>). A component fixture has no page around it.',
  'page-has-heading-one':
    'Best practice for whole pages (one <h1>). A component fixture has no page around it.',
};

/** An `incomplete` result that a person looked at and judged fine. */
export interface AxeTriageEntry {
  /** axe rule id, e.g. 'color-contrast'. */
  rule: string;
  /** Tested against the node's target selector and against each check message. */
  match: RegExp;
  /** Why this is not a problem: what was checked by hand, and how. */
  reason: string;
}

/** Triaged `incomplete` results, shared by every test. Empty until someone needs an entry. */
export const AXE_TRIAGE: AxeTriageEntry[] = [];

export interface AxeCheckOptions {
  /** Extra rules to switch off for this call only: rule id → written reason. */
  disabledRules?: Record<string, string>;
  /** Extra triage entries for this call only. */
  triage?: AxeTriageEntry[];
}

const selector = (node: NodeResult): string =>
  node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' ');

const messages = (node: NodeResult): string[] =>
  [...node.any, ...node.all, ...node.none].map((check) => check.message);

function isTriaged(rule: string, node: NodeResult, triage: AxeTriageEntry[]): boolean {
  return triage.some(
    (entry) =>
      entry.rule === rule &&
      (entry.match.test(selector(node)) || messages(node).some((m) => entry.match.test(m))),
  );
}

function describe(kind: string, result: Result, node: NodeResult): string {
  const detail = kind === 'incomplete' ? ` (needs review: ${messages(node).join('; ')})` : '';
  return (
    `  ${kind} ${result.id} [${node.impact ?? result.impact ?? 'n/a'}] at ${selector(node)}: ` +
    `${result.help}${detail}\n    ${result.helpUrl}`
  );
}

/** Runs axe on `root` (shadow roots included); rejects listing every problem found. */
export async function axeCheck(
  root: Element | Document = document,
  options: AxeCheckOptions = {},
): Promise<AxeResults> {
  const disabled = { ...AXE_DISABLED_RULES, ...options.disabledRules };
  for (const [rule, reason] of Object.entries(disabled)) {
    if (!reason.trim()) throw new Error(`axeCheck: disabling "${rule}" needs a written reason`);
  }
  const triage = [...AXE_TRIAGE, ...(options.triage ?? [])];
  for (const entry of triage) {
    if (!entry.reason.trim()) throw new Error(`axeCheck: triage of "${entry.rule}" needs a reason`);
  }

  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(Object.keys(disabled).map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations', 'incomplete'],
  };
  const results = await window.axe.run(root, runOptions);
  await reportQuality({ axeChecks: 1 });

  const problems = [
    ...results.violations.flatMap((r) => r.nodes.map((n) => describe('violation', r, n))),
    ...results.incomplete.flatMap((r) =>
      r.nodes.filter((n) => !isTriaged(r.id, n, triage)).map((n) => describe('incomplete', r, n)),
    ),
  ];
  if (problems.length > 0) {
    throw new Error(`axe found ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
  return results;
}
