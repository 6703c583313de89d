import { css } from 'lit';

export const officialBannerStyles = css`
  :host {
    display: block;
  }
  .banner {
    color: var(--cor-color-text);
    background: var(--cor-color-surface-subtle);
    /* Keeps the strip apart from a header of the same colour (and in the high-contrast theme). */
    border-block-end: var(--cor-border-width-thin) solid var(--cor-color-border-subtle);
    font-family: var(--cor-font-family);
    font-size: var(--cor-font-size-small);
    line-height: var(--cor-line-height-body);
    overflow-wrap: anywhere;
  }
  .inner {
    max-inline-size: var(--cor-official-banner-max-width, none);
    margin-inline: auto;
    padding-inline: var(--cor-space-4);
  }
  /* The mark stays beside the message; on a narrow screen the button goes under the text. */
  .header {
    display: flex;
    align-items: flex-start;
    gap: var(--cor-space-2);
    padding-block: var(--cor-space-1);
  }
  .mark {
    flex: none;
    inline-size: var(--cor-size-icon);
    block-size: var(--cor-size-icon);
    /* Centred on the first line of text. */
    margin-block-start: calc(
      (var(--cor-font-size-small) * var(--cor-line-height-body) - var(--cor-size-icon)) / 2
    );
    fill: var(--cor-color-action);
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--cor-space-2);
    min-inline-size: 0;
  }
  .text {
    min-inline-size: 0;
    margin: 0;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--cor-space-1);
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: var(--cor-size-target-min);
    margin: 0;
    padding: 0 var(--cor-space-1);
    font: inherit;
    color: var(--cor-color-link);
    text-align: start;
    text-decoration: underline;
    background: none;
    border: 0;
    border-radius: 0;
    cursor: pointer;
    -webkit-appearance: none;
    appearance: none;
  }
  .toggle:hover {
    color: var(--cor-color-link-hover);
  }
  .toggle-text {
    min-inline-size: 0;
  }
  .chevron {
    flex: none;
    inline-size: var(--cor-font-size-small);
    block-size: var(--cor-font-size-small);
    fill: currentColor;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: scaleY(-1);
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--cor-space-4);
    padding-block: var(--cor-space-3) var(--cor-space-5);
  }
  .content[hidden] {
    display: none;
  }
  .item {
    display: flex;
    align-items: flex-start;
    gap: var(--cor-space-3);
    min-inline-size: 0;
  }
  .item-icon {
    flex: none;
    inline-size: var(--cor-size-icon);
    block-size: var(--cor-size-icon);
    margin-block-start: calc(
      (var(--cor-font-size-small) * var(--cor-line-height-body) - var(--cor-size-icon)) / 2
    );
    fill: var(--cor-color-text-secondary);
  }
  .item-text {
    min-inline-size: 0;
    margin: 0;
  }
  .item-title {
    display: block;
    font-weight: var(--cor-font-weight-bold);
  }
  .inline-lock {
    display: inline-block;
    vertical-align: text-bottom;
    inline-size: var(--cor-font-size-small);
    block-size: var(--cor-font-size-small);
    fill: currentColor;
  }
  @media (min-width: 40rem) {
    .content {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--cor-space-6);
    }
  }
  @media (forced-colors: active) {
    .banner {
      border-block-end-color: CanvasText;
    }
    .toggle {
      color: LinkText;
    }
    .mark,
    .item-icon {
      fill: CanvasText;
    }
  }
`;
