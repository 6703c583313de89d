import { css } from 'lit';

/**
 * Three fields side by side (día, mes, año), each with its label above, wrapping on narrow
 * screens; the group gets the error bar of every field, and only the wrong fields a red border.
 * The boxes and their widths by characters are the text field's (core/input.styles.ts).
 */
export const dateInputStyles = css`
  .group.in-error {
    padding-inline-start: var(--cor-space-4);
    border-inline-start: var(--cor-border-width-thick) solid var(--cor-color-error);
  }
  .hint,
  .error {
    margin: 0 0 var(--cor-space-3);
  }
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cor-space-3) var(--cor-space-4);
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: var(--cor-space-1);
    min-inline-size: 0;
  }
  .item-label {
    display: block;
    font-weight: var(--cor-font-weight-regular);
    color: var(--cor-color-text);
  }
  @media (forced-colors: active) {
    .group.in-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
