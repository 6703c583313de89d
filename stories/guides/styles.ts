// Styles of the guides' live examples: CSP-safe (a constructable stylesheet adopted by the
// document), tokens only.
import { tokenStyles } from '@cordillera/tokens/lit.js';
import { css } from 'lit';

const guideStyles = css`
  .guide-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--cor-space-4);
  }
  .guide-panel {
    padding: var(--cor-space-4);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-text);
    background-color: var(--cor-color-surface);
    border: var(--cor-border-width-thin) solid var(--cor-color-border);
    border-radius: var(--cor-radius-medium);
  }
  .guide-panel .guide-panel {
    margin-block-start: var(--cor-space-4);
  }
  .guide-panel-title {
    margin: 0 0 var(--cor-space-4);
    font-weight: var(--cor-font-weight-bold);
  }
  .guide-panel code {
    font-family: var(--cor-font-family-mono);
    font-weight: var(--cor-font-weight-regular);
  }
`;

let adopted = false;

/** Adopts the tokens (the components' own sheet, never twice) and the guide styles. */
export function adoptGuideStyles(): void {
  if (adopted || typeof document === 'undefined') return;
  adopted = true;
  const isNew = (sheet: CSSStyleSheet | undefined): sheet is CSSStyleSheet =>
    Boolean(sheet) && !document.adoptedStyleSheets.includes(sheet as CSSStyleSheet);
  document.adoptedStyleSheets = [
    ...[tokenStyles.styleSheet].filter(isNew),
    ...document.adoptedStyleSheets,
    ...[guideStyles.styleSheet].filter(isNew),
  ];
}
