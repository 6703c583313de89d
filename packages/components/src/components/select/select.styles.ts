import { css } from 'lit';

/**
 * What only `<cor-select>` adds to the shared select box (core/select.styles.ts): nothing to
 * paint, since the page's `<option>` children are never shown themselves (there is no default
 * slot) and the inner select shows their copies. The box stretches across the field's column,
 * up to the shared maximum width.
 */
export const selectComponentStyles = css`
  .group > .select-box {
    align-self: stretch;
  }
`;
