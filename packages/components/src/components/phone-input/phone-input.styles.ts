import { css } from 'lit';

/** What the phone field adds to the shared text-field box and prefix (core/input.styles.ts). */
export const phoneInputStyles = css`
  /* Digits of equal width, so the groups of a number line up as the person types. */
  .input {
    font-variant-numeric: tabular-nums;
  }
  /* A phone number reads left to right in every language: "+56", never "56+". */
  .affix {
    direction: ltr;
    unicode-bidi: isolate;
  }
`;
