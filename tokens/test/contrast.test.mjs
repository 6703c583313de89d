// WCAG contrast of every declared pair (src/contrast-pairs.json) in every built theme.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { build, THEMES } from '../build.mjs';
import { checkPairs, describe } from '../lib/contrast.mjs';

const { pairs, exempt, stricter } = JSON.parse(
  readFileSync(new URL('../src/contrast-pairs.json', import.meta.url), 'utf8'),
);
const { files } = await build({ write: false });
const built = Object.fromEntries(THEMES.map((t) => [t, JSON.parse(files[`json/${t}.json`])]));

for (const theme of THEMES) {
  test(`${theme}: every declared pair meets its WCAG minimum`, () => {
    const failures = checkPairs(built[theme], pairs, stricter?.[theme]).filter((r) => !r.pass);
    assert.equal(
      failures.length,
      0,
      `theme "${theme}" fails:\n  ${failures.map(describe).join('\n  ')}`,
    );
  });
}

test('exemptions name real tokens and say why', () => {
  for (const { foreground, background, reason } of exempt) {
    for (const name of [foreground, background])
      assert.ok(name in built.light, `unknown token ${name}`);
    assert.ok(reason?.length > 20, `exemption ${foreground} on ${background} needs a reason`);
  }
});

test('every colour role and component colour is checked or explicitly exempt', () => {
  const covered = new Set(
    [...pairs, ...exempt].flatMap((p) => [p.foreground, p.background].flat()),
  );
  const colours = Object.keys(built.light).filter(
    (n) => /^(color|button|input)-/.test(n) && /^#/.test(built.light[n]),
  );
  const missing = colours.filter((n) => !covered.has(n));
  assert.deepEqual(
    missing,
    [],
    `add these to src/contrast-pairs.json (pairs or exempt): ${missing.join(', ')}`,
  );
});
