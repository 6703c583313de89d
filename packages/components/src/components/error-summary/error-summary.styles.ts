import { css } from 'lit';

/** GOV.UK's error summary: a thick error-coloured border, a heading and a list of links. */
export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  :host(:not([data-has-errors])) {
    display: none;
  }
  .summary {
    margin-block-end: var(--cor-space-6);
    padding: var(--cor-space-4);
    color: var(--cor-color-text);
    background: var(--cor-color-surface);
    border: var(--cor-border-width-thick) solid
      var(--cor-error-summary-border-color, var(--cor-color-error));
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    overflow-wrap: anywhere;
  }
  .title {
    margin: 0 0 var(--cor-space-3);
    font-size: var(--cor-font-size-heading-m);
    line-height: var(--cor-line-height-heading);
    font-weight: var(--cor-font-weight-bold);
  }
  ::slotted([slot='description']) {
    margin: 0 0 var(--cor-space-3);
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--cor-space-2);
  }
  .link {
    display: inline-block;
    min-block-size: var(--cor-size-target-min);
    font-weight: var(--cor-font-weight-bold);
    color: var(--cor-color-error);
    text-decoration: underline;
  }
  .link:hover {
    text-decoration-thickness: var(--cor-border-width-thick);
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
  }
`;
