// Tokens only (DESIGN §3): component styles read every colour, length and font from
// `var(--cor-…)`. This static check reads each Lit css`` block in src/components and src/core and
// fails on any colour literal, any length with a unit (0 aside), and any font-family/font-size
// value that is not a token. Allowed: percentages, unitless numbers, transparent/currentColor and
// CSS-wide keywords, system colours inside `@media (forced-colors: active)`, and anything in an
// at-rule prelude (a media query cannot read a custom property). A component escapes the check
// only through testing/exemptions.ts (check 'contract:tokens-only').
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SRC = join(ROOT, 'packages/components/src');

// prettier-ignore
const NAMED_COLORS = new Set(('aliceblue antiquewhite aqua aquamarine azure beige bisque black ' +
  'blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse chocolate coral ' +
  'cornflowerblue cornsilk crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey ' +
  'darkkhaki darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
  'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray ' +
  'dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod ' +
  'gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
  'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray lightgreen ' +
  'lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray lightslategrey ' +
  'lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine mediumblue ' +
  'mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise ' +
  'mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
  'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip ' +
  'peachpuff peru pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown ' +
  'salmon sandybrown seagreen seashell sienna silver skyblue slateblue slategray slategrey snow ' +
  'springgreen steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow ' +
  'yellowgreen').split(' '));

// CSS system colours: the palette of forced-colors mode, allowed only there.
// prettier-ignore
const SYSTEM_COLORS = new Set(('canvas canvastext linktext visitedtext activetext buttonface ' +
  'buttontext buttonborder field fieldtext highlight highlighttext selecteditem selecteditemtext ' +
  'mark marktext graytext accentcolor accentcolortext').split(' '));

const COLOR_FUNCTION = /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const HEX = /#[0-9a-f]{3,8}\b/i;
const LENGTH =
  /(?<![\w.#-])-?(\d+\.?\d*|\.\d+)(px|r?em|ch|r?ex|cap|ic|r?lh|[sld]?v(?:w|h|i|b|min|max)|cq(?:w|h|i|b|min|max)|cm|mm|q|in|pt|pc)\b/gi;
const FONT_PROPERTIES = new Set(['font', 'font-family', 'font-size']);
const CSS_WIDE = /\b(inherit|initial|unset|revert|revert-layer)\b/gi;

/** Every css`` template in a TypeScript source, with the line it starts on. */
export function cssBlocks(source) {
  return [...source.matchAll(/\bcss`((?:[^`\\]|\\.)*)`/g)].map((m) => ({
    css: m[1].replace(/\$\{[^}]*\}/g, 'var(--interpolated)'),
    line: source.slice(0, m.index).split('\n').length,
  }));
}

/** Declarations of a stylesheet: { property, value, preludes (enclosing rules), line }. */
export function declarations(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found = [];
  const preludes = [];
  let start = 0;
  const flush = (end) => {
    const chunk = text.slice(start, end);
    const colon = chunk.indexOf(':');
    if (preludes.length && colon > 0 && chunk.trim()) {
      found.push({
        property: chunk.slice(0, colon).trim().toLowerCase(),
        value: chunk.slice(colon + 1).trim(),
        preludes: [...preludes],
        line: text.slice(0, start + chunk.search(/\S/)).split('\n').length,
      });
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') preludes.push(text.slice(start, i).trim());
    else if (c === ';') flush(i);
    else if (c === '}') {
      flush(i);
      preludes.pop();
    } else continue;
    start = i + 1;
  }
  return found;
}

/** The literals in one declaration that should have been tokens. */
export function literals({ property, value, preludes }) {
  // Custom property names are not literals, but a var() fallback is: keep the fallback.
  const v = value.replace(/var\(\s*--[\w-]+\s*,?/g, 'var(').replace(/(["'])[^"']*\1/g, '');
  const forcedColors = preludes.some((p) => /^@media\b.*forced-colors\s*:\s*active/i.test(p));
  const out = [];
  for (const m of v.match(new RegExp(HEX, 'gi')) ?? []) out.push(`colour ${m}`);
  const fn = COLOR_FUNCTION.exec(v);
  if (fn) out.push(`colour ${fn[1]}()`);
  for (const [word] of v.matchAll(/(?<![\w-])[a-z]+(?![\w-]|\()/gi)) {
    const w = word.toLowerCase();
    if (NAMED_COLORS.has(w)) out.push(`colour ${word}`);
    if (SYSTEM_COLORS.has(w) && !forcedColors)
      out.push(`system colour ${word} outside forced-colors`);
  }
  for (const m of v.matchAll(LENGTH)) if (parseFloat(m[1]) !== 0) out.push(`length ${m[0].trim()}`);
  if (FONT_PROPERTIES.has(property)) {
    const rest = v
      .replace(/var\([^()]*\)/g, '')
      .replace(CSS_WIDE, '')
      .replace(/[\s,/]/g, '');
    if (rest) out.push(`font ${value}`);
  }
  return out;
}

/** Source files whose css`` blocks are component styles (tests and test helpers aside). */
function styleSources() {
  return readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((f) => /^(components|core)\/.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
    .map((f) => join(SRC, f));
}

/** The component a file belongs to; core files belong to every component and cannot be exempted. */
const ownerTag = (file) => /components\/([^/]+)\//.exec(relative(SRC, file))?.[1];

/** testing/exemptions.ts, compiled by esbuild (Node 20 runs no TypeScript). */
async function loadExemptions() {
  const { outputFiles } = await build({
    entryPoints: [join(SRC, 'testing/exemptions.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = Buffer.from(outputFiles[0].contents).toString('base64');
  return import(`data:text/javascript;base64,${code}`);
}

test('the scanner bites: each kind of literal is found', () => {
  const found = (css) => declarations(`.a { ${css} }`).flatMap(literals);
  assert.deepEqual(found('color: #0F69C4;'), ['colour #0F69C4']);
  assert.deepEqual(found('background: rgb(0 0 0 / 50%);'), ['colour rgb()']);
  assert.deepEqual(found('border: 1px solid red;'), ['colour red', 'length 1px']);
  assert.deepEqual(found('margin: 0 -.5rem 2em 0px;'), ['length -.5rem', 'length 2em']);
  assert.deepEqual(found('padding: var(--cor-space-2, 8px);'), ['length 8px']);
  assert.deepEqual(found('font-family: Arial, sans-serif;'), ['font Arial, sans-serif']);
  assert.deepEqual(found('font-size: 16px;'), ['length 16px', 'font 16px']);
  assert.deepEqual(found('color: CanvasText;'), ['system colour CanvasText outside forced-colors']);
});

test('the scanner lets tokens, keywords, percentages and media preludes through', () => {
  const css = `
    .a { color: var(--cor-color-text); border: var(--cor-border-width) solid transparent;
         fill: currentColor; inline-size: 50%; flex: 1 1 0; font: inherit; transform: scaleX(-1);
         transition: background-color var(--cor-motion-duration-fast); margin: 0; }
    @media (min-width: 40rem) { .a { inline-size: 75%; } }
    @media (forced-colors: active) { .a { border-color: ButtonText; color: GrayText; } }`;
  assert.deepEqual(declarations(css).flatMap(literals), []);
});

test('component styles use tokens only', async () => {
  const { exempted } = await loadExemptions();
  const problems = [];
  for (const file of styleSources()) {
    const tag = ownerTag(file) && `cor-${ownerTag(file)}`;
    if (tag && exempted(tag, 'contract:tokens-only')) continue;
    const source = readFileSync(file, 'utf8');
    for (const block of cssBlocks(source)) {
      for (const declaration of declarations(block.css)) {
        for (const literal of literals(declaration)) {
          const line = block.line + declaration.line - 1;
          problems.push(`${relative(ROOT, file)}:${line} ${declaration.property}: ${literal}`);
        }
      }
    }
  }
  assert.deepEqual(problems, [], `literals instead of tokens:\n${problems.join('\n')}`);
});
