import { css } from 'lit';

/**
 * The drop zone (a dashed box, solid while files are dragged over it), the button face painted
 * under the transparent native input, the instruction and the list of chosen files.
 */
export const fileUploadStyles = css`
  .drop-zone {
    display: flex;
    flex-direction: column;
    gap: var(--cor-space-2);
    padding: var(--cor-space-3);
    color: var(--cor-color-text);
    background: var(--cor-color-surface);
    border: var(--cor-border-width-thick) dashed var(--cor-color-border);
    border-radius: var(--cor-radius-small);
  }
  .has-error .drop-zone {
    border-color: var(--cor-color-error);
  }
  .drop-zone.disabled {
    border-color: var(--cor-color-disabled-border);
  }
  .drop-zone.dragging {
    background: var(--cor-color-surface-subtle);
    border-style: solid;
    border-color: var(--cor-color-action);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cor-space-2) var(--cor-space-3);
  }
  /* The native input lies over the face, the same size, and takes the clicks, the keyboard and
     the focus; it is transparent because its own button text and "no file chosen" are in the
     browser's language. The face paints the button, and the focus ring, in the page's. */
  .picker {
    position: relative;
    display: inline-flex;
    max-inline-size: 100%;
  }
  .input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0;
    opacity: 0;
    cursor: pointer;
  }
  .input::file-selector-button {
    cursor: pointer;
  }
  .face {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--cor-button-min-height);
    padding: var(--cor-button-padding-block) var(--cor-button-padding-inline);
    font-weight: var(--cor-button-font-weight);
    line-height: var(--cor-line-height-heading);
    color: var(--cor-button-secondary-text);
    background: var(--cor-button-secondary-background);
    border: var(--cor-border-width) solid transparent;
    border-radius: var(--cor-button-radius);
    box-shadow: 0 var(--cor-border-width) 0 var(--cor-button-shadow-color);
    transition: background-color var(--cor-motion-duration-fast) var(--cor-motion-easing-standard);
  }
  .picker:hover .face {
    background: var(--cor-button-secondary-background-hover);
  }
  /* The ring of focus.styles.ts, drawn where people see the button. */
  .input:focus-visible + .face {
    outline: var(--cor-focus-width) solid var(--cor-color-focus);
    outline-offset: var(--cor-focus-inner-width);
    box-shadow: 0 0 0 var(--cor-focus-inner-width) var(--cor-color-focus-inner);
  }
  .instruction,
  .status {
    color: var(--cor-color-text-secondary);
  }
  .status,
  .files {
    margin: 0;
  }
  .files {
    padding-inline-start: var(--cor-space-5);
  }
  .size {
    color: var(--cor-color-text-secondary);
    white-space: nowrap;
  }
  /* Dimmed but readable: the face is text, not a native control that axe and WCAG let off. */
  .disabled .face {
    color: var(--cor-color-text-secondary);
    background: var(--cor-color-surface-subtle);
    border-color: var(--cor-color-disabled-border);
    box-shadow: none;
  }
  .disabled .input,
  .disabled .input::file-selector-button {
    cursor: not-allowed;
  }
  /* Touch screens without a pointer cannot drag files onto the page: no drop instruction there. */
  @media (hover: none) and (pointer: coarse) {
    .instruction {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .face {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .drop-zone {
      border-color: CanvasText;
    }
    .drop-zone.disabled {
      border-color: var(--cor-color-disabled-border);
    }
    .drop-zone.dragging {
      border-color: Highlight;
    }
    .face {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    .disabled .face {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
