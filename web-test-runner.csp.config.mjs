// The strict-CSP run (DESIGN §8): packages/components/src/**/*.test.csp.ts — a naming the main
// config's `**/*.test.ts` glob does not match — on a test page served with the policy an agency
// may deploy. The suite fails on any `securitypolicyviolation`.
//
//   COR_ENGINES=chromium npx wtr --config web-test-runner.csp.config.mjs --static-logging
//
// Everything else (engines, launchers, esbuild, page HTML) is the main config's. Its counters and
// results go under `csp-<engine>` keys, so this run never overwrites the main run's numbers in
// .cache/quality/ that `npm test` sums up.
import { randomBytes } from 'node:crypto';
import { defaultReporter } from '@web/test-runner';
import { detectEngines } from './scripts/lib/engines.mjs';
import { qualityPlugin, resultsReporter } from './scripts/lib/wtr-plugins.mjs';
import base from './web-test-runner.config.mjs';

/**
 * The policy under test. Compared with the issue's policy, the runner strictly needs only:
 * - the nonce on its own inline scripts: WTR injects two inline module scripts into the test
 *   page (the browser-log collector and `window.__WTR_CONFIG__`), and this config adds a third,
 *   the violation recorder below. Their code is fixed, and the nonce is new on every response.
 * Nothing else: connections back to the runner (WebSocket, fetch) are same-origin and covered
 * by `default-src 'self'`; the drivers' own script evaluation (CDP, WebDriver BiDi, WebDriver)
 * is not subject to page CSP; mocha's HTML reporter (an inline <style>) is used only in manual
 * debug mode, never in a test run.
 */
export const policy = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');

// Runs first, before any other script of the page, so that no violation goes unrecorded (an
// event listener added by the test module would miss those raised while the page loads).
const RECORDER = `window.__corCsp=[];document.addEventListener('securitypolicyviolation',function(e){
window.__corCsp.push({directive:e.effectiveDirective||e.violatedDirective,blocked:e.blockedURI,
sample:e.sample,source:e.sourceFile+':'+e.lineNumber})},true);`;

/** Adds the CSP header and the nonce to the test page (WTR serves it at `/`). */
function strictCsp() {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== '/' || !ctx.response.is('html') || ctx.body == null) return;
    const nonce = randomBytes(18).toString('base64');
    ctx.body = String(ctx.body)
      .replace('<head>', `<head><script>${RECORDER}</script>`)
      .replace(/<script(?=[\s>])/g, `<script nonce="${nonce}"`);
    ctx.set('Content-Security-Policy', policy(nonce));
    ctx.set('Cache-Control', 'no-store'); // a cached page would come back with an old nonce
  };
}

// The main config's launchers, in COR_ENGINES order (the same parsing as there).
const engines = process.env.COR_ENGINES
  ? process.env.COR_ENGINES.split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  : detectEngines().available;
const engineByLauncher = new Map(
  base.browsers.map((launcher, i) => [launcher, `csp-${engines[i]}`]),
);
const engineOf = (launcher) => engineByLauncher.get(launcher) ?? 'csp-unknown';

export default {
  ...base,
  files: ['packages/components/src/**/*.test.csp.ts'],
  middleware: [strictCsp()],
  plugins: [
    ...base.plugins.filter((plugin) => !plugin.name.startsWith('cor-')),
    qualityPlugin({ engines: [...engineByLauncher.values()], engineOf }),
  ],
  reporters: [defaultReporter(), resultsReporter({ engineOf })],
};
