// The parity set of a password field, against a native <input type="password">. It is the value
// set with one difference the native twin itself makes: browsers never keep a password for
// back/forward restore (HTML leaves it to them; Chromium, Firefox and WebKit all refuse), so the
// value check `state-restore`, which requires the twin to be restored, cannot apply. In its
// place, `state-restore-password` requires the component not to be restored either.
import { expect } from '@open-wc/testing';
import { check, type Check } from './checks.js';
import { pair } from './fixture.js';
import { restoreThroughHistory } from './restore.js';
import type { ValueTwin } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';

/** A password field: the value twin's data, checked by PASSWORD_CHECKS. */
export interface PasswordTwin extends Omit<ValueTwin, 'kind'> {
  kind: 'password';
}

/** The value checks that apply to a password field, unchanged. */
const REUSED = VALUE_CHECKS.filter((c) => c.id !== 'parity:state-restore');

/**
 * The twin as a value twin: the value checks and the fixture read `kind` (a value control is
 * mounted with name="campo"), and everything else they read is the same data.
 */
const asValue = (twin: PasswordTwin): ValueTwin => ({ ...twin, kind: 'value' });

export const PASSWORD_CHECKS: Check<PasswordTwin>[] = [
  ...REUSED.map((c): Check<PasswordTwin> => ({
    ...c,
    run: ({ tag, twin }) => c.run({ ...pair(tag, asValue(twin)), twin: asValue(twin) }),
  })),

  check<PasswordTwin>(
    'state-restore-password',
    'a password is never restored after going back in history',
    async ({ tag, twin }) => {
      const value = asValue(twin);
      const native = await pair(tag, value).same((side) =>
        restoreThroughHistory(side, { value: twin.values[0] }, twin.values[1]),
      );
      expect(native.value, 'the native password input kept its default').to.equal(twin.values[0]);
    },
  ),
];
