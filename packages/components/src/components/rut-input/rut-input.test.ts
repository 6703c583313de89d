import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setDevWarnings } from '../../core/dev.js';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { BAD_STRINGS, canaryHit, resetCanary } from '../../testing/bad-input.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../button.js';
import '../../rut-input.js';
import type { CorRutInput } from './rut-input.js';

const inner = (el: CorRutInput) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: CorRutInput) =>
  el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ').trim();

/** Real key presses, one at a time (WebKit's driver drops repeated characters in one `type`). */
async function typeKeys(text: string): Promise<void> {
  for (const char of text) await sendKeys({ type: char });
}

async function typeInto(el: CorRutInput, text: string): Promise<void> {
  el.focus();
  await typeKeys(text);
  await el.updateComplete;
}

/** What a paste or an input method puts in the field: characters no driver types everywhere. */
async function pasteInto(el: CorRutInput, text: string): Promise<void> {
  const input = inner(el);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** `text` as FormData keeps it: lone surrogates become U+FFFD. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** A form with a RUT field and a field after it (to leave the RUT field with Tab). */
async function rutForm(attributes = '') {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <cor-rut-input label="RUT" name="rut"></cor-rut-input>
      <input name="otro" aria-label="Otro dato" />
    </form>
  `);
  const el = form.querySelector('cor-rut-input')!;
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    el.setAttribute(name!, value);
  }
  await el.updateComplete;
  return { form, el, data: () => new FormData(form).get('rut') };
}

describe('cor-rut-input', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  describe('label, hint, error and the native input', () => {
    it('names the input by its label and describes it by hint and error', async () => {
      const el = await fixture<CorRutInput>(
        html`<cor-rut-input label="RUT" hint="Por ejemplo, 12.345.678-5"></cor-rut-input>`,
      );
      const input = inner(el);
      expect(accessibleRole(input)).to.equal('textbox');
      expect(accessibleName(input)).to.equal('RUT');
      expect(accessibleDescription(input)).to.equal('Por ejemplo, 12.345.678-5');
      expect(input.getAttribute('aria-invalid')).to.equal('false');

      el.error = 'Este RUT no está inscrito';
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(input)).to.equal(
        'Por ejemplo, 12.345.678-5 Error: Este RUT no está inscrito',
      );
    });

    it('provides no hint of its own', async () => {
      const el = await fixture<CorRutInput>(html`<cor-rut-input label="RUT"></cor-rut-input>`);
      expect(el.shadowRoot!.querySelector('[part=hint]')!.hasAttribute('hidden')).to.equal(true);
      expect(inner(el).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('asks for a text keyboard (K), no autofill, no spelling check, no length limit', async () => {
      const el = await fixture<CorRutInput>(html`<cor-rut-input label="RUT"></cor-rut-input>`);
      const input = inner(el);
      expect(input.type).to.equal('text');
      expect(input.getAttribute('inputmode')).to.equal('text');
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.getAttribute('autocapitalize')).to.equal('characters');
      expect(input.maxLength, 'no character is refused').to.equal(-1);
      expect(input.hasAttribute('pattern')).to.equal(false);
    });

    it('says required to assistive technology', async () => {
      const el = await fixture<CorRutInput>(
        html`<cor-rut-input label="RUT" required></cor-rut-input>`,
      );
      expect(inner(el).getAttribute('aria-required')).to.equal('true');
      el.required = false;
      await el.updateComplete;
      expect(inner(el).hasAttribute('aria-required')).to.equal(false);
    });

    it('accepts a rich label through the slot', async () => {
      const el = await fixture<CorRutInput>(html`
        <cor-rut-input
          ><span slot="label"><abbr title="Rol Único Tributario">RUT</abbr> de la empresa</span
          ><span slot="hint">Está en su certificado de inicio de actividades</span></cor-rut-input
        >
      `);
      expect(accessibleName(inner(el))).to.equal('RUT de la empresa');
      expect(accessibleDescription(inner(el))).to.equal(
        'Está en su certificado de inicio de actividades',
      );
    });

    it('warns in development when there is no label', async () => {
      const warnings = captureWarnings();
      try {
        await fixture(html`<cor-rut-input name="sin-etiqueta"></cor-rut-input>`);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.match(/needs a label/);
    });
  });

  describe('while typing: the text is never rewritten', () => {
    it('keeps every character as typed, and the caret where the person put it', async () => {
      const { el } = await rutForm();
      await typeInto(el, '123456785');
      expect(el.value, 'not reformatted while typing').to.equal('123456785');
      await pressKey('ArrowLeft');
      await typeKeys('-');
      await el.updateComplete;
      const input = inner(el);
      expect(input.value).to.equal('12345678-5');
      expect(el.value).to.equal('12345678-5');
      expect([input.selectionStart, input.selectionEnd], 'caret after the hyphen').to.deep.equal([
        9, 9,
      ]);
      // Characters that can never be part of a RUT are not refused either.
      await typeKeys('x ');
      await el.updateComplete;
      expect(input.value).to.equal('12345678-x 5');
      expect(input.selectionStart).to.equal(11);
    });

    it('fires input for each key, from the host (composed)', async () => {
      const { el } = await rutForm();
      let inputs = 0;
      el.addEventListener('input', () => inputs++);
      await typeInto(el, '1-9');
      expect(inputs).to.equal(3);
    });
  });

  describe('on leaving the field', () => {
    it('shows a valid RUT in the canonical form, before change reaches listeners', async () => {
      const { el, data } = await rutForm();
      await typeInto(el, '10000013k');
      expect(el.value).to.equal('10000013k');
      let seen = '';
      el.addEventListener('change', () => (seen = el.value));
      await pressTab();
      await el.updateComplete;
      expect(seen, 'the change listener sees the canonical form').to.equal('10.000.013-K');
      expect(el.value).to.equal('10.000.013-K');
      expect(inner(el).value).to.equal('10.000.013-K');
      expect(data()).to.equal('10000013-K');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('leaves an invalid RUT exactly as typed, and shows why', async () => {
      const { el, data } = await rutForm();
      await typeInto(el, '12.345.678-4');
      expect(errorText(el), 'no message while typing for the first time').to.equal('');
      await pressTab();
      await el.updateComplete;
      expect(el.value).to.equal('12.345.678-4');
      expect(data(), 'what the person typed, never lost').to.equal('12.345.678-4');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(errorText(el)).to.equal('Error: El dígito verificador no corresponde');
      expect(accessibleDescription(inner(el))).to.equal(
        'Error: El dígito verificador no corresponde',
      );
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('clears the error as soon as the RUT is corrected, and reformats on leaving', async () => {
      const { el } = await rutForm();
      await typeInto(el, 'ab');
      await pressTab();
      await el.updateComplete;
      expect(errorText(el)).to.equal('Error: Ingrese un RUT válido, por ejemplo 12.345.678-5');
      el.focus();
      await pressKey('Backspace');
      await pressKey('Backspace');
      await typeKeys('76086428-5');
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)'), 'valid while still editing').to.equal(false);
      expect(errorText(el)).to.equal('');
      expect(el.value, 'not yet reformatted').to.equal('76086428-5');
      await pressTab();
      expect(el.value).to.equal('76.086.428-5');
    });

    it('does not reformat a value set by script, nor when the person only passes through', async () => {
      const { el } = await rutForm();
      el.value = '760864285';
      el.focus();
      await pressTab();
      expect(el.value).to.equal('760864285');
    });
  });

  describe('the submitted value', () => {
    it('is the normalized RUT when valid, whatever the field shows', async () => {
      const { el, data } = await rutForm();
      for (const typed of ['76.086.428-5', '760864285', ' 76 086 428 - 5 ', '076086428-5']) {
        el.value = typed;
        expect(el.value, 'value is the text in the field').to.equal(typed);
        expect(el.normalizedValue).to.equal('76086428-5');
        expect(data(), typed).to.equal('76086428-5');
      }
    });

    it('is what the person wrote when invalid, and normalizedValue is empty', async () => {
      const { el, data } = await rutForm();
      for (const typed of ['76.086.428-4', 'Ñuñoa', '1234567890-1']) {
        el.value = typed;
        expect(data()).to.equal(typed);
        expect(el.normalizedValue).to.equal('');
      }
      el.value = '';
      expect(data()).to.equal('');
    });

    it('takes pasted full-width digits and dashes', async () => {
      const { el, data } = await rutForm();
      await pasteInto(el, '７６．０８６．４２８－５');
      expect(el.value).to.equal('７６．０８６．４２８－５');
      expect(data()).to.equal('76086428-5');
      expect(el.validity.valid).to.equal(true);
      await pasteInto(el, '76.086.428—5');
      expect(data(), 'em dash').to.equal('76086428-5');
    });

    it('follows `format`: plain (default), dots or nohyphen', async () => {
      const { el, data } = await rutForm();
      el.value = '10.000.013-k';
      expect(data()).to.equal('10000013-K');
      el.format = 'dots';
      expect(data()).to.equal('10.000.013-K');
      el.setAttribute('format', 'nohyphen');
      expect(data()).to.equal('10000013K');
      el.value = '10.000.013-0';
      expect(data(), 'invalid: as typed, whatever the format').to.equal('10.000.013-0');
    });

    it('falls back to plain for an unknown format, with a development warning', async () => {
      const warnings = captureWarnings();
      setDevWarnings(true);
      try {
        const { el, data } = await rutForm('format=puntos');
        el.value = '76.086.428-5';
        expect(data()).to.equal('76086428-5');
      } finally {
        setDevWarnings(undefined);
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.contain('format="puntos"');
    });

    it('goes back to the value attribute on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><cor-rut-input label="RUT" name="rut" value="7654321-6"></cor-rut-input></form>
      `);
      const el = form.querySelector('cor-rut-input')!;
      expect(el.value).to.equal('7654321-6');
      el.value = '76.086.428-5';
      form.reset();
      expect(el.value).to.equal('7654321-6');
      expect(new FormData(form).get('rut')).to.equal('7654321-6');
      await el.updateComplete;
      expect(inner(el).value).to.equal('7654321-6');
    });

    it('submits the normalized RUT on Enter, with the button value', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-rut-input label="RUT" name="rut"></cor-rut-input>
          <cor-button name="accion" value="continuar">Continuar</cor-button>
        </form>
      `);
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form, (event as SubmitEvent).submitter);
      });
      await typeInto(form.querySelector('cor-rut-input')!, '7.654.321-6');
      await sendKeys({ press: 'Enter' });
      expect(data?.get('rut')).to.equal('7654321-6');
      expect(data?.get('accion')).to.equal('continuar');
    });

    it('restores the text the field showed (back/forward), submitted normalized', async () => {
      const { el, data } = await rutForm();
      el.formStateRestoreCallback('7.654.321-6');
      expect(el.value).to.equal('7.654.321-6');
      expect(data()).to.equal('7654321-6');
    });
  });

  describe('validity and messages', () => {
    it('is valid when empty and not required', async () => {
      const { el } = await rutForm();
      expect(el.validity.valid).to.equal(true);
      el.value = '   ';
      expect(el.validity.valid, 'spaces only count as empty').to.equal(true);
    });

    it('asks for the RUT when required and empty (or only spaces)', async () => {
      const { el } = await rutForm('required');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Ingrese el RUT');
      el.value = '  ';
      expect(el.validity.valueMissing).to.equal(true);
      document.documentElement.lang = 'en';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Enter the RUT');
      el.value = '7654321-6';
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
    });

    it('sets patternMismatch with a message that says what is wrong, in es and en', async () => {
      const { el } = await rutForm('reject-placeholders');
      const cases: [string, string, string][] = [
        [
          'abc',
          'Ingrese un RUT válido, por ejemplo 12.345.678-5',
          'Enter a valid RUT, for example 12.345.678-5',
        ],
        [
          '123.456.789-0',
          'Ingrese un RUT válido, por ejemplo 12.345.678-5',
          'Enter a valid RUT, for example 12.345.678-5',
        ],
        ['7.654.321-K', 'El dígito verificador no corresponde', 'The check digit does not match'],
        [
          '11.111.111-1',
          'Ingrese un RUT real, no uno de ejemplo como 11.111.111-1',
          'Enter a real RUT, not an example one like 11.111.111-1',
        ],
      ];
      for (const [typed, es, en] of cases) {
        el.lang = 'es';
        el.value = typed;
        await el.updateComplete;
        expect(el.validity.patternMismatch, typed).to.equal(true);
        expect(el.validity.customError, typed).to.equal(false);
        expect(el.checkValidity(), typed).to.equal(false);
        expect(el.validationMessage).to.equal(es);
        el.lang = 'en';
        await el.updateComplete;
        expect(el.validationMessage).to.equal(en);
      }
    });

    it('rejects placeholder RUTs only with reject-placeholders', async () => {
      const { el } = await rutForm();
      el.value = '22.222.222-2';
      expect(el.validity.valid).to.equal(true);
      el.rejectPlaceholders = true;
      expect(el.validity.patternMismatch).to.equal(true);
      el.removeAttribute('reject-placeholders');
      el.setAttribute('reject-placeholders', '');
      expect(el.validity.patternMismatch).to.equal(true);
      el.removeAttribute('reject-placeholders');
      expect(el.validity.valid).to.equal(true);
    });

    it('lets a service reword the RUT messages', async () => {
      setStrings('es', { rutCheckDigit: 'Revise el número después del guion' });
      const { el } = await rutForm();
      el.value = '7.654.321-K';
      expect(el.validationMessage).to.equal('Revise el número después del guion');
    });

    it('keeps setCustomValidity above its own checks', async () => {
      const { el } = await rutForm();
      el.value = '7654321-6';
      el.setCustomValidity('Este RUT ya está inscrito');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Este RUT ya está inscrito');
      el.setCustomValidity('');
      expect(el.validity.valid).to.equal(true);
    });

    it('is barred from validation when readonly, and still submits normalized', async () => {
      const { el, data } = await rutForm('readonly required');
      expect(el.willValidate).to.equal(false);
      expect(el.checkValidity()).to.equal(true);
      el.value = '7.654.321-6';
      expect(data()).to.equal('7654321-6');
    });

    it('shows a RUT error after a submit attempt, and blocks it', async () => {
      const { form, el } = await rutForm();
      el.value = '7.654.321-0';
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      form.requestSubmit();
      await el.updateComplete;
      expect(submits).to.equal(0);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(errorText(el)).to.equal('Error: El dígito verificador no corresponde');
    });

    it(':state(user-invalid) follows a fix typed after leaving, as a native input does', async () => {
      // The shared parity check "user-invalid-edit" fixes its value with "12", which is not a
      // RUT; this is the same sequence with a real RUT.
      const { el } = await rutForm();
      await typeInto(el, 'ab');
      expect(el.matches(':state(user-invalid)'), 'while editing').to.equal(false);
      await pressTab();
      expect(el.matches(':state(user-invalid)'), 'after leaving').to.equal(true);
      el.focus();
      await pressKey('Backspace');
      await pressKey('Backspace');
      await typeKeys('1-9');
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)'), 'fixed while editing').to.equal(false);
    });
  });

  describe('focus and keyboard', () => {
    it('delegates focus to the input and is reached with Tab and Shift+Tab', async () => {
      const wrapper = await fixture(html`
        <div>
          <button>antes</button>
          <cor-rut-input label="RUT"></cor-rut-input>
          <button>después</button>
        </div>
      `);
      const [before, after] = wrapper.querySelectorAll('button');
      const el = wrapper.querySelector('cor-rut-input')!;
      before!.focus();
      await pressTab();
      expect(deepActiveElement()).to.equal(inner(el));
      await pressTab();
      expect(deepActiveElement()).to.equal(after);
      await pressTab(true);
      expect(deepActiveElement()).to.equal(inner(el));
    });

    it('has a 44 px tall target wide enough for a RUT with dots and K', async () => {
      const el = await fixture<CorRutInput>(html`<cor-rut-input label="RUT"></cor-rut-input>`);
      const input = inner(el);
      el.value = '12.345.678-K';
      await el.updateComplete;
      expect(input.getBoundingClientRect().height).to.be.at.least(44);
      expect(input.scrollWidth, 'no scrolling inside the field').to.be.at.most(input.clientWidth);
    });
  });

  describe('bad input', () => {
    for (const [name, text] of Object.entries(BAD_STRINGS)) {
      it(`keeps "${name}" text as typed, shown as text, submitted as typed`, async () => {
        resetCanary();
        const { el, data } = await rutForm();
        el.setAttribute('label', text);
        el.hint = text;
        el.value = text;
        await el.updateComplete;
        expect(el.value).to.equal(text.replace(/[\r\n]/g, ''));
        expect(inner(el).value).to.equal(el.value);
        // FormData holds well-formed text: a lone surrogate becomes U+FFFD, as natively.
        expect(data()).to.equal(wellFormed(el.value));
        expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal(text);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        expect(canaryHit()).to.equal(false);
      });
    }

    it('keeps properties set before the element was defined', async () => {
      const el = document.createElement('cor-rut-input-late') as CorRutInput;
      Object.assign(el, { value: '7654321-6', label: 'RUT', format: 'dots' });
      const form = document.createElement('form');
      form.append(el);
      document.body.append(form);
      const { CorRutInput } = await import('./rut-input.js');
      const warnings = captureWarnings(); // connected before its label property is applied
      try {
        customElements.define('cor-rut-input-late', class extends CorRutInput {});
        await el.updateComplete;
      } finally {
        warnings.restore();
      }
      el.setAttribute('name', 'rut');
      expect(inner(el).value).to.equal('7654321-6');
      expect(new FormData(form).get('rut')).to.equal('7.654.321-6');
      form.remove();
    });
  });

  it('re-dispatches change from the host when the person leaves after a change', async () => {
    const { el } = await rutForm();
    const change = oneEvent(el, 'change');
    await typeInto(el, '1-9');
    await pressTab();
    const event = await change;
    expect(event.bubbles).to.equal(true);
    expect(el.value).to.equal('1-9');
  });
});
