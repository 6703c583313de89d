// The form parity suite: every form-associated element against its native twin.
import { BUTTON_CHECKS } from './button-checks.js';
import type { Check } from './checks.js';
import type { Twin, TwinKinds } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';

export * from './button-checks.js';
export * from './checks.js';
export * from './engine-gaps.js';
export * from './fixture.js';
export * from './known-bugs.js';
export * from './twins.js';
export * from './value-checks.js';

/** The checks of each kind of twin; a new kind adds one line here. */
const CHECKS_BY_KIND: { [K in Twin['kind']]: Check<TwinKinds[K]>[] } = {
  value: VALUE_CHECKS,
  button: BUTTON_CHECKS,
};

/** The checks that apply to a twin. */
export function checksFor(twin: Twin): Check[] {
  return CHECKS_BY_KIND[twin.kind] as Check[];
}

/** Every parity check id, for validating exemptions, engine gaps and known bugs. */
export const CHECK_IDS = new Set(Object.values(CHECKS_BY_KIND).flatMap((c) => c.map((x) => x.id)));
