// The form parity suite: every form-associated element against its native twin.
import { BUTTON_CHECKS } from './button-checks.js';
import type { Check } from './checks.js';
import type { Twin, TwinKinds } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';
import { PAIR_CHECKS } from './pair-checks.js';
import { SELECT_CHECKS } from './select-checks.js';
import { DATE_CHECKS } from './date-checks.js';
import { PASSWORD_CHECKS } from './password-checks.js';
import { FILE_CHECKS } from './file-checks.js';
import { CHECKBOX_GROUP_CHECKS, RADIO_GROUP_CHECKS } from './choice-group-checks.js';

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
  date: DATE_CHECKS,
  password: PASSWORD_CHECKS,
  file: FILE_CHECKS,
  select: SELECT_CHECKS,
  'checkbox-group': CHECKBOX_GROUP_CHECKS,
  'radio-group': RADIO_GROUP_CHECKS,
  pair: PAIR_CHECKS,
};

/** The checks that apply to a twin. */
export function checksFor(twin: Twin): Check[] {
  return CHECKS_BY_KIND[twin.kind] as Check[];
}

/** Every parity check id, for validating exemptions, engine gaps and known bugs. */
export const CHECK_IDS = new Set(Object.values(CHECKS_BY_KIND).flatMap((c) => c.map((x) => x.id)));
