import { css } from 'lit';

/**
 * The single-line box every text field shares (`cor-text-input`, `cor-rut-input`,
 * `cor-phone-input`…): the input, its prefix/suffix boxes, error/disabled/readonly states and
 * the fixed widths by character count. Components add only what is theirs.
 */
export const inputStyles = css`
  .input-row {
    display: flex;
    align-items: stretch;
    max-inline-size: 100%;
  }
  .input {
    flex: 1 1 auto;
    min-inline-size: 0;
    inline-size: 100%;
    min-block-size: var(--cor-input-min-height);
    margin: 0;
    padding: var(--cor-space-1) var(--cor-space-2);
    font: inherit;
    color: var(--cor-input-text);
    background: var(--cor-input-background);
    border: var(--cor-input-border-width) solid var(--cor-input-border-color);
    border-radius: var(--cor-input-radius);
    appearance: none;
  }
  .has-error .input {
    border-color: var(--cor-input-error-border-color);
  }
  .input:disabled {
    color: var(--cor-color-disabled-text);
    background: var(--cor-color-disabled-background);
    border-color: var(--cor-color-disabled-border);
    cursor: not-allowed;
  }
  .input[readonly] {
    background: var(--cor-color-surface-subtle);
  }
  .affix {
    display: flex;
    flex: none;
    align-items: center;
    padding-inline: var(--cor-space-2);
    color: var(--cor-color-text);
    background: var(--cor-color-surface-subtle);
    border: var(--cor-input-border-width) solid var(--cor-input-border-color);
    white-space: nowrap;
  }
  /* Where the input meets a prefix or suffix box, it has square corners, so they join cleanly. */
  .has-prefix .input {
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .has-suffix .input {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .affix:first-child {
    border-inline-end: 0;
    border-start-start-radius: var(--cor-input-radius);
    border-end-start-radius: var(--cor-input-radius);
  }
  .affix:last-child {
    border-inline-start: 0;
    border-start-end-radius: var(--cor-input-radius);
    border-end-end-radius: var(--cor-input-radius);
  }
  /* Fixed widths fit the expected number of characters plus the padding and borders. */
  .width-2 {
    --_cor-chars: 2;
  }
  .width-3 {
    --_cor-chars: 3;
  }
  .width-4 {
    --_cor-chars: 4;
  }
  .width-5 {
    --_cor-chars: 5;
  }
  .width-10 {
    --_cor-chars: 10;
  }
  .width-20 {
    --_cor-chars: 20;
  }
  .width-30 {
    --_cor-chars: 30;
  }
  .fixed .input {
    flex: 0 1 auto;
    inline-size: calc(
      var(--_cor-chars) * var(--cor-input-char-width) + 2 * var(--cor-space-2) + 2 *
        var(--cor-input-border-width)
    );
  }
  @media (forced-colors: active) {
    .input,
    .affix {
      border-color: CanvasText;
    }
    .input:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
