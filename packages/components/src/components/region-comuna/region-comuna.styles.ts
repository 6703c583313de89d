import { css } from 'lit';

/** Two stacked parts, each a label, a hint and a select (the box is core/select.styles.ts). */
export const regionComunaStyles = css`
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--cor-space-4);
  }
  .part {
    display: flex;
    flex-direction: column;
    gap: var(--cor-space-2);
  }
  /* Only the part that is wrong gets the error border, as GOV.UK marks a date's wrong part. */
  .has-error .select:not(.invalid) {
    border-color: var(--cor-input-border-color);
  }
  @media (forced-colors: active) {
    .has-error .select:not(.invalid) {
      border-color: ButtonText;
    }
  }
`;
