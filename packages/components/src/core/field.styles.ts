import { css } from 'lit';

/** Label, hint and error of every form field, as GOV.UK lays them out, from tokens only. */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: var(--cor-space-5);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-text);
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--cor-space-2);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .group.has-error {
    padding-inline-start: var(--cor-space-4);
    border-inline-start: var(--cor-border-width-thick) solid var(--cor-color-error);
  }
  .label {
    display: block;
    font-weight: var(--cor-font-weight-bold);
    color: var(--cor-color-text);
  }
  .hint {
    color: var(--cor-color-text-secondary);
  }
  .error {
    margin: 0;
    font-weight: var(--cor-font-weight-bold);
    color: var(--cor-color-error);
  }
  [hidden] {
    display: none !important;
  }
  @media (forced-colors: active) {
    .group.has-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
