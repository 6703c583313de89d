import { css } from 'lit';

/** What only `<cor-checkboxes>` adds to the shared group styles (core/choice.styles.ts): nothing yet. */
export const checkboxesStyles = css``;
