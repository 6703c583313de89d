import { css } from 'lit';

/** What only `<cor-radios>` adds to the shared group styles: options side by side (`inline`). */
export const radiosStyles = css`
  .items.inline {
    flex-direction: row;
    flex-wrap: wrap;
    column-gap: var(--cor-space-5);
  }
`;
