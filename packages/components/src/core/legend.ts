import { css, html, type TemplateResult } from 'lit';

/**
 * The sizes a group's legend can take, as in GOV.UK's question pages: `s` (default, body text
 * in bold), `m`, `l` and `xl` (heading sizes). A legend that is the page's heading uses `l`.
 */
export const LEGEND_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type LegendSize = (typeof LEGEND_SIZES)[number];

export interface LegendParts {
  legend: string;
  size: LegendSize;
  /** The legend is the page's `<h1>` (one question per page). */
  heading: boolean;
}

/**
 * The `<legend>` of a group of controls. When it is the page's heading, the `<h1>` goes inside
 * the legend (not around it), so the group's accessible name stays the question. A `legend`
 * slot lets a page put its own markup there.
 */
export function renderLegend(parts: LegendParts): TemplateResult {
  const text = html`<slot name="legend">${parts.legend}</slot>`;
  return html`<legend part="legend" id="legend" class="legend legend-${parts.size}">
    ${parts.heading ? html`<h1 class="legend-heading">${text}</h1>` : text}
  </legend>`;
}

/** The legend sizes, from tokens; shared by every component that renders a fieldset. */
export const legendStyles = css`
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .legend {
    box-sizing: border-box;
    display: table; /* lets a long legend wrap inside the fieldset */
    max-inline-size: 100%;
    margin-block-end: var(--cor-space-3);
    padding: 0;
    font-weight: var(--cor-font-weight-bold);
    color: var(--cor-color-text);
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .legend-heading {
    margin: 0;
    font: inherit;
  }
  .legend-m {
    font-size: var(--cor-font-size-heading-m);
    line-height: var(--cor-line-height-heading);
  }
  .legend-l {
    font-size: var(--cor-font-size-heading-l);
    line-height: var(--cor-line-height-heading);
  }
  .legend-xl {
    font-size: var(--cor-font-size-heading-xl);
    line-height: var(--cor-line-height-heading);
  }
`;
