import { css } from 'lit';

/** The group's own spacing; the legend comes from core/legend.ts, hint and error from the fields. */
export const fieldsetStyles = css`
  .fieldset {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .hint,
  .error {
    margin: 0 0 var(--cor-space-3);
  }
  /* As GOV.UK's form groups: the last field inside the group adds no space of its own. */
  slot:not([name])::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
