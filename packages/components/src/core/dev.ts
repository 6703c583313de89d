/**
 * Development warnings. They are on when Lit's development build is loaded (it sets
 * `globalThis.litIssuedWarnings`), which is what dev servers and test runners resolve through
 * the `development` export condition, and off in production bundles. `setDevWarnings()`
 * overrides that choice.
 */
let forced: boolean | undefined;
const issued = new Set<string>();

export function setDevWarnings(enabled: boolean | undefined): void {
  forced = enabled;
}

export function devWarningsEnabled(): boolean {
  return forced ?? 'litIssuedWarnings' in globalThis;
}

/** Warns once per distinct message, prefixed with the tag so the author can find the element. */
export function devWarn(tag: string, message: string): void {
  if (!devWarningsEnabled()) return;
  const text = `<${tag}>: ${message}`;
  if (issued.has(text)) return;
  issued.add(text);
  console.warn(`[Cordillera] ${text}`);
}
