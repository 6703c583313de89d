import { css } from 'lit';

/** What the RUT field adds to the shared text-field box (core/input.styles.ts): its width. */
export const rutInputStyles = css`
  /* Fits "12.345.678-K" even with the WCAG text-spacing sheet (letter spacing 0.12em). */
  .input-row {
    --_cor-chars: 12;
  }
`;
