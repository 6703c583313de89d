// Tests branch on the engine only where an engine truly lacks a capability (e.g. media emulation).

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this test, from the user agent (MiniBrowser reports plain AppleWebKit). */
export function engine(): Engine {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}
