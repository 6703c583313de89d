import { css } from 'lit';

export const claveUnicaButtonStyles = css`
  /* Its own width by default; full-width on request (a sign-in page built for phones). */
  :host {
    display: inline-block;
    vertical-align: top;
    max-inline-size: 100%;
    margin-block-end: var(--cor-space-5);
  }
  :host([full-width]) {
    display: block;
  }
  .button {
    --_cor-background: var(--cor-claveunica-background);
    --_cor-background-hover: var(--cor-claveunica-background-hover);
    --_cor-background-active: var(--cor-claveunica-background-active);
    --_cor-text: var(--cor-claveunica-text);
    --_cor-border: transparent;
    /* Contains the visually hidden " con ClaveÚnica". */
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--cor-claveunica-gap);
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: var(--cor-claveunica-min-height);
    margin: 0;
    padding: var(--cor-claveunica-padding-block) var(--cor-claveunica-padding-inline);
    font-family: var(--cor-font-family);
    font-size: var(--cor-claveunica-font-size);
    font-weight: var(--cor-claveunica-font-weight);
    line-height: var(--cor-line-height-heading);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    color: var(--_cor-text);
    background: var(--_cor-background);
    /* Transparent on the blue; forced-colors mode paints it, so the button keeps a boundary. */
    border: var(--cor-claveunica-border-width) solid var(--_cor-border);
    border-radius: var(--cor-claveunica-radius);
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
    transition: background-color var(--cor-motion-duration-fast) var(--cor-motion-easing-standard);
  }
  :host([full-width]) .button {
    display: flex;
    inline-size: 100%;
  }
  .button:hover {
    background: var(--_cor-background-hover);
  }
  .button:active {
    background: var(--_cor-background-active);
  }
  .high-contrast {
    --_cor-background: var(--cor-claveunica-high-contrast-background);
    --_cor-background-hover: var(--cor-claveunica-high-contrast-background-hover);
    --_cor-background-active: var(--cor-claveunica-high-contrast-background-active);
    --_cor-text: var(--cor-claveunica-high-contrast-text);
    --_cor-border: var(--cor-claveunica-high-contrast-border);
  }
  /* The manual's focus: a 4 px #FFBE5C outline, outside a dark ring that shows on light pages. */
  .button.focus-ring:focus-visible {
    outline: var(--cor-claveunica-focus-width) solid var(--cor-claveunica-focus);
    outline-offset: var(--cor-claveunica-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-claveunica-focus-inner-width) var(--cor-claveunica-focus-inner);
  }
  .mark {
    flex: none;
    inline-size: var(--cor-claveunica-mark-size);
    block-size: var(--cor-claveunica-mark-size);
    fill: currentColor;
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    color: var(--cor-color-disabled-text);
    background: var(--cor-color-disabled-background);
    border-color: var(--cor-color-disabled-border);
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button.focus-ring:focus-visible {
      outline-color: ButtonText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
