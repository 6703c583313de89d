/**
 * `COR_ONLY_TAGS=cor-button,cor-text-input` (in the environment of a WTR run) limits the shared
 * suites to those components: for working on one component, and for the fault-injection proof,
 * whose faults are all in known components. web-test-runner.config.mjs passes the variable to
 * the page as `<meta name="cor-only-tags">`. `npm test` never sets it: every component runs.
 */
export function onlyTags<T extends string>(tags: T[]): T[] {
  const content = document.querySelector<HTMLMetaElement>('meta[name="cor-only-tags"]')?.content;
  const wanted = (content ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return wanted.length ? tags.filter((tag) => wanted.includes(tag)) : tags;
}
