// The checker itself must bite: known ratios, known failures, no silent passes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPairs, contrast, describe } from '../lib/contrast.mjs';

test('known ratios', () => {
  assert.equal(contrast('#000', '#FFF'), 21);
  assert.equal(contrast('#FFF', '#FFF'), 1);
  assert.equal(contrast('#0F69C4', '#FFFFFF').toFixed(2), '5.47');
  assert.equal(contrast('#767676', '#FFFFFF').toFixed(2), '4.54'); // the lightest grey passing AA
  assert.equal(contrast('#FFFFFF', '#777777'), contrast('#777777', '#FFFFFF')); // symmetric
});

test('#777 on #fff fails text but passes large text and ui', () => {
  const values = { fg: '#777', bg: '#fff' };
  const [text, large, ui] = checkPairs(values, [
    { foreground: 'fg', background: 'bg', kind: 'text' },
    { foreground: 'fg', background: 'bg', kind: 'large-text' },
    { foreground: 'fg', background: 'bg', kind: 'ui' },
  ]);
  assert.equal(text.pass, false);
  assert.match(describe(text), /^fg on bg: 4\.48:1 < 4\.5 \(text\)$/);
  assert.equal(large.pass, true);
  assert.equal(ui.pass, true);
});

test('a ratio just under the minimum is not rounded up', () => {
  // #777 is 4.4799…: would read "4.5" if rounded to one decimal.
  assert.equal(
    checkPairs({ a: '#777777', b: '#FFFFFF' }, [
      { foreground: 'a', background: 'b', kind: 'text' },
    ])[0].pass,
    false,
  );
});

test('an "either" foreground list counts its best colour (adjacent focus rings)', () => {
  const values = {
    yellow: '#FFBE5C',
    ink: '#0B0C0C',
    white: '#FFFFFF',
    blue: '#0F69C4',
  };
  const onWhite = {
    foreground: ['yellow', 'ink'],
    background: 'white',
    kind: 'focus',
  };
  assert.equal(checkPairs(values, [onWhite])[0].pass, true); // ink carries it
  assert.equal(checkPairs(values, [{ ...onWhite, foreground: 'yellow' }])[0].pass, false); // 1.6:1 alone
  assert.equal(checkPairs(values, [{ ...onWhite, foreground: ['yellow'] }])[0].pass, false);
});

test('unknown tokens, kinds and non-opaque colours throw instead of passing', () => {
  const values = {
    a: '#000000',
    b: '#FFFFFF',
    c: '#00000080',
    d: 'rebeccapurple',
  };
  assert.throws(
    () => checkPairs(values, [{ foreground: 'a', background: 'missing', kind: 'text' }]),
    /unknown token "missing"/,
  );
  assert.throws(
    () => checkPairs(values, [{ foreground: 'a', background: 'b', kind: 'huge' }]),
    /unknown contrast kind/,
  );
  assert.throws(
    () => checkPairs(values, [{ foreground: 'c', background: 'b', kind: 'text' }]),
    /not an opaque hex colour/,
  );
  assert.throws(
    () => checkPairs(values, [{ foreground: 'd', background: 'b', kind: 'text' }]),
    /not an opaque hex colour/,
  );
});

test('failure messages never show a failing ratio as passing', () => {
  const [result] = checkPairs({ a: '#000000', b: '#FFFFFF' }, [
    { foreground: 'a', background: 'b', kind: 'text' },
  ]);
  assert.match(describe({ ...result, ratio: 4.4996 }), /4\.4996:1 < 4\.5/);
});

test('stricter per-theme minimums apply', () => {
  const pair = { foreground: 'a', background: 'b', kind: 'text' };
  const values = { a: '#0F69C4', b: '#FFFFFF' }; // 5.47:1
  assert.equal(checkPairs(values, [pair])[0].pass, true);
  assert.equal(checkPairs(values, [pair], { text: 7 })[0].pass, false);
  assert.equal(checkPairs(values, [pair], { text: 3 })[0].minimum, 4.5); // never looser than WCAG
});
