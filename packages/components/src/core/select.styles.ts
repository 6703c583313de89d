import { css } from 'lit';

/**
 * The box of a native `<select>` (`cor-select`, and any component built on selects): the same
 * border, height, font and states as the text fields' box (core/input.styles.ts). A select is
 * as wide as its column, up to a long name (about 30 characters), and never overflows.
 *
 * The browser's own look is turned off (`appearance: none`): WebKit draws no box-shadow on a
 * natively drawn select, so the inner ring of the focus indicator (focus.styles.ts) would be
 * lost. The arrow is drawn instead by the wrapper, in the text colour (forced colours too):
 *
 *   <div class="select-box [disabled]"><select class="select focus-ring">…</select></div>
 *
 * Put `has-error` on an ancestor (or `invalid` on the select) to show the error border.
 */
export const selectStyles = css`
  .select-box {
    position: relative;
    max-inline-size: calc(30 * var(--cor-input-char-width) + 4 * var(--cor-space-4));
  }
  .select-box::after {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-end: var(--cor-space-4);
    inline-size: var(--cor-space-2);
    block-size: var(--cor-space-2);
    /* Physical sides: rotated, the right and bottom borders make a "v" in both directions. */
    border-right: var(--cor-border-width) solid var(--cor-input-text);
    border-bottom: var(--cor-border-width) solid var(--cor-input-text);
    transform: translateY(-75%) rotate(45deg);
    pointer-events: none;
    content: '';
  }
  .select-box.disabled::after {
    border-color: var(--cor-color-disabled-text);
  }
  .select {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: var(--cor-input-min-height);
    margin: 0;
    padding-block: var(--cor-space-1);
    padding-inline: var(--cor-space-2) calc(2 * var(--cor-space-4) + var(--cor-space-2));
    font: inherit;
    color: var(--cor-input-text);
    background-color: var(--cor-input-background);
    border: var(--cor-input-border-width) solid var(--cor-input-border-color);
    border-radius: var(--cor-input-radius);
    appearance: none;
    cursor: pointer;
  }
  .has-error .select,
  .select.invalid {
    border-color: var(--cor-input-error-border-color);
  }
  .select:disabled {
    color: var(--cor-color-disabled-text);
    background-color: var(--cor-color-disabled-background);
    border-color: var(--cor-color-disabled-border);
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    .select,
    .has-error .select,
    .select.invalid {
      border-color: ButtonText;
    }
    .select-box::after {
      border-color: ButtonText;
    }
    .select:disabled,
    .select-box.disabled::after {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
