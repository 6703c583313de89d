import { css } from 'lit';

/**
 * What the password field adds to the shared text-field box (core/input.styles.ts): the
 * show/hide button, a secondary button as tall as the input. As GOV.UK lays it out, the button
 * sits under the input, full width, on narrow screens, and beside it on wider ones.
 */
export const passwordInputStyles = css`
  .password-row {
    flex-direction: column;
    gap: var(--cor-space-1);
  }
  .toggle {
    flex: none;
    min-block-size: var(--cor-input-min-height);
    margin: 0;
    padding: var(--cor-space-1) var(--cor-button-padding-inline);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    font-weight: var(--cor-button-font-weight);
    line-height: var(--cor-line-height-heading);
    overflow-wrap: anywhere;
    color: var(--cor-button-secondary-text);
    background: var(--cor-button-secondary-background);
    /* Transparent in colour modes; forced-colors mode paints it, so the button keeps a boundary. */
    border: var(--cor-border-width) solid transparent;
    border-radius: var(--cor-button-radius);
    box-shadow: 0 var(--cor-border-width) 0 var(--cor-button-shadow-color);
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
    transition: background-color var(--cor-motion-duration-fast) var(--cor-motion-easing-standard);
  }
  .toggle:hover {
    background: var(--cor-button-secondary-background-hover);
  }
  .toggle:disabled {
    color: var(--cor-color-disabled-text);
    background: var(--cor-color-disabled-background);
    border-color: var(--cor-color-disabled-border);
    box-shadow: none;
    cursor: not-allowed;
  }
  @media (min-width: 40rem) {
    .password-row {
      flex-direction: row;
    }
    /* Room for «Mostrar» and «Ocultar» alike, so the input does not change width on toggle. */
    .toggle {
      min-inline-size: calc(7 * var(--cor-input-char-width) + 2 * var(--cor-button-padding-inline));
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
    }
    .toggle:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
