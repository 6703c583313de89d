import { css } from 'lit';

/**
 * What `<cor-textarea>` adds to the shared text-field box (core/input.styles.ts): a block box that
 * the person can make taller, the auto-growing box, and the count under it (GOV.UK's character
 * count: hint style, error style past the limit).
 */
export const textareaStyles = css`
  .input {
    display: block;
    resize: vertical;
  }
  /*
   * Auto-grow: the textarea and an invisible copy of its text overlap on one flex line (the copy
   * pulled back by its own width); the copy has the same box and font, so the line, and the
   * textarea stretched over it, is as tall as the text, and never shorter than its rows. (Flex,
   * not a grid cell: WebKit keeps a grid row's old height when only the width changes.) Nothing
   * is animated, so there is nothing for reduced motion to stop.
   */
  .grow {
    display: flex;
    min-inline-size: 0;
  }
  .grow > * {
    flex: 0 0 100%;
  }
  .grow > .mirror {
    margin-inline-start: -100%;
  }
  .input.autogrow {
    overflow-y: hidden;
    resize: none;
  }
  .mirror {
    visibility: hidden;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    pointer-events: none;
  }
  .input.over {
    border-color: var(--cor-input-error-border-color);
  }
  .count {
    margin: 0;
    color: var(--cor-color-text-secondary);
  }
  .count.over {
    font-weight: var(--cor-font-weight-bold);
    color: var(--cor-color-error);
  }
  /* Below the threshold the count keeps its place, so the page does not jump when it appears. */
  .count.below-threshold {
    visibility: hidden;
  }
`;
