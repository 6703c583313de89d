// Values that real pages and people produce, for the "bad input never breaks a component" tests.
// The shared suite (bad-input.test.ts) applies every entry of BAD_INPUTS to every attribute and
// property of every component; component tests use the groups below directly.

/** Strings a person may type or a service may pass; each must round-trip and render as text. */
export const BAD_STRINGS: Record<string, string> = {
  empty: '',
  long: 'Cordillera '.repeat(1000),
  unbroken: 'a'.repeat(10_000),
  rtl: 'مرحبا بالعالم שלום עולם',
  bidiOverride: '\u202Egnp.exe\u202C',
  bidiIsolates: '\u2067عربي\u2069 \u200F123\u200E',
  combining: 'Ñandú Ñuñoa e\u0301\u0301\u0301',
  emoji: '👩🏽‍⚕️ 🇨🇱 👨‍👩‍👧‍👦',
  loneSurrogate: 'abc\uD800def',
  reversedSurrogates: 'x\uDC00\uD800y',
  zeroWidth: 'a\u200Bb\u200Cc\u200Dd\uFEFF',
  fullWidth: 'ＡＢＣ１２３',
  whitespace: ' \t\u00A0\u3000 ',
  newlines: 'línea 1\nlínea 2\r\nlínea 3',
  controlChars: 'a\u0000b\u0007c\u001Bd\u007F',
  html: '<img src=x onerror="window.__pwned=true">',
  script: '<script>window.__pwned=true</script>',
  svg: '<svg onload="window.__pwned=true"><script>window.__pwned=true</script></svg>',
  iframe: '<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>',
  closingTags: '</label></p></slot><img src=x onerror="window.__pwned=true"><!--',
  styleBreakout: '</style><style>*{display:none!important}</style>',
  entities: '&lt;b&gt;negrita&lt;/b&gt; &amp; &#60;script&#62;',
  attribute: '" onmouseover="window.__pwned=true" x="',
  template: '${window.__pwned=true}{{constructor.constructor("window.__pwned=true")()}}',
  // Lit's own template markers: text that looks like them must stay text.
  litMarker: '<!--?lit$1234$-->lit$1234${{$lit$}}',
  hugeNumber: '9'.repeat(400),
  negativeNumber: '-1',
};

/** Non-string values a framework may assign to a property. */
export const BAD_VALUES: Record<string, unknown> = {
  null: null,
  undefined: undefined,
  number: 42,
  zero: 0,
  nan: NaN,
  infinity: -Infinity,
  boolean: true,
  false: false,
  object: { toString: () => 'objeto' },
  plainObject: { a: 1 },
  array: ['a', 'b'],
  emptyArray: [],
  function: () => 'función',
  date: new Date(0),
  bigint: 12_345_678_901_234_567_890n,
};

/** URLs that must never reach an `href`, by name (UNSAFE_URLS lists the same values). */
export const UNSAFE_URL_INPUTS: Record<string, string> = {
  javascriptUrl: 'javascript:window.__pwned=true',
  mixedCaseUrl: 'JaVaScRiPt:window.__pwned=true',
  leadingSpaceUrl: ' javascript:window.__pwned=true',
  // The URL parser drops leading C0 controls and tabs/newlines anywhere: still javascript:.
  leadingControlUrl: '\u0001javascript:window.__pwned=true',
  tabUrl: 'java\tscript:window.__pwned=true',
  newlineUrl: 'java\nscript:window.__pwned=true',
  commentUrl: 'javascript://%0Awindow.__pwned=true',
  dataHtmlUrl: 'data:text/html,<script>window.__pwned=true</script>',
  dataSvgUrl: 'data:image/svg+xml,<svg onload="window.__pwned=true"/>',
  vbscriptUrl: 'vbscript:msgbox(1)',
  fileUrl: 'file:///etc/passwd',
  blobUrl: 'blob:https://www.gob.cl/00000000-0000-0000-0000-000000000000',
};

/** URLs that must never reach an `href`. */
export const UNSAFE_URLS: string[] = Object.values(UNSAFE_URL_INPUTS);

/**
 * Garbage for enumerated attributes: unknown words, near misses of real values (case, padding)
 * and prototype keys, which break enums implemented as object lookups.
 */
export const ENUM_GARBAGE: Record<string, string> = {
  enumUnknown: 'desconocido',
  enumUpperCase: 'PRIMARY',
  enumCapitalized: 'Submit',
  enumPadded: ' text ',
  enumProtoKey: '__proto__',
  enumConstructorKey: 'constructor',
};

export type BadInputKind = 'string' | 'value' | 'url' | 'enum';

export interface BadInput {
  /** Unique, as in the groups above (`loneSurrogate`). */
  name: string;
  /** The name in kebab case (`lone-surrogate`): exemptions.ts names it `bad-input:<id>`. */
  id: string;
  kind: BadInputKind;
  value: unknown;
}

const entries = (kind: BadInputKind, group: Record<string, unknown>): BadInput[] =>
  Object.entries(group).map(([name, value]) => {
    const id = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    return { name, id, kind, value };
  });

/** The whole catalogue, applied by the shared suite through attributes and properties. */
export const BAD_INPUTS: readonly BadInput[] = [
  ...entries('string', BAD_STRINGS),
  ...entries('value', BAD_VALUES),
  ...entries('url', UNSAFE_URL_INPUTS),
  ...entries('enum', ENUM_GARBAGE),
];

declare global {
  interface Window {
    __pwned?: boolean;
  }
}

/** True if any payload above ran. Reset it with `resetCanary()` before each case. */
export function canaryHit(): boolean {
  return window.__pwned === true;
}

export function resetCanary(): void {
  delete window.__pwned;
}
