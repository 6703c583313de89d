// What the pattern stories share: the page frame of a service step (caption, back link,
// heading) and the styles of the plain HTML around the components (headings, links, summary
// list, panel). CSP-safe: one constructable stylesheet adopted by the document, tokens only.
// A pattern that needs one of these parts often is a candidate component (see each pattern's
// "Qué cambiará" section).
import { tokenStyles } from '@cordillera/tokens/lit.js';
import { css, html, nothing, type TemplateResult } from 'lit';
import '../../packages/components/src/button.js';
import '../../packages/components/src/text-input.js';

const patternStyles = css`
  .pat {
    max-inline-size: 40rem;
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-text);
    overflow-wrap: anywhere;
  }
  .pat p,
  .pat ul,
  .pat ol {
    margin: 0 0 var(--cor-space-4);
  }
  .pat-caption {
    display: block;
    margin-block-end: var(--cor-space-1);
    font-size: var(--cor-font-size-large);
    color: var(--cor-color-text-secondary);
  }
  .pat-h1 {
    margin: 0 0 var(--cor-space-5);
    font-size: var(--cor-font-size-heading-l);
    font-weight: var(--cor-font-weight-bold);
    line-height: var(--cor-line-height-heading);
  }
  /* A question that is also the page heading: <h1 slot="label"> or <legend><h1>. */
  .pat-h1-label {
    margin: 0;
    font-size: var(--cor-font-size-heading-l);
    font-weight: var(--cor-font-weight-bold);
    line-height: var(--cor-line-height-heading);
  }
  .pat-h2 {
    margin: var(--cor-space-6) 0 var(--cor-space-4);
    font-size: var(--cor-font-size-heading-m);
    line-height: var(--cor-line-height-heading);
  }
  .pat-lead {
    font-size: var(--cor-font-size-large);
  }
  .pat-secondary {
    color: var(--cor-color-text-secondary);
  }
  .pat a {
    color: var(--cor-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .pat a:visited {
    color: var(--cor-color-link-visited);
  }
  .pat a:hover {
    color: var(--cor-color-link-hover);
    text-decoration-thickness: 0.15em;
  }
  .pat a:focus-visible {
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: var(--cor-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
    text-decoration: none;
  }
  .pat-back {
    display: inline-block;
    margin-block-end: var(--cor-space-5);
    font-size: var(--cor-font-size-small);
  }
  .pat-back::before {
    content: '‹ ';
  }
  .pat-fieldset {
    min-inline-size: 0;
    margin: 0 0 var(--cor-space-5);
    padding: 0;
    border: 0;
  }
  .pat-legend {
    display: table;
    max-inline-size: 100%;
    margin-block-end: var(--cor-space-3);
    padding: 0;
    white-space: normal;
  }
  .pat-legend-text {
    font-weight: var(--cor-font-weight-bold);
  }
  .pat-hint {
    margin-block-end: var(--cor-space-4) !important;
    color: var(--cor-color-text-secondary);
  }
  .pat-inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--cor-space-4);
    align-items: flex-end;
  }
  .pat-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--cor-space-4);
    align-items: baseline;
  }
  .pat-summary {
    margin: 0 0 var(--cor-space-6);
    border-block-start: var(--cor-border-width-thin) solid var(--cor-color-border-subtle);
  }
  .pat-summary-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--cor-space-1) var(--cor-space-4);
    padding-block: var(--cor-space-3);
    border-block-end: var(--cor-border-width-thin) solid var(--cor-color-border-subtle);
  }
  @media (min-width: 40rem) {
    .pat-summary-row {
      grid-template-columns: 2fr 3fr auto;
    }
  }
  .pat-summary dt {
    font-weight: var(--cor-font-weight-bold);
  }
  .pat-summary dd {
    margin: 0;
  }
  .pat-summary-lines {
    margin: 0 !important;
    padding: 0;
    list-style: none;
  }
  .pat-panel {
    margin-block-end: var(--cor-space-6);
    padding: var(--cor-space-5);
    background-color: var(--cor-color-surface-subtle);
    border: var(--cor-border-width) solid var(--cor-color-success);
    border-inline-start-width: var(--cor-space-3);
  }
  .pat-panel-title {
    margin: 0 0 var(--cor-space-3);
    font-size: var(--cor-font-size-heading-l);
    line-height: var(--cor-line-height-heading);
  }
  .pat-reference {
    font-size: var(--cor-font-size-large);
  }
  .pat-reference strong {
    display: block;
    font-family: var(--cor-font-family-mono);
    letter-spacing: 0.05em;
  }
  .pat-inset {
    margin: 0 0 var(--cor-space-5);
    padding: var(--cor-space-3) var(--cor-space-4);
    border-inline-start: var(--cor-border-width-thick) solid var(--cor-color-border);
  }
  .pat-placeholder {
    margin: 0 0 var(--cor-space-5);
    padding: var(--cor-space-4);
    border: var(--cor-border-width) dashed var(--cor-color-border);
  }
  .pat-placeholder-label {
    margin-block-end: var(--cor-space-3) !important;
    font-size: var(--cor-font-size-small);
    font-weight: var(--cor-font-weight-bold);
  }
  .pat-status {
    padding: var(--cor-space-3) var(--cor-space-4);
    border-inline-start: var(--cor-border-width-thick) solid var(--cor-color-success);
  }
  /* Empty but present: a live region must exist before its message arrives. */
  .pat-status:empty {
    padding: 0;
    border: 0;
  }
  .pat-visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (forced-colors: active) {
    .pat-panel,
    .pat-inset,
    .pat-status {
      border-color: CanvasText;
    }
  }
`;

let adopted = false;

/** Adopts the tokens (the sheet the components adopt, never twice) and the pattern styles. */
export function adoptPatternStyles(): void {
  if (adopted || typeof document === 'undefined') return;
  adopted = true;
  const isNew = (sheet: CSSStyleSheet | undefined): sheet is CSSStyleSheet =>
    Boolean(sheet) && !document.adoptedStyleSheets.includes(sheet as CSSStyleSheet);
  document.adoptedStyleSheets = [
    ...[tokenStyles.styleSheet].filter(isNew),
    ...document.adoptedStyleSheets,
    ...[patternStyles.styleSheet].filter(isNew),
  ];
}

export interface PageOptions {
  /** The name of the service, shown above the heading (a caption, not a heading). */
  service?: string;
  /** Show a back link to the previous step. */
  back?: boolean;
}

/** A service step: back link, caption and the step's content. */
export function page(content: TemplateResult, options: PageOptions = {}): TemplateResult {
  adoptPatternStyles();
  return html`<div class="pat">
    ${options.back ? html`<a class="pat-back" href="#paso-anterior">Volver</a>` : nothing}
    ${options.service ? html`<span class="pat-caption">${options.service}</span>` : nothing}
    ${content}
  </div>`;
}

/**
 * Shows what the service would receive instead of leaving the page, in a status message
 * that exists before it changes (so screen readers announce it).
 */
export function showAnswers(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const sent = [...data.entries()]
    .filter(([, value]) => String(value) !== '')
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(' · ');
  const status = form.querySelector('.pat-status');
  if (status) status.textContent = `El servicio recibiría: ${sent || '(ninguna respuesta)'}`;
}

/** The status message `showAnswers` writes into. */
export const answersStatus = () => html`<p class="pat-status" role="status"></p>`;
