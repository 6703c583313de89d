import { css } from 'lit';

export const buttonStyles = css`
  /* Full width on narrow screens, as GOV.UK does, so the main action is easy to hit. */
  :host {
    display: block;
    max-inline-size: 100%;
    margin-block-end: var(--cor-space-5);
  }
  .button {
    --_cor-background: var(--cor-button-primary-background);
    --_cor-background-hover: var(--cor-button-primary-background-hover);
    --_cor-background-active: var(--cor-button-primary-background-active);
    --_cor-text: var(--cor-button-primary-text);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--cor-space-2);
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--cor-button-min-height);
    margin: 0;
    padding: var(--cor-button-padding-block) var(--cor-button-padding-inline);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-body);
    font-weight: var(--cor-button-font-weight);
    line-height: var(--cor-line-height-heading);
    text-align: center;
    text-decoration: none;
    overflow-wrap: anywhere;
    color: var(--_cor-text);
    background: var(--_cor-background);
    /* Transparent in colour modes; forced-colors mode paints it, so the button keeps a boundary. */
    border: var(--cor-border-width) solid transparent;
    border-radius: var(--cor-button-radius);
    box-shadow: 0 var(--cor-border-width) 0 var(--cor-button-shadow-color);
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
    transition: background-color var(--cor-motion-duration-fast) var(--cor-motion-easing-standard);
  }
  .button:hover {
    background: var(--_cor-background-hover);
  }
  .button:active {
    background: var(--_cor-background-active);
  }
  .secondary {
    --_cor-background: var(--cor-button-secondary-background);
    --_cor-background-hover: var(--cor-button-secondary-background-hover);
    --_cor-background-active: var(--cor-button-secondary-background-hover);
    --_cor-text: var(--cor-button-secondary-text);
  }
  .warning {
    --_cor-background: var(--cor-button-warning-background);
    --_cor-background-hover: var(--cor-button-warning-background-hover);
    --_cor-background-active: var(--cor-button-warning-background-hover);
    --_cor-text: var(--cor-button-warning-text);
  }
  .start {
    font-size: var(--cor-button-start-font-size);
    font-weight: var(--cor-font-weight-bold);
  }
  .icon {
    flex: none;
    inline-size: var(--cor-size-icon);
    block-size: var(--cor-size-icon);
    fill: currentColor;
  }
  :host(:dir(rtl)) .icon {
    transform: scaleX(-1);
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    color: var(--cor-color-disabled-text);
    background: var(--cor-color-disabled-background);
    border-color: var(--cor-color-disabled-border);
    box-shadow: none;
    cursor: not-allowed;
  }
  @media (min-width: 40rem) {
    :host {
      display: inline-block;
      vertical-align: top;
      /* Buttons side by side keep a clear gap (GOV.UK's button group spacing). */
      margin-inline-end: var(--cor-space-4);
    }
    .button {
      inline-size: auto;
    }
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
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
