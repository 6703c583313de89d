// Where each browser engine lives on this machine kind, so the WTR config and `npm test` agree
// on what is installed (Debian packages; no tool downloads its own browser).
import { existsSync } from 'node:fs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const PATHS = {
  chromium: process.env.CHROME_PATH || '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  miniBrowser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
};

/** Why an engine cannot run here, or null when it can. */
export function missing(engine) {
  const need = {
    chromium: [PATHS.chromium],
    firefox: [PATHS.firefox],
    // MiniBrowser has no headless mode: without a display it needs Xvfb.
    webkit: [PATHS.webkitDriver, PATHS.miniBrowser, ...(process.env.DISPLAY ? [] : [PATHS.xvfb])],
  }[engine];
  if (!need) return `unknown engine "${engine}" (known: ${ENGINES.join(', ')})`;
  const absent = need.filter((file) => !existsSync(file));
  return absent.length ? `not installed: ${absent.join(', ')}` : null;
}

/** { available: ['chromium', …], skipped: [{ engine, reason }] } */
export function detectEngines() {
  const available = [];
  const skipped = [];
  for (const engine of ENGINES) {
    const reason = missing(engine);
    if (reason) skipped.push({ engine, reason });
    else available.push(engine);
  }
  return { available, skipped };
}
