// Real parity bugs the suite found in the core or a component, reported to the core owner. The
// check stays and fails honestly once its entry is removed: delete the entry with the fix.
// Until then the test is skipped (it.skip) with the bug in its title, so the run stays green.

export interface KnownBug {
  tag: string;
  check: string;
  bug: string;
}

export const KNOWN_BUGS: KnownBug[] = [];

/** The known bug of `tag` in `check`, if any. */
export function knownBug(tag: string, check: string): string | undefined {
  return KNOWN_BUGS.find((b) => b.tag === tag && b.check === check)?.bug;
}
