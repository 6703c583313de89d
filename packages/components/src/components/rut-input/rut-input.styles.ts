import { css } from 'lit';

/**
 * What the RUT field adds to the text-field box it shares with `<cor-text-input>`
 * (text-input.styles.ts: `.input`, `.input-row`, `.fixed`): its width.
 */
export const rutInputStyles = css`
  /* Fits "12.345.678-K" even with the WCAG text-spacing sheet (letter spacing 0.12em). */
  .input-row {
    --_cor-chars: 12;
  }
`;
