import { css } from 'lit';

/** The circle and its dot: the dot is a border, so it stays visible in forced-colours mode. */
export const radioStyles = css`
  .input,
  .mark {
    border-radius: 50%;
  }
  .mark {
    top: 25%;
    left: 25%;
    inline-size: 0;
    block-size: 0;
    border: calc(var(--_cor-box) * 0.25) solid var(--cor-input-text);
  }
`;
