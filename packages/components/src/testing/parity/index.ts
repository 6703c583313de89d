// The form parity suite: every form-associated element against its native twin.
import { BUTTON_CHECKS } from './button-checks.js';
import type { Check } from './checks.js';
import type { Twin } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';

export * from './button-checks.js';
export * from './checks.js';
export * from './engine-gaps.js';
export * from './fixture.js';
export * from './known-bugs.js';
export * from './twins.js';
export * from './value-checks.js';

/** The checks that apply to a twin. */
export function checksFor(twin: Twin): Check[] {
  return (twin.kind === 'value' ? VALUE_CHECKS : BUTTON_CHECKS) as Check[];
}

/** Every parity check id, for validating exemptions, engine gaps and known bugs. */
export const CHECK_IDS = new Set([...VALUE_CHECKS, ...BUTTON_CHECKS].map((c) => c.id));
