import { css } from 'lit';

/**
 * The focus ring of every interactive part: a dark inner ring and a yellow (#FFBE5C) outer
 * outline, so that one of the two stands out on light and dark surfaces alike. The outline
 * survives forced-colors mode (the box-shadow does not, and need not).
 */
export const focusRing = css`
  .focus-ring:focus-visible {
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: var(--cor-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
  }
`;
