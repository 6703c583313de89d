// Values that real pages and people produce, for the "bad input never breaks a component" tests.

/** Strings a person may type or a service may pass; each must round-trip and render as text. */
export const BAD_STRINGS: Record<string, string> = {
  empty: '',
  long: 'Cordillera '.repeat(1000),
  unbroken: 'a'.repeat(10_000),
  rtl: 'مرحبا بالعالم שלום עולם',
  bidiOverride: '\u202Egnp.exe\u202C',
  combining: 'Ñandú Ñuñoa e\u0301\u0301\u0301',
  emoji: '👩🏽‍⚕️ 🇨🇱 👨‍👩‍👧‍👦',
  loneSurrogate: 'abc\uD800def',
  zeroWidth: 'a\u200Bb\u200Cc\u200Dd\uFEFF',
  fullWidth: 'ＡＢＣ１２３',
  html: '<img src=x onerror="window.__pwned=true">',
  script: '<script>window.__pwned=true</script>',
  attribute: '" onmouseover="window.__pwned=true" x="',
  template: '${window.__pwned=true}{{constructor.constructor("window.__pwned=true")()}}',
};

/** Non-string values a framework may assign to a property. */
export const BAD_VALUES: Record<string, unknown> = {
  null: null,
  undefined: undefined,
  number: 42,
  boolean: true,
  object: { toString: () => 'objeto' },
  array: ['a', 'b'],
};

/** URLs that must never reach an `href`. */
export const UNSAFE_URLS = [
  'javascript:window.__pwned=true',
  'JaVaScRiPt:window.__pwned=true',
  ' javascript:window.__pwned=true',
  'java\tscript:window.__pwned=true',
  'java\nscript:window.__pwned=true',
  'data:text/html,<script>window.__pwned=true</script>',
  'vbscript:msgbox(1)',
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
