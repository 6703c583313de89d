import { css } from 'lit';

/** GOV.UK's error message: bold text in the error colour, above the control it explains. */
export const errorMessageStyles = css`
  :host {
    display: block;
  }
  .message {
    margin: 0 0 var(--cor-space-3);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    font-weight: var(--cor-font-weight-bold);
    line-height: var(--cor-line-height-body);
    color: var(--cor-color-error);
    overflow-wrap: anywhere;
  }
  .message[hidden] {
    display: none;
  }
`;
