/** Elements that act as a form's submit button, native or Cordillera. */
function isSubmitButton(element: Element): boolean {
  if (element instanceof HTMLButtonElement) return element.type === 'submit';
  if (element instanceof HTMLInputElement)
    return element.type === 'submit' || element.type === 'image';
  return 'isSubmitButton' in element && (element as { isSubmitButton: boolean }).isSubmitButton;
}

/** Fields that block implicit submission when there is no submit button (HTML §4.10.21.2). */
const BLOCKING_TYPES = new Set([
  'text',
  'search',
  'url',
  'tel',
  'email',
  'password',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
  'number',
]);

export function blocksImplicitSubmission(element: Element): boolean {
  if (element instanceof HTMLInputElement) return BLOCKING_TYPES.has(element.type);
  // A component says so itself when it differs from a text field (a textarea, a select…).
  const own = (element as { blocksImplicitSubmission?: unknown }).blocksImplicitSubmission;
  if (typeof own === 'boolean') return own;
  return element.localName.startsWith('cor-') && 'value' in element && !isSubmitButton(element);
}

/**
 * Enter in a text field, as the browser does it: the form's default button (its first submit
 * button) is clicked, so its name/value and its click handlers take part; a disabled default
 * button means nothing happens; with no button, the form submits only when it has a single field.
 */
export function submitImplicitly(form: HTMLFormElement): void {
  const elements = [...form.elements];
  const defaultButton = defaultButtonOf(form);
  if (defaultButton) {
    if (!defaultButton.matches(':disabled')) defaultButton.click();
    return;
  }
  if (elements.filter(blocksImplicitSubmission).length <= 1) form.requestSubmit();
}

/** The form's default button: its first submit button in tree order, native or Cordillera. */
export function defaultButtonOf(form: HTMLFormElement): HTMLElement | undefined {
  return [...form.elements].find(isSubmitButton) as HTMLElement | undefined;
}
