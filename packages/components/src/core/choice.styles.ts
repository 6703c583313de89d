import { css } from 'lit';

/**
 * One checkbox or radio, as GOV.UK lays it out: a 40 px box (24 px when small) drawn by the
 * native input itself (so the focus ring is the input's own), the label beside it, the hint
 * under the label, and the conditional content under the option behind a bar. The check mark
 * and the dot are borders, so they stay visible in forced-colours mode.
 */
export const choiceItemStyles = css`
  :host {
    display: block;
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-text);
  }
  .choice {
    --_cor-box: calc(var(--cor-size-target-primary) - var(--cor-space-1));
    --_cor-gap: var(--cor-space-3);
    --_cor-label-pad: var(--cor-space-2);
    padding-block-end: var(--cor-space-2);
  }
  .choice.size-small {
    --_cor-box: var(--cor-size-target-min);
    --_cor-gap: var(--cor-space-2);
    --_cor-label-pad: 0;
  }
  .divider {
    inline-size: var(--_cor-box);
    margin-block-end: var(--cor-space-2);
    text-align: center;
  }
  .item {
    display: grid;
    grid-template-columns: var(--_cor-box) minmax(0, 1fr);
    column-gap: var(--_cor-gap);
    align-items: start;
  }
  .box {
    position: relative;
    grid-row: 1;
    grid-column: 1;
    inline-size: var(--_cor-box);
    block-size: var(--_cor-box);
  }
  .input {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    color: var(--cor-input-text);
    background: var(--cor-input-background);
    border: var(--cor-input-border-width) solid var(--cor-input-border-color);
    border-radius: 0;
    appearance: none;
    cursor: pointer;
  }
  .mark {
    position: absolute;
    display: none;
    pointer-events: none;
  }
  .input:checked + .mark {
    display: block;
  }
  .label {
    grid-row: 1;
    grid-column: 2;
    min-inline-size: 0;
    padding-block: var(--_cor-label-pad);
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .hint {
    grid-column: 2;
    min-inline-size: 0;
    color: var(--cor-color-text-secondary);
    overflow-wrap: anywhere;
  }
  .disabled .input {
    background: var(--cor-color-disabled-background);
    border-color: var(--cor-color-disabled-border);
    cursor: not-allowed;
  }
  .disabled .label,
  .disabled .hint {
    color: var(--cor-color-disabled-text);
    cursor: not-allowed;
  }
  .conditional {
    margin-block-start: var(--cor-space-2);
    margin-inline-start: calc(var(--_cor-box) / 2 - var(--cor-border-width-thick) / 2);
    padding-inline-start: calc(var(--_cor-box) / 2 + var(--_cor-gap));
    border-inline-start: var(--cor-border-width-thick) solid var(--cor-color-border-subtle);
    overflow-wrap: anywhere;
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .input,
    .mark {
      border-color: CanvasText;
    }
    .disabled .input,
    .disabled .mark {
      border-color: GrayText;
    }
    .disabled .label,
    .disabled .hint {
      color: GrayText;
    }
  }
`;

/** The group around the options: the legend, hint and error come from the field styles. */
export const choiceGroupStyles = css`
  fieldset > .hint,
  fieldset > .error {
    margin-block-end: var(--cor-space-3);
  }
  .items {
    display: flex;
    flex-direction: column;
  }
  [hidden] {
    display: none !important;
  }
`;
