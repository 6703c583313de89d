import { tokenStyles } from '@cordillera/tokens/lit.js';

let adopted = false;

/**
 * Puts the design tokens on the page the first time any component is created, so a component
 * renders styled with no stylesheet to link. It uses a constructable stylesheet (CSP-safe: no
 * `<style>` element, no `style=` attribute). The sheet sits in the `cordillera.tokens` cascade
 * layer, so any token a page declares itself, in any ordinary stylesheet, wins.
 */
export function adoptTokenStyles(): void {
  if (adopted || typeof document === 'undefined') return;
  adopted = true;
  const sheet = tokenStyles.styleSheet;
  if (!sheet || document.adoptedStyleSheets.includes(sheet)) return;
  document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
}
