// Counts what the suite really checked (axe runs, …) per engine, for the `npm test` summary.
import { executeServerCommand } from '@web/test-runner-commands';

export type QualityCounters = Record<string, number>;

/** Adds the counters to this engine's totals in .cache/quality/<engine>.json. */
export async function reportQuality(counters: QualityCounters): Promise<void> {
  await executeServerCommand('cor-report-quality', counters);
}
