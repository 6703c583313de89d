import { css } from 'lit';

/** The check mark: two borders of a rotated box, in the input's text colour. */
export const checkboxStyles = css`
  .mark {
    top: 27%;
    left: 21%;
    inline-size: 58%;
    block-size: 30%;
    border: solid var(--cor-input-text);
    border-width: 0 0 calc(var(--_cor-box) * 0.125) calc(var(--_cor-box) * 0.125);
    transform: rotate(-45deg);
  }
`;
