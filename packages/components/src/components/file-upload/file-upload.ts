import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { hostStyles } from '../../core/cor-element.js';
import { describedBy, renderFieldHeader, type FieldParts } from '../../core/field-template.js';
import { fieldStyles } from '../../core/field.styles.js';
import { focusRing } from '../../core/focus.styles.js';
import { SlotController } from '../../core/slot-controller.js';
import {
  CorValidatedControl,
  toText,
  type ConstraintFailure,
} from '../../core/validated-control.js';
import type { ValidityFlags } from '../../core/validation-messages.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import {
  acceptTokens,
  describeAccept,
  fileMatchesAccept,
  formatFileSize,
  parseFileSize,
} from './file-rules.js';
import { fileUploadStyles } from './file-upload.styles.js';

export {
  acceptTokens,
  describeAccept,
  fileMatchesAccept,
  formatFileSize,
  parseFileSize,
} from './file-rules.js';
import { fileUploadStrings } from '../../i18n/strings/file-upload.js';

const KIND_TERMS: Record<string, MessageKey> = {
  image: 'fileTypeImage',
  audio: 'fileTypeAudio',
  video: 'fileTypeVideo',
  text: 'fileTypeText',
};

/** A FileList holding `files` (FileList has no constructor; DataTransfer builds one). */
function toFileList(files: readonly File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

function sameFiles(list: FileList | null, files: readonly File[]): boolean {
  if (!list || list.length !== files.length) return false;
  return files.every((file, i) => list[i] === file);
}

/** A drag that carries files (not text or a link dragged from the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * A field for uploading one or more files, with its label, hint and error message, built on a
 * native `<input type="file">`: the native control is what the keyboard reaches and what opens
 * the system's file picker, painted with a button face in the page's language. Files can also be
 * dropped anywhere on the field (an enhancement, as in GOV.UK Frontend's drop zone); dropped files
 * go into the native input and behave exactly like chosen ones.
 *
 * Form: every file reaches `FormData` under `name` (one entry per file; with no file, one empty
 * file entry, as a native file input sends). `form.reset()` clears the files; a disabled
 * `<fieldset>` disables the field; `form="id"` works.
 *
 * Validation, with messages from the catalogue in the element's language, shown only after the
 * person chose files or tried to submit: `required` (`valueMissing`, «Seleccione un archivo»),
 * a type `accept` does not list (`typeMismatch`, «El archivo debe ser PDF, JPG o PNG») and a
 * file over `max-size` (`rangeOverflow`, «El archivo debe pesar menos de 5 MB»). With several
 * files, the message names the file. The browser's file picker only suggests the `accept`
 * types; the person can still pick another, so the check runs on every file.
 *
 * The chosen files are listed under the button with their sizes and announced through a polite
 * live region («Archivo seleccionado: informe.pdf», «3 archivos seleccionados»).
 *
 * @summary File upload field: native file input, drop zone, size and type checks, announced choice.
 *
 * @slot label - Rich label content; overrides the `label` attribute.
 * @slot hint - Rich hint content; overrides the `hint` attribute.
 *
 * @csspart form-group - The wrapper of label, hint, error and drop zone.
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart error - The error message.
 * @csspart drop-zone - The dashed box around the button, the instruction and the file list.
 * @csspart button - The button face painted over the native input.
 * @csspart control - The native `<input type="file">` (transparent, over the button face).
 * @csspart files - The list of chosen files.
 *
 * @fires input - When the person chooses or drops files (composed, as the native event).
 * @fires change - When the person chooses or drops files (re-dispatched from the native input).
 * @fires cancel - When the person closes the file picker without choosing (where the browser
 * fires it).
 * @fires invalid - When a validity check fails, as on a native input.
 */
export class CorFileUpload extends CorValidatedControl {
  protected static override strings = fileUploadStrings;

  static override styles = [hostStyles, fieldStyles, focusRing, fileUploadStyles];

  /** The question the field answers. Required (by attribute or slot) for accessibility. */
  @property() label = '';

  /** Help under the label: which document, which formats and how large it may be. */
  @property() hint = '';

  /**
   * The file types to offer and accept, as the native attribute: extensions and MIME types
   * separated by commas (`.pdf,.jpg,image/png`, `image/*`). A chosen or dropped file of
   * another type makes the field invalid.
   */
  @property({ reflect: true }) accept = '';

  /** The person may choose several files. Without it, a drop keeps only the first file. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /**
   * The largest file allowed: a number of bytes (`5000000`) or a size with its unit (`5 MB`,
   * `1,5 MB`, `500 kB`, `2 MiB`; kB/MB/GB are decimal). A larger file makes the field invalid.
   * Anything else means no limit (with a development warning).
   */
  @property({ attribute: 'max-size' }) maxSize: number | string | undefined;

  @state() private dragging = false;
  @state() private announcement = '';

  private selected: readonly File[] = [];
  private list: FileList | undefined;
  private dragDepth = 0;
  private written: { name: string; files: readonly File[] } | undefined;
  private readonly slots = new SlotController(this, ['label', 'hint']);

  constructor() {
    super();
    this.addEventListener('dragenter', (event) => this.onDragEnter(event));
    this.addEventListener('dragover', (event) => this.onDragOver(event));
    this.addEventListener('dragleave', () => this.onDragLeave());
    this.addEventListener('drop', (event) => this.onDrop(event));
  }

  /**
   * The chosen files, as the native input's `files`. Assign a FileList (for example
   * `dataTransfer.files`) to set them from a script: as natively, that fires no event and shows
   * no error until the person interacts. `null` and anything that is not a FileList are ignored.
   */
  @property({ attribute: false, noAccessor: true })
  get files(): FileList {
    return (this.list ??= toFileList(this.selected));
  }
  set files(value: FileList | null) {
    if (value === null || value === undefined) return;
    if (!(value instanceof FileList)) {
      this.warn('`files` takes a FileList (for example `dataTransfer.files`); ignored.');
      return;
    }
    this.select([...value], value);
  }

  /**
   * The path of the first file as browsers report it (`C:\fakepath\informe.pdf`), or `''`.
   * As on a native file input, the only value a script can set is `''`, which clears the files.
   * @readonly
   */
  get value(): string {
    const first = this.selected[0];
    return first ? `C:\\fakepath\\${first.name}` : '';
  }
  set value(value: unknown) {
    if (toText(value) === '') this.select([]);
    else this.warn('`value` can only be set to "" (which clears the files), as on a native input.');
  }

  /** The limit of `max-size` in bytes, or null when there is none. */
  get maxBytes(): number | null {
    return parseFileSize(this.maxSize);
  }

  private get input(): HTMLInputElement | null {
    return (this.renderRoot as ShadowRoot | undefined)?.querySelector('input') ?? null;
  }

  // ----- Form state -----

  formResetCallback(): void {
    this.select([]);
    this.forgetInteraction();
    this.requestUpdate();
  }

  /** Files are not restored on back/forward navigation (nothing is saved for it). */
  formStateRestoreCallback(): void {
    // Deliberately empty: writeFormValue() saves no state, and a page should not get files back.
  }

  protected writeFormValue(): void {
    // The base classes' own fields are set (and call this) before this class's fields exist.
    if (!this.selected) return;
    const input = this.input;
    if (input && !sameFiles(input.files, this.selected)) input.files = this.files;
    const name = this.name;
    // Built again only when the name or the files change (this runs on every property change).
    if (this.written?.name === name && this.written.files === this.selected) return;
    this.written = { name, files: this.selected };
    if (!name) {
      // A FormData value is submitted as is, whatever the name: no name, nothing submitted.
      this.internals.setFormValue(null, null);
      return;
    }
    const data = new FormData();
    // With no file, a native file input submits one empty file (no name, no content).
    if (this.selected.length === 0) {
      data.append(name, new File([], '', { type: 'application/octet-stream' }));
    }
    for (const file of this.selected) data.append(name, file);
    this.internals.setFormValue(data, null);
  }

  protected constraintFailure(): ConstraintFailure | null {
    // Disabled, the field is barred from validation (willValidate false, checkValidity() true),
    // but its flags stay set, as a native file input's do.
    if (!this.selected) return null;
    const anchor = this.input ?? undefined;
    const files = this.selected;
    if (files.length === 0) {
      return this.required
        ? { flags: { valueMissing: true }, message: this.localize.term('fileValueMissing'), anchor }
        : null;
    }
    const tokens = acceptTokens(this.accept);
    const wrongType = files.find((file) => !fileMatchesAccept(file, tokens));
    const max = this.maxBytes;
    const tooLarge = max === null ? undefined : files.find((file) => file.size > max);
    if (!wrongType && !tooLarge) return null;
    const flags: ValidityFlags = {};
    if (wrongType) flags.typeMismatch = true;
    if (tooLarge) flags.rangeOverflow = true;
    // The type first: a file of the wrong type cannot be used whatever its size.
    const several = files.length > 1;
    const message = wrongType
      ? this.localize.term(several ? 'fileWrongTypeNamed' : 'fileWrongType', {
          name: wrongType.name,
          types: this.acceptedTypes(tokens),
        })
      : this.localize.term(several ? 'fileTooLargeNamed' : 'fileTooLarge', {
          name: tooLarge!.name,
          max: formatFileSize(max!, this.localize.language),
        });
    return { flags, message, anchor };
  }

  /** «PDF, JPG o PNG», «PDF o una imagen»: what `accept` allows, in the element's language. */
  private acceptedTypes(tokens: string[]): string {
    const { formats, kinds } = describeAccept(tokens);
    const words = [
      ...formats,
      ...kinds.map((kind) => (KIND_TERMS[kind] ? this.localize.term(KIND_TERMS[kind]) : kind)),
    ];
    return new Intl.ListFormat(this.localize.language, { type: 'disjunction' }).format(words);
  }

  /** Takes `files` as the selection (with the FileList they came in, when there is one). */
  private select(files: readonly File[], list?: FileList): void {
    const same =
      files.length === this.selected.length && files.every((file, i) => file === this.selected[i]);
    if (same) return;
    this.selected = [...files];
    this.list = list;
    this.requestUpdate();
  }

  // ----- The person's actions -----

  private onInput(event: Event): void {
    // Before the `input` event leaves the shadow root, so listeners on the host see the files.
    const input = event.target as HTMLInputElement;
    this.select([...(input.files ?? [])], input.files ?? undefined);
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.select([...(input.files ?? [])], input.files ?? undefined);
    this.chosen();
    // The native change event does not leave the shadow root: re-dispatch it from the host.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private onCancel(): void {
    this.dispatchEvent(new Event('cancel', { bubbles: true }));
  }

  private onDragEnter(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (this.isDisabled) return;
    if (this.dragDepth++ === 0) {
      this.dragging = true;
      this.announce(this.localize.term('fileDropEntered'));
    }
  }

  private onDragOver(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    // Cancelled even when disabled, so the browser does not open the file in place of the page.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = this.isDisabled ? 'none' : 'copy';
  }

  private onDragLeave(): void {
    if (!this.dragging) return;
    if (--this.dragDepth > 0) return;
    this.dragDepth = 0;
    this.dragging = false;
    this.announce(this.localize.term('fileDropLeft'));
  }

  private onDrop(event: DragEvent): void {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    this.dragDepth = 0;
    this.dragging = false;
    if (this.isDisabled) return;
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length === 0) return;
    // One file unless `multiple`, as the native picker would allow.
    this.select(this.multiple ? dropped : dropped.slice(0, 1));
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.chosen();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** The person chose or dropped files: errors may show now, and the choice is announced. */
  private chosen(): void {
    this.markInteracted();
    const count = this.selected.length;
    let text =
      count === 0
        ? this.localize.term('fileNone')
        : count === 1
          ? this.localize.term('fileSelected', { name: this.selected[0]!.name })
          : this.localize.term('filesSelected', { count });
    // The field keeps focus, so a new error is announced with the choice (not a stale server one).
    const problem = this.userInvalid ? this.validationMessage : '';
    if (problem) text += `. ${this.localize.term('errorPrefix')} ${problem}`;
    this.announce(text);
  }

  /** Polite announcement: emptied first, so the same words twice are announced twice. */
  private announce(text: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => {
      this.announcement = text;
    });
  }

  // ----- Rendering -----

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.label && !this.slots.has('label')) {
      this.warn('needs a label: set the `label` attribute or fill the `label` slot.');
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('maxSize') && this.maxSize !== undefined && this.maxSize !== null) {
      if (this.maxSize !== '' && this.maxBytes === null) {
        this.warn(
          `max-size="${toText(this.maxSize)}" is not a size such as 5000000 or "5 MB"; no limit.`,
        );
      }
    }
  }

  protected override render() {
    const error = this.visibleError;
    const parts: FieldParts = {
      controlId: 'control',
      label: toText(this.label),
      hint: toText(this.hint),
      hasHintSlot: this.slots.has('hint'),
      error,
      errorPrefix: this.localize.term('errorPrefix'),
    };
    const described = describedBy(parts);
    const multiple = Boolean(this.multiple);
    const disabled = this.isDisabled;
    const language = this.localize.language;
    const zoneClass = ['drop-zone', this.dragging && 'dragging', disabled && 'disabled']
      .filter(Boolean)
      .join(' ');
    const accept = toText(this.accept);
    return html`
      <div part="form-group" class="group ${error ? 'has-error' : ''}">
        ${renderFieldHeader(parts)}
        <div part="drop-zone" class=${zoneClass}>
          <div class="row">
            <span class="picker">
              <input
                part="control"
                id="control"
                class="input focus-ring"
                type="file"
                accept=${ifDefined(accept || undefined)}
                ?multiple=${multiple}
                ?required=${this.required}
                ?disabled=${disabled}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${ifDefined(described || undefined)}
                @input=${this.onInput}
                @change=${this.onChange}
                @cancel=${this.onCancel}
              />
              <span part="button" class="face" aria-hidden="true"
                >${this.localize.term(multiple ? 'fileChooseMultiple' : 'fileChoose')}</span
              >
            </span>
            <span class="instruction"
              >${this.localize.term(multiple ? 'fileDropMultiple' : 'fileDrop')}</span
            >
          </div>
          ${
            this.selected.length
              ? html`<ul part="files" class="files">
                  ${this.selected.map(
                    (file) =>
                      html`<li>
                        ${file.name}
                        <span class="size">(${formatFileSize(file.size, language, true)})</span>
                      </li>`,
                  )}
                </ul>`
              : html`<p class="status">${this.localize.term('fileNone')}</p>`
          }
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }
}
