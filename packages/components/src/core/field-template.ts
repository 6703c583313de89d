import { html, nothing, type TemplateResult } from 'lit';

export interface FieldParts {
  /** id of the native control the label is for. */
  controlId: string;
  label: string;
  hint: string;
  hasHintSlot: boolean;
  error: string;
  errorPrefix: string;
}

/**
 * The label, hint and error of a field, in one shadow root with its control so that `for` and
 * `aria-describedby` are same-root references. Author text is rendered as text, never markup.
 */
export function renderFieldHeader(parts: FieldParts): TemplateResult {
  const hasHint = parts.hint !== '' || parts.hasHintSlot;
  return html`
    <label part="label" id="label" class="label" for=${parts.controlId}
      ><slot name="label">${parts.label}</slot></label
    >
    <div part="hint" id="hint" class="hint" ?hidden=${!hasHint}>
      <slot name="hint">${parts.hint}</slot>
    </div>
    <p part="error" id="error" class="error" ?hidden=${!parts.error}>
      ${
        parts.error
          ? html`<span class="visually-hidden">${parts.errorPrefix} </span>${parts.error}`
          : nothing
      }
    </p>
  `;
}

/** The ids a control's `aria-describedby` lists: the hint, then the error, when present. */
export function describedBy(parts: FieldParts, ...extra: (string | false)[]): string {
  const ids = [
    parts.hint !== '' || parts.hasHintSlot ? 'hint' : '',
    parts.error ? 'error' : '',
    ...extra,
  ].filter(Boolean);
  return ids.join(' ');
}
