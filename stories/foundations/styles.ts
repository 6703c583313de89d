// Styles of the foundations pages, CSP-safe: constructable stylesheets adopted by the document,
// never a <style> element or a style= attribute. The per-token rules (`.fnd-bg-color-text {
// background-color: var(--cor-color-text) }`…) are generated from the token list, so a swatch
// shows the value the theme around it really gives the custom property.
import { tokenStyles } from '@cordillera/tokens/lit.js';
import { css } from 'lit';
import { TOKENS, pixels, valueIn } from './data.js';

const SAFE_NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The rules that paint samples with a token, by $type. */
const RULES: Record<string, (v: string, n: string) => string[]> = {
  color: (v, n) => [
    `.fnd-bg-${n} { background-color: var(${v}); }`,
    `.fnd-fg-${n} { color: var(${v}); }`,
    `.fnd-bd-${n} { border-color: var(${v}); }`,
  ],
  dimension: (v, n) => [
    `.fnd-w-${n} { inline-size: var(${v}); }`,
    `.fnd-sq-${n} { inline-size: var(${v}); block-size: var(${v}); }`,
    `.fnd-radius-${n} { border-radius: var(${v}); }`,
    `.fnd-fs-${n} { font-size: var(${v}); }`,
    `.fnd-line-${n} { border-block-start-width: var(${v}); }`,
  ],
  fontWeight: (v, n) => [`.fnd-fw-${n} { font-weight: var(${v}); }`],
  fontFamily: (v, n) => [`.fnd-ff-${n} { font-family: var(${v}); }`],
  number: (v, n) => [`.fnd-lh-${n} { line-height: var(${v}); }`],
  duration: (v, n) => [`.fnd-dur-${n} { transition-duration: var(${v}); }`],
  cubicBezier: (v, n) => [`.fnd-ease-${n} { transition-timing-function: var(${v}); }`],
};

/** The widest breakpoint diagram shows this many CSS pixels across. */
export const DIAGRAM_WIDTH = 1280;

function generatedRules(): string {
  const rules: string[] = [];
  for (const token of TOKENS) {
    if (!SAFE_NAME.test(token.name)) throw new Error(`unexpected token name "${token.name}"`);
    rules.push(...(RULES[token.type]?.(`--cor-${token.name}`, token.name) ?? []));
    if (token.name.startsWith('breakpoint-')) {
      const share = (pixels(valueIn('light', token.name)) / DIAGRAM_WIDTH) * 100;
      if (Number.isFinite(share)) {
        rules.push(`.fnd-bp-${token.name} { inline-size: ${share.toFixed(3)}%; }`);
      }
    }
  }
  // The narrowest screen the components must fit (DESIGN.md §5): not a token, a requirement.
  rules.push(`.fnd-bp-min { inline-size: ${((320 / DIAGRAM_WIDTH) * 100).toFixed(3)}%; }`);
  return rules.join('\n');
}

const layout = css`
  .fnd {
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-text);
    overflow-wrap: anywhere;
  }
  .fnd[data-cor-theme] {
    padding: var(--cor-space-4);
    border: var(--cor-border-width-thin) solid var(--cor-color-border);
    border-radius: var(--cor-radius-medium);
  }
  .fnd p {
    margin: 0;
  }
  .fnd code {
    font-family: var(--cor-font-family-mono);
    font-size: 0.9em;
  }
  .fnd-lead {
    margin-block-end: var(--cor-space-4) !important;
  }
  .fnd-heading {
    margin: var(--cor-space-6) 0 var(--cor-space-3);
    font-size: var(--cor-font-size-heading-s);
    line-height: var(--cor-line-height-heading);
  }
  .fnd-heading:first-child {
    margin-block-start: 0;
  }
  .fnd-list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--cor-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fnd-rows {
    display: grid;
    gap: var(--cor-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .fnd-item {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cor-space-3);
    align-items: flex-start;
    min-inline-size: 0;
  }
  .fnd-row {
    display: grid;
    gap: var(--cor-space-2);
    padding-block-end: var(--cor-space-4);
    border-block-end: var(--cor-border-width-thin) solid var(--cor-color-border-subtle);
  }
  .fnd-item-body {
    display: grid;
    flex: 1 1 14rem;
    gap: var(--cor-space-1);
    min-inline-size: 0;
  }
  .fnd-name {
    font-weight: var(--cor-font-weight-bold);
  }
  .fnd-meta,
  .fnd-desc {
    color: var(--cor-color-text-secondary);
  }
  .fnd-swatch {
    flex: none;
    inline-size: var(--cor-space-8);
    block-size: var(--cor-space-8);
    border: var(--cor-border-width-thin) solid var(--cor-color-border);
    border-radius: var(--cor-radius-small);
  }
  .fnd-pairs {
    display: grid;
    gap: var(--cor-space-1);
    margin: var(--cor-space-2) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--cor-font-size-small);
  }
  .fnd-pair {
    display: flex;
    gap: var(--cor-space-2);
    align-items: center;
  }
  .fnd-sample {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    inline-size: var(--cor-space-7);
    block-size: var(--cor-space-6);
    font-weight: var(--cor-font-weight-bold);
    border: var(--cor-border-width-thin) solid var(--cor-color-border-subtle);
    border-radius: var(--cor-radius-small);
  }
  .fnd-sample-large {
    font-size: var(--cor-font-size-large);
  }
  .fnd-sample-ui {
    border-width: var(--cor-border-width);
    border-style: solid;
  }
  .fnd-sample-ui::after {
    content: '';
    inline-size: 60%;
    block-size: 40%;
    border: var(--cor-border-width) solid;
    border-color: inherit;
    border-radius: var(--cor-radius-small);
  }
  .fnd-sample-ring::after {
    content: '';
    inline-size: 50%;
    block-size: 40%;
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: var(--cor-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
  }
  .fnd-fail {
    font-weight: var(--cor-font-weight-bold);
    color: var(--cor-color-error);
  }
  .fnd-bar {
    display: block;
    block-size: var(--cor-space-4);
    background-color: var(--cor-color-action);
  }
  .fnd-square {
    display: block;
    flex: none;
    background-color: var(--cor-color-action);
  }
  .fnd-box {
    display: block;
    flex: none;
    inline-size: var(--cor-space-8);
    block-size: var(--cor-space-8);
    background-color: var(--cor-color-surface-subtle);
    border: var(--cor-border-width) solid var(--cor-color-border);
  }
  .fnd-line {
    display: block;
    inline-size: var(--cor-space-8);
    border-block-start-style: solid;
    border-block-start-color: var(--cor-color-text);
  }
  .fnd-type-sample {
    margin: 0;
    line-height: var(--cor-line-height-heading);
  }
  .fnd-themes {
    margin: var(--cor-space-1) 0 0;
    padding-inline-start: var(--cor-space-5);
    color: var(--cor-color-text-secondary);
  }
  .fnd-family {
    display: grid;
    gap: var(--cor-space-2);
  }
  .fnd-family-sample {
    padding: var(--cor-space-3);
    font-size: var(--cor-font-size-large);
  }
  .fnd-ring-demos {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cor-space-5);
    margin: 0 0 var(--cor-space-5);
    padding: 0;
    list-style: none;
  }
  .fnd-ring-demo {
    display: grid;
    gap: var(--cor-space-2);
    justify-items: start;
  }
  .fnd-ring-area {
    display: block;
    padding: var(--cor-space-4);
    border: var(--cor-border-width-thin) solid var(--cor-color-border);
  }
  .fnd-ring {
    display: inline-block;
    inline-size: var(--cor-space-8);
    block-size: var(--cor-space-6);
    margin: var(--cor-space-2);
    background-color: var(--cor-color-surface);
    border: var(--cor-border-width) solid var(--cor-color-border);
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: var(--cor-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
  }
  .fnd-diagram {
    display: grid;
    gap: var(--cor-space-2);
    margin: 0 0 var(--cor-space-5);
    padding: 0;
    list-style: none;
  }
  .fnd-diagram-bar {
    display: block;
    box-sizing: border-box;
    min-inline-size: var(--cor-space-2);
    max-inline-size: 100%;
    block-size: var(--cor-space-5);
    background-color: var(--cor-color-action-secondary);
    border: var(--cor-border-width) solid var(--cor-color-action);
  }
  .fnd-track {
    position: relative;
    block-size: var(--cor-space-7);
    margin-block: var(--cor-space-3);
    background-color: var(--cor-color-surface-subtle);
    border: var(--cor-border-width-thin) solid var(--cor-color-border);
    border-radius: var(--cor-radius-pill);
  }
  .fnd-dot {
    position: absolute;
    inset-block-start: var(--cor-space-2);
    inset-inline-start: var(--cor-space-2);
    inline-size: var(--cor-space-5);
    block-size: var(--cor-space-5);
    background-color: var(--cor-color-action);
    border-radius: var(--cor-radius-pill);
    transition-property: inset-inline-start;
  }
  .fnd-dot.fnd-moved {
    inset-inline-start: calc(100% - var(--cor-space-5) - var(--cor-space-2));
  }
  @media (forced-colors: active) {
    .fnd-swatch,
    .fnd-bar,
    .fnd-square,
    .fnd-dot {
      forced-color-adjust: none;
    }
  }
`;

let adopted = false;

/**
 * Puts the token sheet (the same object the components adopt, so never twice), the layout and
 * the generated per-token rules on the document, once.
 */
export function adoptFoundationStyles(): void {
  if (adopted || typeof document === 'undefined') return;
  adopted = true;
  const generated = new CSSStyleSheet();
  generated.replaceSync(generatedRules());
  const isNew = (sheet: CSSStyleSheet | undefined): sheet is CSSStyleSheet =>
    Boolean(sheet) && !document.adoptedStyleSheets.includes(sheet as CSSStyleSheet);
  // Tokens first, as the components adopt them; then the page's own rules.
  document.adoptedStyleSheets = [
    ...[tokenStyles.styleSheet].filter(isNew),
    ...document.adoptedStyleSheets,
    ...[layout.styleSheet, generated].filter(isNew),
  ];
}
