/// <reference types="vite/client" />
// The data of the foundations pages, read from the token sources and the token build at build
// time, never copied by hand: names, $type and $description from tokens/src/**, resolved values
// per theme from @cordillera/tokens (tokens/dist, written by `node tokens/build.mjs`, which
// `npm start` and `npm run build:storybook` run first), and contrast computed from
// tokens/src/contrast-pairs.json with the functions of tokens/lib/contrast.mjs, the same ones
// the token tests use. A token added to the sources shows up here on the next build.
import { cssVariables, themes, tokens, type ThemeName } from '@cordillera/tokens';
import { checkPairs, type CheckedPair, type ContrastPair } from '../../tokens/lib/contrast.mjs';
import contrastPairs from '../../tokens/src/contrast-pairs.json';

interface TokenNode {
  $value?: unknown;
  $type?: string;
  $description?: string;
  [key: string]: unknown;
}

export type Tier = 'primitives' | 'semantic' | 'components';

export interface TokenInfo {
  /** Flat name: `color-text` (CSS `--cor-color-text`). */
  name: string;
  /** Source path: `color.text`. */
  path: string;
  /** Segments of the source path. */
  segments: string[];
  type: string;
  description: string;
  tier: Tier;
  /** The source file, relative to the repository: `tokens/src/semantic/color.json`. */
  file: string;
  /** The token this one refers to in the light theme (`palette.gray.950`), if any. */
  reference?: string;
}

export interface ThemeOverride {
  description: string;
  reference?: string;
}

const SOURCE = /\/tokens\/src\/(primitives|semantic|components|themes)\/([\w-]+)\.json$/;

const baseSources = import.meta.glob<TokenNode>(
  '../../tokens/src/{primitives,semantic,components}/*.json',
  { eager: true, import: 'default' },
);
const themeSources = import.meta.glob<TokenNode>('../../tokens/src/themes/*.json', {
  eager: true,
  import: 'default',
});

const referenceOf = (value: unknown): string | undefined => {
  const match = typeof value === 'string' ? /^\{([^{}]+)\}$/.exec(value.trim()) : null;
  return match?.[1];
};

function walk(node: TokenNode, segments: string[], visit: (n: TokenNode, s: string[]) => void) {
  if (Object.hasOwn(node, '$value')) {
    visit(node, segments);
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$') || !child || typeof child !== 'object') continue;
    walk(child as TokenNode, [...segments, key], visit);
  }
}

/** Every token of the base tiers, in source order (primitives, semantic, components). */
export const TOKENS: TokenInfo[] = [];
const TIER_ORDER: Tier[] = ['primitives', 'semantic', 'components'];
for (const tier of TIER_ORDER) {
  for (const [key, tree] of Object.entries(baseSources).sort(([a], [b]) => a.localeCompare(b))) {
    const match = SOURCE.exec(key);
    if (!match || match[1] !== tier) continue;
    walk(tree, [], (node, segments) => {
      TOKENS.push({
        name: segments.join('-'),
        path: segments.join('.'),
        segments,
        type: String(node.$type ?? ''),
        description: String(node.$description ?? ''),
        tier,
        file: `tokens/src/${tier}/${match[2]}.json`,
        reference: referenceOf(node.$value),
      });
    });
  }
}

export const TOKEN_BY_NAME = new Map(TOKENS.map((t) => [t.name, t]));

/** What each theme file changes: flat name → its own description and reference. */
export const THEME_OVERRIDES: Record<string, Map<string, ThemeOverride>> = {};
for (const [key, tree] of Object.entries(themeSources)) {
  const match = SOURCE.exec(key);
  if (!match) continue;
  const overrides = new Map<string, ThemeOverride>();
  walk(tree, [], (node, segments) => {
    overrides.set(segments.join('-'), {
      description: String(node.$description ?? ''),
      reference: referenceOf(node.$value),
    });
  });
  THEME_OVERRIDES[match[2]] = overrides;
}

export const THEMES = themes as readonly ThemeName[];

/** Theme names as the toolbar shows them. */
export const THEME_LABELS: Record<string, string> = {
  light: 'Claro',
  dark: 'Oscuro',
  'high-contrast': 'Alto contraste',
  agency: 'Institución (ejemplo)',
};

/** The resolved CSS value of a token in a theme. */
export const valueIn = (theme: ThemeName, name: string): string =>
  String((tokens[theme] as Record<string, string>)[name] ?? '');

/** `--cor-color-text`. */
export const cssVar = (name: string): string =>
  (cssVariables as Record<string, string>)[name] ?? `--cor-${name}`;

/** A theme's description of a token (its own override, else the base one). */
export function describeIn(theme: ThemeName, token: TokenInfo): string {
  return THEME_OVERRIDES[theme]?.get(token.name)?.description ?? token.description;
}

/** The reference of a token in a theme (`palette.gray.50` in dark for `color-text`). */
export function referenceIn(theme: ThemeName, token: TokenInfo): string | undefined {
  const override = THEME_OVERRIDES[theme]?.get(token.name);
  return override ? override.reference : token.reference;
}

/** Tokens whose source value refers to `name` (`color-action` → `link`, `button-primary-background`…). */
export function referencedBy(name: string): TokenInfo[] {
  const path = TOKEN_BY_NAME.get(name)?.path;
  return path ? TOKENS.filter((t) => t.reference === path) : [];
}

/** The themes whose value of `name` differs from light, with their values. */
export function themeDifferences(name: string): { theme: ThemeName; value: string }[] {
  return THEMES.filter((t) => t !== 'light' && valueIn(t, name) !== valueIn('light', name)).map(
    (theme) => ({ theme, value: valueIn(theme, name) }),
  );
}

export const byType = (type: string, tier?: Tier): TokenInfo[] =>
  TOKENS.filter((t) => t.type === type && (!tier || t.tier === tier));

export const byPrefix = (prefix: string): TokenInfo[] =>
  TOKENS.filter((t) => t.name === prefix || t.name.startsWith(`${prefix}-`));

// ----- Contrast -----

interface PairsFile {
  stricter?: Record<string, Record<string, number>>;
  pairs: ContrastPair[];
  exempt: { foreground: string; background: string; reason: string }[];
}
const PAIRS = contrastPairs as unknown as PairsFile;

export interface ContrastEntry {
  /** The other token(s) of the pair, from the point of view of the token asked about. */
  other: string[];
  /** Whether the token asked about is the background of the pair. */
  isBackground: boolean;
  foreground: string[];
  background: string;
  kind: string;
  ratio?: number;
  minimum?: number;
  pass?: boolean;
  /** Set for pairs with no minimum: why. */
  exemptReason?: string;
}

const CHECKED: Record<string, CheckedPair[]> = Object.fromEntries(
  THEMES.map((theme) => [
    theme,
    checkPairs(tokens[theme] as Record<string, string>, PAIRS.pairs, PAIRS.stricter?.[theme] ?? {}),
  ]),
);

/** Every declared pair a token takes part in, in one theme, with its computed contrast. */
export function contrastOf(theme: ThemeName, name: string): ContrastEntry[] {
  const entries: ContrastEntry[] = [];
  for (const pair of CHECKED[theme] ?? []) {
    const foreground = [pair.foreground].flat();
    const isBackground = pair.background === name;
    if (!isBackground && !foreground.includes(name)) continue;
    entries.push({
      other: isBackground ? foreground : [pair.background],
      isBackground,
      foreground,
      background: pair.background,
      kind: pair.kind,
      ratio: pair.ratio,
      minimum: pair.minimum,
      pass: pair.pass,
    });
  }
  for (const pair of PAIRS.exempt) {
    const isBackground = pair.background === name;
    if (!isBackground && pair.foreground !== name) continue;
    entries.push({
      other: [isBackground ? pair.foreground : pair.background],
      isBackground,
      foreground: [pair.foreground],
      background: pair.background,
      kind: 'exempt',
      exemptReason: pair.reason,
    });
  }
  return entries;
}

// ----- Formatting (Spanish, Chile) -----

const decimal = (digits: number) =>
  new Intl.NumberFormat('es-CL', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * `4,52:1`. As in tokens/lib/contrast.mjs `describe()`, a failing ratio never displays as
 * passing: 4.4996 is shown as 4,4996, not 4,50.
 */
export function formatRatio(ratio: number, minimum: number): string {
  let digits = 2;
  if (ratio < minimum && Number(ratio.toFixed(2)) >= minimum) digits = 4;
  return `${decimal(digits).format(ratio)}:1`;
}

export const formatNumber = (value: number): string =>
  new Intl.NumberFormat('es-CL', { maximumFractionDigits: 2 }).format(value);

/** `1.125rem` → `18 px`; `100ms` → `100 ms`; anything else as is. */
export function inPixels(value: string): string | undefined {
  const rem = /^(-?[\d.]+)rem$/.exec(value);
  if (rem) return `${formatNumber(Number(rem[1]) * 16)} px`;
  const px = /^(-?[\d.]+)px$/.exec(value);
  if (px) return `${formatNumber(Number(px[1]))} px`;
  return undefined;
}

/** CSS pixels of a rem/px value (for diagrams), or NaN. */
export function pixels(value: string): number {
  const rem = /^(-?[\d.]+)rem$/.exec(value);
  if (rem) return Number(rem[1]) * 16;
  const px = /^(-?[\d.]+)px$/.exec(value);
  return px ? Number(px[1]) : Number.NaN;
}

export const KIND_LABELS: Record<string, string> = {
  text: 'texto',
  'large-text': 'texto grande',
  ui: 'componente de interfaz',
  focus: 'foco',
};
