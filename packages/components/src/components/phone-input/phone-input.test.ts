import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { BAD_STRINGS, BAD_VALUES, canaryHit, resetCanary } from '../../testing/bad-input.js';
import { deepActiveElement, pressKey, pressTab, typeText } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../phone-input.js';
import '../../button.js';
import type { CorPhoneInput } from './phone-input.js';

const inner = (el: CorPhoneInput) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: CorPhoneInput) =>
  el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ').trim();

async function typeInto(el: CorPhoneInput, text: string): Promise<void> {
  el.focus();
  await typeText(text);
  await el.updateComplete;
}

/** A form with the field and a button after it, so Tab has somewhere to go. */
async function inForm() {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <cor-phone-input label="Teléfono" name="telefono"></cor-phone-input>
      <button type="button">Después</button>
    </form>
  `);
  return { form, el: form.querySelector('cor-phone-input')! };
}

describe('cor-phone-input', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  describe('the native input, its name and description', () => {
    it('is a tel input with the phone keyboard, national autofill and no spellcheck', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono móvil"></cor-phone-input>`,
      );
      const input = inner(el);
      expect(input.type).to.equal('tel');
      expect(input.getAttribute('inputmode')).to.equal('tel');
      expect(input.autocomplete).to.equal('tel-national');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(accessibleRole(input)).to.equal('textbox');
      expect(accessibleName(input), 'the label alone, not the +56').to.equal('Teléfono móvil');
    });

    it('lets the service change the autofill hint, and falls back when it is removed', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono" autocomplete="tel"></cor-phone-input>`,
      );
      expect(inner(el).autocomplete).to.equal('tel');
      el.autocomplete = undefined;
      await el.updateComplete;
      expect(inner(el).autocomplete).to.equal('tel-national');
      el.setAttribute('autocomplete', 'off');
      await el.updateComplete;
      expect(inner(el).autocomplete).to.equal('off');
    });

    it('shows +56 before the input and reads it in the description, after hint and error', async () => {
      const el = await fixture<CorPhoneInput>(html`
        <cor-phone-input label="Teléfono" hint="Por ejemplo, 9 1234 5678"></cor-phone-input>
      `);
      const prefix = el.shadowRoot!.querySelector('[part=prefix]')!;
      expect(prefix.textContent).to.equal('+56');
      expect(prefix.getAttribute('aria-hidden')).to.equal('true');
      const input = inner(el);
      expect(prefix.getBoundingClientRect().right, 'the box is before the input').to.be.at.most(
        input.getBoundingClientRect().left + 1,
      );
      expect(accessibleDescription(input)).to.equal('Por ejemplo, 9 1234 5678 +56');
      el.error = 'Ingrese un móvil';
      await el.updateComplete;
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(input)).to.equal(
        'Por ejemplo, 9 1234 5678 Error: Ingrese un móvil +56',
      );
    });

    it('accepts a rich label and hint through slots', async () => {
      const el = await fixture<CorPhoneInput>(html`
        <cor-phone-input>
          <span slot="label">Teléfono <strong>móvil</strong></span>
          <span slot="hint">Le enviaremos un SMS</span>
        </cor-phone-input>
      `);
      expect(accessibleName(inner(el))).to.equal('Teléfono móvil');
      expect(accessibleDescription(inner(el))).to.equal('Le enviaremos un SMS +56');
    });

    it('warns in development when there is no label', async () => {
      const warnings = captureWarnings();
      try {
        await fixture(
          html`<cor-phone-input name="sin-etiqueta-${Math.random()}"></cor-phone-input>`,
        );
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.match(/needs a label/);
    });
  });

  describe('what the form receives', () => {
    it('submits a valid number in E.164 form, however it was written', async () => {
      const { form, el } = await inForm();
      const cases: [string, string][] = [
        ['912345678', '+56912345678'],
        ['9 1234 5678', '+56912345678'],
        ['+56 9 1234 5678', '+56912345678'],
        ['56912345678', '+56912345678'],
        ['(2) 2345 6789', '+56223456789'],
        ['22 345 6789', '+56223456789'],
        ['32-212-3456', '+56322123456'],
        ['９ １２３４ ５６７８', '+56912345678'],
      ];
      for (const [typed, sent] of cases) {
        el.value = typed;
        expect(new FormData(form).get('telefono'), typed).to.equal(sent);
        expect(el.value, 'the value property is the text in the box').to.equal(typed);
      }
    });

    it('submits an invalid text exactly as typed, so nothing is lost', async () => {
      const { form, el } = await inForm();
      for (const typed of ['9 1234', 'no tengo', '800 123 456', '+54 9 11 1234 5678']) {
        el.value = typed;
        expect(new FormData(form).get('telefono')).to.equal(typed);
      }
    });

    it('submits E.164 after the person types, and the default again after reset', async () => {
      const { form, el } = await inForm();
      el.defaultValue = '2 2345 6789';
      expect(new FormData(form).get('telefono')).to.equal('+56223456789');
      el.focus();
      inner(el).select();
      await typeInto(el, '9 8765 4321');
      expect(new FormData(form).get('telefono')).to.equal('+56987654321');
      form.reset();
      expect(el.value).to.equal('2 2345 6789');
      expect(new FormData(form).get('telefono')).to.equal('+56223456789');
    });

    it('restores what the person typed (not the E.164 form) on back/forward', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono"></cor-phone-input>`,
      );
      el.formStateRestoreCallback('9 1234 5678');
      expect(el.value).to.equal('9 1234 5678');
    });

    it('keeps line breaks out, as a native tel input does', async () => {
      const { form, el } = await inForm();
      el.value = '9 1234\n5678';
      expect(el.value).to.equal('9 12345678');
      expect(new FormData(form).get('telefono')).to.equal('+56912345678');
    });

    it('is left out when disabled, by itself or by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <fieldset>
            <cor-phone-input label="Teléfono" name="telefono" value="912345678"></cor-phone-input>
          </fieldset>
        </form>
      `);
      const el = form.querySelector('cor-phone-input')!;
      el.disabled = true;
      expect(new FormData(form).has('telefono')).to.equal(false);
      el.disabled = false;
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(new FormData(form).has('telefono')).to.equal(false);
      expect(inner(el).disabled).to.equal(true);
    });

    it('submits the form on Enter, with the E.164 number', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-phone-input label="Teléfono" name="telefono" value="9 1234 5678"></cor-phone-input>
          <cor-button name="accion" value="continuar">Continuar</cor-button>
        </form>
      `);
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form, (event as SubmitEvent).submitter);
      });
      form.querySelector('cor-phone-input')!.focus();
      await pressKey('Enter');
      expect(data?.get('telefono')).to.equal('+56912345678');
      expect(data?.get('accion')).to.equal('continuar');
    });
  });

  describe('typing and leaving the field', () => {
    it('never rewrites the text while the person types, and keeps the caret', async () => {
      const { el } = await inForm();
      let inputs = 0;
      el.addEventListener('input', () => inputs++);
      await typeInto(el, '+56912345678');
      expect(el.value).to.equal('+56912345678');
      expect(inner(el).value).to.equal('+56912345678');
      expect(inputs).to.equal(12);
      // Back into the middle of the number: what is typed there stays there.
      await pressKey('ArrowLeft');
      await pressKey('ArrowLeft');
      await typeText(' ');
      await el.updateComplete;
      expect(inner(el).value).to.equal('+569123456 78');
      expect(inner(el).selectionStart, 'the caret stays after what was typed').to.equal(11);
    });

    it('groups a valid number in national form when the person leaves the field', async () => {
      const { el } = await inForm();
      const change = oneEvent(el, 'change');
      await typeInto(el, '+56912345678');
      await pressTab();
      const event = await change;
      await el.updateComplete;
      expect(el.value).to.equal('9 1234 5678');
      expect(inner(el).value).to.equal('9 1234 5678');
      expect(
        (event.target as CorPhoneInput).value,
        'change listeners see the grouped form',
      ).to.equal('9 1234 5678');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('groups a regional landline 2-3-4', async () => {
      const { el } = await inForm();
      await typeInto(el, '(032) 2123456');
      await pressTab();
      await el.updateComplete;
      expect(el.value).to.equal('32 212 3456');
    });

    it('leaves an invalid number as typed and shows the length message after leaving', async () => {
      const { el } = await inForm();
      await typeInto(el, '9 1234 567');
      expect(errorText(el), 'nothing while typing').to.equal('');
      await pressTab();
      await el.updateComplete;
      expect(el.value).to.equal('9 1234 567');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validationMessage).to.equal(
        'Ingrese los 9 dígitos del número de teléfono, por ejemplo 9 1234 5678',
      );
      expect(errorText(el)).to.equal(
        'Error: Ingrese los 9 dígitos del número de teléfono, por ejemplo 9 1234 5678',
      );
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    });

    it('updates :state(user-invalid) as the person fixes the number, like :user-invalid', async () => {
      // The phone version of the parity check 'user-invalid-edit' (which fixes a pattern with
      // "12", not a phone number): not while first typing, set on leaving, cleared on fixing.
      const { el } = await inForm();
      await typeInto(el, '9 12');
      expect(el.matches(':state(user-invalid)'), 'while first typing').to.equal(false);
      await pressTab();
      expect(el.matches(':state(user-invalid)'), 'after leaving').to.equal(true);
      el.focus();
      inner(el).setSelectionRange(4, 4); // the caret at the end, where the person clicks
      await typeText('34 5678');
      await el.updateComplete;
      expect(el.value).to.equal('9 1234 5678');
      expect(el.matches(':state(user-invalid)'), 'fixed, still in the field').to.equal(false);
      expect(errorText(el)).to.equal('');
      expect(inner(el).value, 'regrouped only on leaving').to.equal('9 1234 5678');
    });

    it('does not regroup a value set by script, nor while readonly', async () => {
      const { el } = await inForm();
      el.value = '912345678';
      el.focus();
      await pressTab();
      await el.updateComplete;
      expect(el.value).to.equal('912345678');
      el.readOnly = true;
      await typeInto(el, '1');
      await pressTab();
      expect(el.value).to.equal('912345678');
    });
  });

  describe('validity', () => {
    it('is valid when empty and not required, and for every accepted way of writing', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono"></cor-phone-input>`,
      );
      expect(el.checkValidity()).to.equal(true);
      for (const value of ['9 1234 5678', '+56 2 2345 6789', '09 8765 4321', '55 212 3456']) {
        el.value = value;
        expect(el.validity.valid, value).to.equal(true);
        expect(el.validationMessage).to.equal('');
      }
    });

    it('tells a wrong length apart from a number that is not Chilean', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono"></cor-phone-input>`,
      );
      const invalid = 'Ingrese un número de teléfono válido, por ejemplo 9 1234 5678';
      const length = 'Ingrese los 9 dígitos del número de teléfono, por ejemplo 9 1234 5678';
      const cases: [string, string][] = [
        ['1234 5678', length],
        ['9 1234 56789', length],
        ['+56', length],
        ['123 456 789', invalid],
        ['800 123 456', invalid],
        ['600 360 7777', invalid],
        ['+54 9 11 1234 5678', invalid],
        ['9 1234 5678 anexo 2', invalid],
        ['   ', invalid],
      ];
      for (const [value, message] of cases) {
        el.value = value;
        expect(el.validity.typeMismatch, value).to.equal(true);
        expect(el.validationMessage, value).to.equal(message);
        expect(el.checkValidity()).to.equal(false);
      }
    });

    it('speaks the element language, follows <html lang>, and lets a service reword', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Phone" value="123 456 789"></cor-phone-input>`,
      );
      document.documentElement.lang = 'en';
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Enter a valid phone number, like 9 1234 5678');
      el.value = '9 1234';
      expect(el.validationMessage).to.equal(
        'Enter all 9 digits of the phone number, like 9 1234 5678',
      );
      setStrings('en', { phoneLength: 'Too short' });
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Too short');
    });

    it('reports valueMissing first when required and empty', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono" required></cor-phone-input>`,
      );
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validity.typeMismatch).to.equal(false);
      expect(el.validationMessage).to.equal('Complete este campo');
    });

    it('lets setCustomValidity win, and clears it', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono" value="9 1234 5678"></cor-phone-input>`,
      );
      el.setCustomValidity('Este número ya está inscrito');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Este número ya está inscrito');
      el.setCustomValidity('');
      expect(el.checkValidity()).to.equal(true);
    });

    it('is barred from validation when readonly, like a native input', async () => {
      const el = await fixture<CorPhoneInput>(
        html`<cor-phone-input label="Teléfono" value="123" readonly></cor-phone-input>`,
      );
      expect(el.willValidate).to.equal(false);
      expect(el.checkValidity()).to.equal(true);
    });

    it('blocks submission of an invalid number and shows the message after the attempt', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-phone-input label="Teléfono" name="telefono" value="9 12"></cor-phone-input>
        </form>
      `);
      const el = form.querySelector('cor-phone-input')!;
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      expect(el.matches(':state(user-invalid)')).to.equal(false);
      form.requestSubmit();
      await el.updateComplete;
      expect(submitted).to.equal(false);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(accessibleDescription(inner(el))).to.equal(
        'Error: Ingrese los 9 dígitos del número de teléfono, por ejemplo 9 1234 5678 +56',
      );
    });
  });

  describe('focus and keyboard', () => {
    it('delegates focus to the input and is reached with Tab and Shift+Tab', async () => {
      const wrapper = await fixture(html`
        <div>
          <button>antes</button>
          <cor-phone-input label="Teléfono"></cor-phone-input>
          <button>después</button>
        </div>
      `);
      const [before, after] = wrapper.querySelectorAll('button');
      const el = wrapper.querySelector('cor-phone-input')!;
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
          <a href="#telefono-movil">Ingrese su teléfono</a>
          <cor-phone-input id="telefono-movil" label="Teléfono"></cor-phone-input>
        </div>
      `);
      wrapper.querySelector('a')!.click();
      expect(deepActiveElement()).to.equal(inner(wrapper.querySelector('cor-phone-input')!));
    });

    it('has a 44 px tall target and fits 320 px', async () => {
      const wrapper = await fixture<HTMLElement>(html`
        <div class="narrow"><cor-phone-input label="Teléfono"></cor-phone-input></div>
      `);
      wrapper.style.inlineSize = '320px';
      const el = wrapper.querySelector('cor-phone-input')!;
      await el.updateComplete;
      expect(inner(el).getBoundingClientRect().height).to.be.at.least(44);
      const row = el.shadowRoot!.querySelector('.input-row')!;
      expect(row.scrollWidth).to.be.at.most(row.clientWidth);
      expect(inner(el).getBoundingClientRect().right).to.be.at.most(
        wrapper.getBoundingClientRect().right + 0.5,
      );
    });
  });

  describe('bad input', () => {
    for (const [name, text] of Object.entries(BAD_STRINGS)) {
      it(`keeps and shows "${name}" text as text`, async () => {
        resetCanary();
        const form = await fixture<HTMLFormElement>(
          html`<form><cor-phone-input name="telefono"></cor-phone-input></form>`,
        );
        const el = form.querySelector('cor-phone-input')!;
        el.setAttribute('label', text);
        el.hint = text;
        el.error = text;
        el.value = text;
        el.autocomplete = text;
        await el.updateComplete;
        const kept = text.replace(/[\r\n]/g, '');
        expect(el.value).to.equal(kept);
        expect(inner(el).value).to.equal(kept);
        // FormData holds well-formed text: a lone surrogate becomes U+FFFD, as for a native input.
        const sent = kept.replace(/\p{Cs}/gu, '\uFFFD');
        expect(new FormData(form).get('telefono')).to.equal(sent);
        expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal(text);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        expect(canaryHit()).to.equal(false);
      });
    }

    for (const [name, value] of Object.entries(BAD_VALUES)) {
      it(`accepts ${name} for every property without throwing`, async () => {
        const el = await fixture<CorPhoneInput>(
          html`<cor-phone-input label="Teléfono"></cor-phone-input>`,
        );
        for (const prop of ['label', 'hint', 'error', 'value', 'autocomplete', 'readOnly']) {
          (el as unknown as Record<string, unknown>)[prop] = value;
        }
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('input')).to.exist;
        expect(typeof el.value).to.equal('string');
        expect(typeof el.validationMessage).to.equal('string');
      });
    }
  });
});
