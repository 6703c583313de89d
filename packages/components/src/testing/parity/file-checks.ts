// The parity set of a file field, against a native <input type="file">. A file input has no text
// value: a script can only set `value` to '' (anything else throws), and files come from the
// picker, a drop, or `input.files = dataTransfer.files`. So the value checks that type text or set
// a non-empty value cannot apply; the ones that do not depend on the value are reused unchanged,
// and the file-specific checks below set the same files through a DataTransfer on both sides.
//
// Value checks left out, and why:
// - form-data, reset, required, value-default, value-sanitization, reflection,
//   request-submit-invalid: they set a non-empty `value`, which a native file input refuses with
//   an InvalidStateError. Replaced by file-form-data, file-reset, file-required, file-reflection,
//   file-request-submit, which set files instead.
// - state-restore, state-restore-autocomplete-off: they restore a typed value. <cor-file-upload>
//   saves no state for back/forward (files are not given back to a page; documented).
// - readonly, input-events, user-invalid-edit, user-invalid-edit-undone: they type text; a file
//   input takes none (`readonly` does not apply to it; will-validate checks that it bars nothing).
// - label-click, labels: a click on the label of a file input opens the system file picker, which
//   a test cannot close in every engine. file-labels checks the `labels` list without the click.
// - implicit-submit, implicit-submit-no-button, implicit-submit-disabled-button: Enter on a file
//   input opens the picker; implicit submission is for text fields.
// - custom-validity: it ends with the field empty and required, where the native message is the
//   browser's own ("Please select a file.") and the component's the catalogue's, by design.
//   Replaced by file-custom-validity, which ends with a file chosen.
// - validity-flags, validation-message-es/en: they break `twin.constraints` by value. The one
//   constraint a native file input has is `required`, checked by file-required and
//   file-validation-message (the component's own message, «Seleccione un archivo»). The size and
//   type checks have no native counterpart (the component's own tests cover them).
import { expect } from '@open-wc/testing';
import { translate } from '../../i18n/registry.js';
import { settle } from '../stories.js';
import { check, type Check } from './checks.js';
import { flags, focused, pair, type Control, type Pair } from './fixture.js';
import type { Attrs, ValueTwin } from './twins.js';
import { VALUE_CHECKS } from './value-checks.js';

/** A file field: the native `<input type="file">` and the component's own attributes. */
export interface FileTwin {
  kind: 'file';
  native: () => HTMLElement;
  own?: Attrs;
}

/** The value checks that apply to a file field, unchanged (see the list above for the rest). */
const REUSED_IDS = new Set(
  [
    'form-elements',
    'form-data-submitter',
    'form-data-unnamed',
    'name-change',
    'disabled',
    'fieldset-disabled',
    'disabled-focus',
    'fieldset-legend',
    'form-attribute',
    'form-attribute-override',
    'check-validity',
    'report-validity',
    'form-validity',
    'will-validate',
    'validation-message-barred',
    'novalidate',
    'focus-blur',
    'autofocus',
    'tab-order',
    'tabindex-property',
    'user-invalid-initial',
    'user-invalid-script-then-leave',
    'user-invalid-submit',
    'user-invalid-report',
    'user-invalid-form-validity',
  ].map((name) => `parity:${name}`),
);
const REUSED = VALUE_CHECKS.filter((c) => REUSED_IDS.has(c.id));

/**
 * The twin as a value twin, for the reused checks and the fixture (a value control is mounted
 * with name="campo"). Its only value is '': the one a script can give a file input, so the value
 * attribute the reused checks set is inert on both sides and `el.value = ''` clears the files.
 */
const asValue = (twin: FileTwin): ValueTwin => ({
  ...twin,
  kind: 'value',
  values: ['', ''],
  sanitization: [],
  constraints: [],
});

type FileControl = Control & { files: FileList | null; multiple: boolean; accept: string };

/** Fresh files for one side: a PDF and a photo. */
function someFiles(count = 1): FileList {
  const files = [
    new File(['%PDF-1.4 informe'], 'informe.pdf', { type: 'application/pdf' }),
    new File(['foto'], 'foto carnet.jpg', { type: 'image/jpeg' }),
  ];
  const transfer = new DataTransfer();
  for (const file of files.slice(0, count)) transfer.items.add(file);
  return transfer.files;
}

/** FormData with files described by name, type and size (a plain string stays as it is). */
function fileEntries(form: HTMLFormElement, submitter?: HTMLElement | null): string[][] {
  return [...new FormData(form, submitter)].map(([key, value]) =>
    typeof value === 'string' ? [key, value] : [key, value.name, value.type, String(value.size)],
  );
}

const names = (el: FileControl) => [...(el.files ?? [])].map((file) => file.name);

/** A file check, run on the twin as a value twin (name="campo" on both sides). */
const fileCheck = (
  name: string,
  title: string,
  run: (pair: Pair & { twin: ValueTwin }) => Promise<unknown>,
): Check<FileTwin> =>
  check<FileTwin>(name, title, ({ tag, twin }) => {
    const value = asValue(twin);
    return run({ ...pair(tag, value), twin: value });
  });

export const FILE_CHECKS: Check<FileTwin>[] = [
  ...REUSED.map((c): Check<FileTwin> => ({
    ...c,
    run: ({ tag, twin }) => c.run({ ...pair(tag, asValue(twin)), twin: asValue(twin) }),
  })),

  fileCheck('file-form-data', 'FormData with no file, one, two, and cleared', ({ same }) =>
    same(async (side) => {
      const { form, el, counts } = await side.mount({ attrs: { multiple: true } });
      const control = el as FileControl;
      const none = fileEntries(form);
      control.files = someFiles(1);
      const one = fileEntries(form);
      control.files = someFiles(2);
      const two = fileEntries(form);
      el.value = '';
      return { none, one, two, cleared: fileEntries(form), formdataEvents: counts.formdata };
    }),
  ),

  fileCheck(
    'file-properties',
    'files and value: set by script, null ignored, cleared',
    ({ same }) =>
      same(async (side) => {
        const { el, counts } = await side.mount();
        const control = el as FileControl;
        const initial = { files: names(control), value: el.value };
        control.files = someFiles(2);
        const set = { files: names(control), value: el.value };
        control.files = null;
        const nullIgnored = names(control);
        el.value = '';
        return {
          initial,
          set,
          nullIgnored,
          cleared: { files: names(control), value: el.value },
          events: { input: counts.input ?? 0, change: counts.change ?? 0 },
        };
      }),
  ),

  fileCheck('file-reset', 'form.reset() clears the files', ({ same }) =>
    same(async (side) => {
      const { form, el, counts } = await side.mount();
      const control = el as FileControl;
      control.files = someFiles(1);
      form.reset();
      const afterReset = {
        files: names(control),
        value: el.value,
        data: fileEntries(form),
        resetEvents: counts.reset,
      };
      const required = await side.mount({ attrs: { required: true } });
      (required.el as FileControl).files = someFiles(1);
      const filled = flags(required.el);
      required.form.reset();
      return { afterReset, filled, requiredAfterReset: flags(required.el) };
    }),
  ),

  fileCheck('file-required', 'required and valueMissing, with files', ({ same }) =>
    same(async (side) => {
      const { el } = await side.mount();
      const control = el as FileControl;
      const steps: Record<string, unknown> = { initial: flags(el) };
      el.required = true;
      steps.requiredByProperty = flags(el);
      control.files = someFiles(1);
      steps.filled = flags(el);
      el.value = '';
      steps.emptied = flags(el);
      el.removeAttribute('required');
      steps.attributeRemoved = flags(el);
      el.setAttribute('required', '');
      steps.attributeAdded = flags(el);
      return steps;
    }),
  ),

  fileCheck(
    'file-validation-message',
    "valueMissing's message in the element's language (es, en), not the browser's",
    async ({ same }) => {
      const page = document.documentElement;
      const previous = page.lang;
      try {
        for (const [lang, pageLang] of [
          ['es', 'en'],
          ['en', 'es'],
        ] as const) {
          page.lang = pageLang; // the element's own language must win over the page's
          let message = '';
          await same(async (side) => {
            const { el } = await side.mount({ lang, attrs: { required: true } });
            if (side.kind === 'custom') message = el.validationMessage;
            const empty = flags(el);
            (el as FileControl).files = someFiles(1);
            return { empty, filled: flags(el), filledMessage: el.validationMessage };
          }, `flags, and no message once filled (${lang})`);
          expect(message, `catalogue message in ${lang}`).to.equal(
            translate(lang, 'fileValueMissing'),
          );
        }
      } finally {
        page.lang = previous;
      }
    },
  ),

  fileCheck('file-custom-validity', 'setCustomValidity, with and without files', ({ same }) =>
    same(async (side) => {
      const { el } = await side.mount({ attrs: { required: true } });
      const state = () => ({
        flags: flags(el),
        message: el.validationMessage,
        checkValidity: el.checkValidity(),
      });
      el.setCustomValidity('Este documento ya fue enviado');
      const set = state();
      (el as FileControl).files = someFiles(1);
      const stillSet = state();
      el.setCustomValidity('');
      return { set, stillSet, cleared: state() };
    }),
  ),

  fileCheck(
    'file-request-submit',
    'requestSubmit() blocked while empty, then sends the files',
    ({ same }) =>
      same(async (side) => {
        const { form, el, field, counts } = await side.mount({
          attrs: { required: true, multiple: true },
          field: {},
        });
        const sent: string[][][] = [];
        form.addEventListener('submit', (event) => {
          sent.push(fileEntries(form, (event as SubmitEvent).submitter));
        });
        field!.focus();
        form.requestSubmit();
        const blocked = {
          submits: counts.submit ?? 0,
          invalid: counts.invalid,
          focused: focused(el),
        };
        (el as FileControl).files = someFiles(2);
        form.requestSubmit();
        return { blocked, sent };
      }),
  ),

  fileCheck(
    'file-user-invalid-script',
    ':user-invalid: not set by files set and cleared by a script',
    ({ same }) =>
      same(async (side) => {
        const { el, field } = await side.mount({ attrs: { required: true }, field: {} });
        (el as FileControl).files = someFiles(1);
        el.value = '';
        const afterScript = side.userInvalid(el);
        el.focus();
        field!.focus();
        return { afterScript, afterFocusAndLeave: side.userInvalid(el) };
      }),
  ),

  fileCheck('file-reflection', 'properties reflect to their attributes, at once', ({ same }) =>
    same(async (side) => {
      const { el, root } = await side.mount();
      const control = el as FileControl;
      const reflected = ['name', 'required', 'disabled', 'multiple', 'accept'];
      const attributes = () => Object.fromEntries(reflected.map((a) => [a, el.getAttribute(a)]));
      el.name = 'adjunto';
      el.required = true;
      el.disabled = true;
      control.multiple = true;
      control.accept = '.pdf,image/*';
      const atOnce = attributes();
      await settle(root);
      const rendered = attributes();
      el.required = false;
      el.disabled = false;
      control.multiple = false;
      control.accept = '';
      return { atOnce, rendered, unsetAtOnce: attributes() };
    }),
  ),

  fileCheck('file-labels', 'labels: a wrapping <label> and a <label for>', ({ same }) =>
    same(async (side) => {
      const { el, form, label } = await side.mount({ where: 'label', label: true });
      const labelFor = form.querySelector('label[for]')!;
      const labels = [...(el.labels ?? [])];
      return {
        count: labels.length,
        wrapper: labels.includes(label!),
        for: labels.includes(labelFor),
      };
    }),
  ),
];
