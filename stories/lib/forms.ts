// What the component stories share: optional attributes from args, and a form that shows what it
// would send instead of leaving the page. Not a stories module.
import { ifDefined } from 'lit/directives/if-defined.js';

/** An attribute from an optional arg: an empty value leaves the attribute out. */
export const text = (value: string | undefined) => ifDefined(value || undefined);

/** Shows what the form sends in its `<output>`, instead of leaving the page. */
export function showSubmission(event: SubmitEvent): void {
  event.preventDefault();
  const form = event.currentTarget as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const sent = [...data.entries()].map(([key, value]) => `${key}=${String(value)}`).join(', ');
  const output = form.querySelector('output');
  if (output) output.textContent = `Formulario enviado: ${sent || '(sin datos)'}`;
}
