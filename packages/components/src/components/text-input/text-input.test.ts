import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import { setDevWarnings } from '../../core/dev.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { BAD_STRINGS, BAD_VALUES, canaryHit, resetCanary } from '../../testing/bad-input.js';
import { deepActiveElement, pressTab } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../text-input.js';
import '../../button.js';
import type { CorTextInput } from './text-input.js';

const inner = (el: CorTextInput) => el.shadowRoot!.querySelector('input')!;

async function typeInto(el: CorTextInput, text: string): Promise<void> {
  el.focus();
  // One key at a time: WebKit's driver drops repeated characters in a single `type`.
  for (const char of text) await sendKeys({ type: char });
  await el.updateComplete;
}

describe('cor-text-input', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  describe('label, hint, error and accessible name', () => {
    it('names the input by its label and describes it by hint and error', async () => {
      const el = await fixture<CorTextInput>(html`
        <cor-text-input label="Nombre completo" hint="Como aparece en su cédula"></cor-text-input>
      `);
      const input = inner(el);
      expect(accessibleRole(input)).to.equal('textbox');
      expect(accessibleName(input)).to.equal('Nombre completo');
      expect(accessibleDescription(input)).to.equal('Como aparece en su cédula');
      expect(input.getAttribute('aria-invalid')).to.equal('false');

      el.error = 'Ingrese su nombre completo';
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(input)).to.equal(
        'Como aparece en su cédula Error: Ingrese su nombre completo',
      );
    });

    it('reads the error prefix in the element language and follows <html lang> changes', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Email" error="Enter your email"></cor-text-input>`,
      );
      expect(accessibleDescription(inner(el))).to.equal('Error: Enter your email');
      document.documentElement.lang = 'en';
      setStrings('en', { errorPrefix: 'Problem:' });
      await el.updateComplete;
      expect(accessibleDescription(inner(el))).to.equal('Problem: Enter your email');
    });

    it('accepts a rich label and hint through slots', async () => {
      const el = await fixture<CorTextInput>(html`
        <cor-text-input>
          <span slot="label">¿Cuál es su <strong>correo</strong>?</span>
          <span slot="hint">Le enviaremos la confirmación</span>
        </cor-text-input>
      `);
      expect(accessibleName(inner(el))).to.equal('¿Cuál es su correo?');
      expect(accessibleDescription(inner(el))).to.equal('Le enviaremos la confirmación');
    });

    it('includes prefix and suffix in the description', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Peso" suffix="kg" prefix="≈"></cor-text-input>`,
      );
      expect(el.shadowRoot!.querySelector('[part=prefix]')!.textContent).to.equal('≈');
      expect(el.shadowRoot!.querySelector('[part=suffix]')!.textContent).to.equal('kg');
      expect(accessibleDescription(inner(el))).to.equal('≈ kg');
    });

    it('warns in development when there is no label', async () => {
      const warnings = captureWarnings();
      try {
        await fixture(html`<cor-text-input name="sin-etiqueta-${Math.random()}"></cor-text-input>`);
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.match(/needs a label/);
    });
  });

  describe('as a form control, like a native input', () => {
    it('submits its value under its name, and `form.reset()` restores the value attribute', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><cor-text-input label="Comuna" name="comuna" value="Ñuñoa"></cor-text-input></form>
      `);
      const el = form.querySelector('cor-text-input')!;
      expect([...form.elements].includes(el)).to.equal(true);
      expect(new FormData(form).get('comuna')).to.equal('Ñuñoa');

      el.value = 'Providencia';
      expect(new FormData(form).get('comuna')).to.equal('Providencia');
      expect(el.defaultValue).to.equal('Ñuñoa');
      el.setAttribute('value', 'Maipú');
      expect(el.value, 'a changed value ignores the value attribute').to.equal('Providencia');

      form.reset();
      expect(el.value).to.equal('Maipú');
      expect(new FormData(form).get('comuna')).to.equal('Maipú');
      await el.updateComplete;
      expect(inner(el).value).to.equal('Maipú');
    });

    it('takes what the person types, and fires input and change from the host', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-text-input label="Nombre" name="nombre"></cor-text-input></form>`,
      );
      const el = form.querySelector('cor-text-input')!;
      let inputs = 0;
      el.addEventListener('input', () => inputs++);
      const change = oneEvent(el, 'change');
      await typeInto(el, 'Ana');
      expect(el.value).to.equal('Ana');
      expect(inputs).to.equal(3);
      expect(new FormData(form).get('nombre')).to.equal('Ana');
      el.blur();
      inner(el).dispatchEvent(new Event('change'));
      await change;
    });

    it('is left out when disabled, by itself or by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <fieldset>
            <cor-text-input label="Teléfono" name="telefono" value="912345678"></cor-text-input>
          </fieldset>
        </form>
      `);
      const el = form.querySelector('cor-text-input')!;
      const fieldset = form.querySelector('fieldset')!;
      el.disabled = true;
      expect(el.hasAttribute('disabled'), 'reflected at once').to.equal(true);
      expect(new FormData(form).has('telefono')).to.equal(false);
      el.disabled = false;
      expect(new FormData(form).has('telefono')).to.equal(true);

      fieldset.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('telefono')).to.equal(false);
      expect(inner(el).disabled).to.equal(true);
      expect(el.willValidate).to.equal(false);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(inner(el).disabled).to.equal(false);
    });

    it('joins a form elsewhere on the page with form="id"', async () => {
      const wrapper = await fixture(html`
        <div>
          <form id="f-remote"></form>
          <cor-text-input form="f-remote" label="RUT" name="rut" value="1-9"></cor-text-input>
        </div>
      `);
      const form = wrapper.querySelector('form')!;
      const el = wrapper.querySelector('cor-text-input')!;
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('rut')).to.equal('1-9');
    });

    it('submits the form on Enter through its default button, with the button value', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-text-input label="Nombre" name="nombre" value="Ana"></cor-text-input>
          <cor-button name="accion" value="continuar">Continuar</cor-button>
        </form>
      `);
      const el = form.querySelector('cor-text-input')!;
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form, (event as SubmitEvent).submitter);
      });
      el.focus();
      await sendKeys({ press: 'Enter' });
      expect(data?.get('nombre')).to.equal('Ana');
      expect(data?.get('accion')).to.equal('continuar');
    });

    it('submits a single-field form on Enter when there is no button', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <cor-text-input label="Buscar" name="q" value="licencia"></cor-text-input>
        </form>`,
      );
      const submitted = oneEvent(form, 'submit');
      form.addEventListener('submit', (event) => event.preventDefault());
      form.querySelector('cor-text-input')!.focus();
      await sendKeys({ press: 'Enter' });
      await submitted;
    });

    it('restores state through formStateRestoreCallback', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Nombre"></cor-text-input>`,
      );
      el.formStateRestoreCallback('restaurado');
      expect(el.value).to.equal('restaurado');
      el.formStateRestoreCallback(null);
      expect(el.value).to.equal('restaurado');
    });
  });

  describe('validity', () => {
    it('reports valueMissing with a Spanish message, in English when the page is', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Nombre" required></cor-text-input>`,
      );
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Complete este campo');
      document.documentElement.lang = 'en';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Complete this field');
      el.value = 'Ana';
      expect(el.validity.valid).to.equal(true);
      expect(el.validationMessage).to.equal('');
    });

    it('lets a service reword a message', async () => {
      setStrings('es', { valueMissing: 'Ingrese su nombre' });
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Nombre" required></cor-text-input>`,
      );
      expect(el.validationMessage).to.equal('Ingrese su nombre');
    });

    it('explains type, pattern and length problems', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Correo" type="email" value="ana"></cor-text-input>`,
      );
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validationMessage).to.contain('nombre@ejemplo.cl');

      el.type = 'text';
      el.pattern = '[0-9]+';
      await el.updateComplete;
      expect(el.validity.patternMismatch).to.equal(true);
      expect(el.validationMessage).to.equal('Ingrese el dato con el formato indicado');

      el.pattern = undefined;
      el.value = '';
      el.minLength = 3;
      await el.updateComplete;
      await typeInto(el, 'ab');
      expect(el.validity.tooShort, 'after the person edits, as natively').to.equal(true);
      expect(el.validationMessage).to.equal('Escriba al menos 3 caracteres (ahora tiene 2)');
    });

    it('checks number ranges with messages that name the limit', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input
          label="Edad"
          type="number"
          min="18"
          max="120"
          value="12"
        ></cor-text-input>`,
      );
      expect(el.validity.rangeUnderflow).to.equal(true);
      expect(el.validationMessage).to.equal('Ingrese un número igual o mayor que 18');
    });

    it('supports setCustomValidity, and fires invalid on check/report', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Nombre"></cor-text-input>`,
      );
      el.setCustomValidity('Este nombre ya está registrado');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Este nombre ya está registrado');
      const invalid = oneEvent(el, 'invalid');
      expect(el.checkValidity()).to.equal(false);
      await invalid;
      el.setCustomValidity('');
      expect(el.checkValidity()).to.equal(true);
    });

    it('is barred from validation when readonly, like a native input', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Folio" required readonly></cor-text-input>`,
      );
      expect(el.willValidate).to.equal(false);
      expect(el.checkValidity()).to.equal(true);
    });

    it('shows the client message and :state(user-invalid) only after the person tried', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><cor-text-input label="Nombre" name="nombre" required></cor-text-input></form>
      `);
      const el = form.querySelector('cor-text-input')!;
      el.checkValidity();
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)'), 'not before interaction').to.equal(false);
      expect(el.shadowRoot!.querySelector('[part=error]')!.hasAttribute('hidden')).to.equal(true);

      form.requestSubmit();
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)'), 'after a submit attempt').to.equal(true);
      expect(accessibleDescription(inner(el))).to.equal('Error: Complete este campo');

      form.reset();
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)'), 'reset clears it').to.equal(false);
    });
  });

  describe('focus and keyboard', () => {
    it('delegates focus to the input and is reached with Tab and Shift+Tab', async () => {
      const wrapper = await fixture(html`
        <div>
          <button>antes</button>
          <cor-text-input label="Nombre"></cor-text-input>
          <button>después</button>
        </div>
      `);
      const [before, after] = wrapper.querySelectorAll('button');
      const el = wrapper.querySelector('cor-text-input')!;
      before!.focus();
      await pressTab();
      expect(deepActiveElement()).to.equal(inner(el));
      await pressTab();
      expect(deepActiveElement()).to.equal(after);
      await pressTab(true);
      expect(deepActiveElement()).to.equal(inner(el));
    });

    it('focuses the inner input from a link to the host id (error summary)', async () => {
      const wrapper = await fixture(html`
        <div>
          <a href="#nombre-completo">Ingrese su nombre</a>
          <cor-text-input id="nombre-completo" label="Nombre"></cor-text-input>
        </div>
      `);
      wrapper.querySelector('a')!.click();
      const el = wrapper.querySelector('cor-text-input')!;
      expect(deepActiveElement()).to.equal(inner(el));
    });

    it('has a 44 px tall target', async () => {
      const el = await fixture<CorTextInput>(
        html`<cor-text-input label="Nombre"></cor-text-input>`,
      );
      expect(inner(el).getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('bad input', () => {
    it('falls back to documented defaults for unknown enumerated values', async () => {
      const warnings = captureWarnings();
      setDevWarnings(true);
      try {
        const el = await fixture<CorTextInput>(
          html`<cor-text-input label="Dato" type="fecha" width="enorme"></cor-text-input>`,
        );
        expect(inner(el).type).to.equal('text');
        expect(el.shadowRoot!.querySelector('.width-full')).to.exist;
      } finally {
        setDevWarnings(undefined);
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.contain('type="fecha"');
    });

    for (const [name, text] of Object.entries(BAD_STRINGS)) {
      it(`keeps and shows "${name}" text as text, through attributes and properties`, async () => {
        resetCanary();
        const el = await fixture<CorTextInput>(html`<cor-text-input></cor-text-input>`);
        el.setAttribute('label', text);
        el.hint = text;
        el.error = text;
        el.value = text;
        el.prefixText = text;
        await el.updateComplete;
        // A single-line field keeps what a native input keeps: everything but line breaks.
        expect(el.value).to.equal(text.replace(/[\r\n]/g, ''));
        expect(inner(el).value).to.equal(el.value);
        expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal(text);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        expect(canaryHit()).to.equal(false);
      });
    }

    for (const [name, value] of Object.entries(BAD_VALUES)) {
      it(`accepts ${name} for every property without throwing`, async () => {
        const el = await fixture<CorTextInput>(
          html`<cor-text-input label="Dato"></cor-text-input>`,
        );
        for (const prop of [
          'label',
          'hint',
          'error',
          'value',
          'type',
          'width',
          'minLength',
          'maxLength',
          'pattern',
          'prefixText',
          'autocomplete',
          'inputMode',
        ]) {
          (el as unknown as Record<string, unknown>)[prop] = value;
        }
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('input')).to.exist;
        expect(typeof el.value).to.equal('string');
      });
    }

    it('survives 1,000 connect/disconnect cycles with its value intact', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement('cor-text-input');
      el.label = 'Nombre';
      el.name = 'nombre';
      el.value = 'Ana';
      for (let i = 0; i < 1000; i++) {
        form.append(el);
        el.remove();
      }
      form.append(el);
      await el.updateComplete;
      expect(el.value).to.equal('Ana');
      expect(new FormData(form).get('nombre')).to.equal('Ana');
    });

    it('keeps properties set before the element was defined', async () => {
      const el = document.createElement('cor-text-input-late') as CorTextInput;
      (el as unknown as { value: string }).value = 'temprano';
      (el as unknown as { label: string }).label = 'Nombre';
      document.body.append(el);
      const { CorTextInput } = await import('./text-input.js');
      customElements.define('cor-text-input-late', class extends CorTextInput {});
      await el.updateComplete;
      expect(el.value).to.equal('temprano');
      expect(inner(el).value).to.equal('temprano');
      el.remove();
    });
  });
});
