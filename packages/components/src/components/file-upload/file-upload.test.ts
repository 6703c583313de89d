// What only <cor-file-upload> does. The shared suites already prove the rest against a native
// file input (parity), in every story, theme and language (contract), and with bad input.
import { expect, fixture, html } from '@open-wc/testing';
import { accessibleDescription, accessibleName } from '../../testing/accessibility-tree.js';
import { deepActiveElement, pressTab } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../file-upload.js';
import {
  describeAccept,
  formatFileSize,
  parseFileSize,
  type CorFileUpload,
} from './file-upload.js';

const input = (el: CorFileUpload) => el.shadowRoot!.querySelector('input')!;
const zone = (el: CorFileUpload) => el.shadowRoot!.querySelector<HTMLElement>('[part=drop-zone]')!;
const region = (el: CorFileUpload) => el.shadowRoot!.querySelector<HTMLElement>('[aria-live]')!;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const file = (name: string, size = 10, type = '') =>
  new File([new Uint8Array(size)], name, { type });

function transfer(files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
}

/** What a person dropping files does: a drag entering the zone, then the drop. */
function drop(target: Element, files: File[]): void {
  const dataTransfer = transfer(files);
  const init = { dataTransfer, bubbles: true, composed: true, cancelable: true };
  target.dispatchEvent(new DragEvent('dragenter', init));
  target.dispatchEvent(new DragEvent('dragover', init));
  target.dispatchEvent(new DragEvent('drop', init));
}

/** Both renders of an announcement: emptied, then the words. */
async function announced(el: CorFileUpload): Promise<string> {
  await el.updateComplete;
  await el.updateComplete;
  return squash(region(el).textContent);
}

describe('cor-file-upload', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
  });

  describe('sizes and types, for people', () => {
    it('reads max-size in bytes or with a unit, decimal comma or point', () => {
      expect(parseFileSize(5_000_000)).to.equal(5_000_000);
      expect(parseFileSize('5000000')).to.equal(5_000_000);
      expect(parseFileSize('5 MB')).to.equal(5_000_000);
      expect(parseFileSize('1,5 MB')).to.equal(1_500_000);
      expect(parseFileSize('1.5mb')).to.equal(1_500_000);
      expect(parseFileSize('500 kB')).to.equal(500_000);
      expect(parseFileSize('2 MiB')).to.equal(2_097_152);
      for (const bad of ['', 'cinco', '-1', '0', '5 TB', null, {}, NaN]) {
        expect(parseFileSize(bad), String(bad)).to.equal(null);
      }
    });

    it('writes sizes with Intl in the language: «1,5 MB» in Spanish, "1.5 MB" in English', () => {
      expect(formatFileSize(1_500_000, 'es')).to.equal('1,5 MB');
      expect(formatFileSize(1_500_000, 'en')).to.equal('1.5 MB');
      expect(formatFileSize(5_000_000, 'es')).to.equal('5 MB');
      expect(formatFileSize(820_000, 'es')).to.equal('820 kB');
      expect(formatFileSize(2_040_000, 'es', true), 'a file rounds up').to.equal('2,1 MB');
    });

    it('names accepted types as people do, without repeats', () => {
      expect(
        describeAccept(['.pdf', '.jpg', '.jpeg', 'image/jpeg', 'image/png', 'image/*', 'x/*']),
      ).to.deep.equal({ formats: ['PDF', 'JPG', 'PNG'], kinds: ['image', 'x/*'] });
    });
  });

  describe('validity messages, after the person chose files', () => {
    it('max-size: rangeOverflow and «El archivo debe pesar menos de 1,5 MB» (en: 1.5 MB)', async () => {
      const el = await fixture<CorFileUpload>(
        html`<cor-file-upload label="Foto" max-size="1,5 MB"></cor-file-upload>`,
      );
      el.files = transfer([file('foto.jpg', 1_600_000, 'image/jpeg')]).files;
      await el.updateComplete;
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.validationMessage).to.equal('El archivo debe pesar menos de 1,5 MB');
      expect(
        el.shadowRoot!.querySelector('[part=error]')!.hasAttribute('hidden'),
        'not yet shown',
      ).to.equal(true);

      el.lang = 'en';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('The file must be smaller than 1.5 MB');

      el.files = transfer([file('foto.jpg', 1_500_000, 'image/jpeg')]).files;
      expect(el.validity.valid, 'exactly the limit is allowed').to.equal(true);
    });

    it('accept: typeMismatch, «El archivo debe ser PDF, JPG o PNG»; named when several', async () => {
      const el = await fixture<CorFileUpload>(
        html`<cor-file-upload
          label="Certificado"
          accept=".pdf,image/jpeg,.png"
          max-size="1 kB"
          multiple
        ></cor-file-upload>`,
      );
      el.files = transfer([file('planilla.xlsx', 2000)]).files;
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.validationMessage, 'the type first').to.equal('El archivo debe ser PDF, JPG o PNG');

      el.files = transfer([file('Informe.PDF', 10), file('foto.png', 3000, 'image/png')]).files;
      expect(el.validity.typeMismatch).to.equal(false);
      expect(el.validationMessage).to.equal('El archivo foto.png debe pesar menos de 1 kB');

      el.accept = 'image/*,.pdf';
      el.lang = 'en';
      el.files = transfer([file('a.pdf'), file('notas.txt', 10, 'text/plain')]).files;
      await el.updateComplete;
      expect(el.validationMessage).to.equal('The file notas.txt must be PDF or an image');
    });

    it('required without a file: «Seleccione un archivo»', async () => {
      const el = await fixture<CorFileUpload>(
        html`<cor-file-upload label="Cédula" required></cor-file-upload>`,
      );
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Seleccione un archivo');
    });

    it('warns in development about a max-size it cannot read, and sets no limit', async () => {
      const warnings = captureWarnings();
      let el: CorFileUpload;
      try {
        el = await fixture<CorFileUpload>(
          html`<cor-file-upload label="Foto" max-size="cinco megas"></cor-file-upload>`,
        );
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.match(/max-size="cinco megas"/);
      el.files = transfer([file('foto.jpg', 9_000_000)]).files;
      expect(el.validity.valid).to.equal(true);
    });
  });

  describe('drop zone', () => {
    it('takes dropped files into the native input, like chosen ones: events, FormData, list', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-file-upload label="Boletas" name="boletas" multiple></cor-file-upload>
        </form>
      `);
      const el = form.querySelector('cor-file-upload')!;
      const seen: string[] = [];
      for (const type of ['input', 'change']) {
        el.addEventListener(type, () => seen.push(`${type}:${el.files.length}`));
      }
      const files = [file('boleta-1.pdf', 1_234_567), file('boleta-2.pdf', 20)];
      drop(zone(el), files);
      expect(seen).to.deep.equal(['input:2', 'change:2']);
      expect([...el.files]).to.deep.equal(files);
      expect(new FormData(form).getAll('boletas')).to.deep.equal(files);
      await el.updateComplete;
      expect([...input(el).files!], 'in the native input').to.deep.equal(files);
      expect(squash(el.shadowRoot!.querySelector('[part=files]')!.textContent)).to.equal(
        'boleta-1.pdf (1,3 MB) boleta-2.pdf (20 B)',
      );

      form.reset();
      await el.updateComplete;
      expect(el.files.length).to.equal(0);
      expect(input(el).files!.length).to.equal(0);
      const [empty] = new FormData(form).getAll('boletas') as File[];
      expect([empty!.name, empty!.size], 'one empty file, as a native input sends').to.deep.equal([
        '',
        0,
      ]);
      expect(squash(zone(el).textContent)).to.contain('Ningún archivo seleccionado');
    });

    it('takes a choice from the native picker the same way, change re-dispatched from the host', async () => {
      const el = await fixture<CorFileUpload>(
        html`<cor-file-upload label="Cédula" name="cedula"></cor-file-upload>`,
      );
      const seen: string[] = [];
      for (const type of ['input', 'change', 'cancel']) {
        el.addEventListener(type, (event) =>
          seen.push(`${type}:${el.files.length}:${event.composed}`),
        );
      }
      const chosen = file('cedula.pdf');
      // What the browser does when the person picks a file: the files, then input and change.
      input(el).files = transfer([chosen]).files;
      input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input(el).dispatchEvent(new Event('change', { bubbles: true }));
      input(el).dispatchEvent(new Event('cancel', { bubbles: true }));
      expect(seen).to.deep.equal(['input:1:true', 'change:1:false', 'cancel:1:false']);
      expect(el.value).to.equal('C:\\fakepath\\cedula.pdf');
      expect(await announced(el)).to.equal('Archivo seleccionado: cedula.pdf');
    });

    it('shows the drag over it, keeps one file without multiple, and ignores drops when disabled', async () => {
      const el = await fixture<CorFileUpload>(
        html`<cor-file-upload label="Cédula"></cor-file-upload>`,
      );
      const init = { dataTransfer: transfer([file('a.pdf')]), bubbles: true, composed: true };
      zone(el).dispatchEvent(new DragEvent('dragenter', init));
      await el.updateComplete;
      expect(zone(el).classList.contains('dragging')).to.equal(true);
      zone(el).dispatchEvent(new DragEvent('dragleave', init));
      await el.updateComplete;
      expect(zone(el).classList.contains('dragging')).to.equal(false);

      drop(zone(el), [file('anverso.jpg'), file('reverso.jpg')]);
      expect([...el.files].map((f) => f.name)).to.deep.equal(['anverso.jpg']);

      el.disabled = true;
      await el.updateComplete;
      drop(zone(el), [file('otra.jpg')]);
      expect([...el.files].map((f) => f.name)).to.deep.equal(['anverso.jpg']);
    });

    it('never takes focus: the native input is the one Tab stop', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <input aria-label="antes" />
          <cor-file-upload label="Cédula"></cor-file-upload>
          <input aria-label="después" />
        </div>
      `);
      const el = root.querySelector('cor-file-upload')!;
      root.querySelector('input')!.focus();
      await pressTab();
      expect(deepActiveElement()).to.equal(input(el));
      drop(zone(el), [file('a.pdf')]);
      await el.updateComplete;
      expect(deepActiveElement(), 'a drop moves no focus').to.equal(input(el));
      await pressTab();
      expect(deepActiveElement()).to.equal(root.querySelectorAll('input')[1]);
    });
  });

  describe('announcements and the accessible description', () => {
    it('announces the choice in a live region that was there before, with a new error', async () => {
      const el = await fixture<CorFileUpload>(
        html`<cor-file-upload label="Documentos" multiple max-size="1 MB"></cor-file-upload>`,
      );
      const live = region(el);
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(squash(live.textContent), 'empty before any change').to.equal('');

      drop(zone(el), [file('informe.pdf')]);
      expect(await announced(el)).to.equal('Archivo seleccionado: informe.pdf');
      expect(region(el), 'the same region').to.equal(live);

      drop(zone(el), [file('a.pdf'), file('b.pdf'), file('c.pdf', 2_000_000)]);
      expect(await announced(el)).to.equal(
        '3 archivos seleccionados. Error: El archivo c.pdf debe pesar menos de 1 MB',
      );

      el.lang = 'en';
      await el.updateComplete;
      drop(zone(el), [file('report.pdf')]);
      expect(await announced(el)).to.equal('File chosen: report.pdf');
    });

    it('names the input by its label and puts hint and error in its description', async () => {
      const el = await fixture<CorFileUpload>(html`
        <cor-file-upload label="Foto" hint="JPG de hasta 2 MB" max-size="2 MB"></cor-file-upload>
      `);
      expect(accessibleName(input(el))).to.equal('Foto');
      expect(accessibleDescription(input(el))).to.equal('JPG de hasta 2 MB');

      drop(zone(el), [file('foto.jpg', 3_000_000)]);
      await el.updateComplete;
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(input(el))).to.equal(
        'JPG de hasta 2 MB Error: El archivo debe pesar menos de 2 MB',
      );

      el.error = 'No pudimos leer el archivo';
      el.lang = 'en';
      await el.updateComplete;
      expect(accessibleDescription(input(el)), "the service's message wins").to.equal(
        'JPG de hasta 2 MB Error: No pudimos leer el archivo',
      );
    });
  });
});
