import { css } from 'lit';

/** What only `<cor-text-input>` adds to the shared box (core/input.styles.ts): fluid widths. */
export const textInputStyles = css`
  /* Fluid widths are fractions of the column on wide screens and full width on narrow ones. */
  @media (min-width: 40rem) {
    .width-three-quarters {
      inline-size: 75%;
    }
    .width-two-thirds {
      inline-size: 66.66%;
    }
    .width-one-half {
      inline-size: 50%;
    }
    .width-one-third {
      inline-size: 33.33%;
    }
    .width-one-quarter {
      inline-size: 25%;
    }
  }
`;
