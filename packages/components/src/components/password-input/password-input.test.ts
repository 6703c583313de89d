// What only the password field does. Form parity with <input type="password">, bad input, axe,
// keyboard reach, target size and the accessibility tree of every story are the shared suites'.
import { expect, fixture, html } from '@open-wc/testing';
import { setDevWarnings } from '../../core/dev.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../password-input.js';
import type { CorPasswordInput } from './password-input.js';

const inner = (el: CorPasswordInput) => el.shadowRoot!.querySelector('input')!;
const toggle = (el: CorPasswordInput) => el.shadowRoot!.querySelector('button')!;
const status = (el: CorPasswordInput) => el.shadowRoot!.querySelector('[aria-live]')!;
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A form with the field and a native submit button; submissions are recorded, not sent. */
async function passwordForm() {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <cor-password-input label="Contraseña" name="clave" value="inicial"></cor-password-input>
      <button>Continuar</button>
    </form>
  `);
  const submitted: (string | null)[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push(new FormData(form).get('clave') as string | null);
  });
  return { form, el: form.querySelector('cor-password-input')!, submitted };
}

describe('cor-password-input', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
  });

  it('is a password textbox named by its label, with autofill hints and no spelling help', async () => {
    const el = await fixture<CorPasswordInput>(
      html`<cor-password-input label="Contraseña"></cor-password-input>`,
    );
    const input = inner(el);
    expect(input.type).to.equal('password');
    expect(accessibleName(input)).to.equal('Contraseña');
    expect(input.getAttribute('autocomplete')).to.equal('current-password');
    expect(input.getAttribute('spellcheck')).to.equal('false');
    expect(input.getAttribute('autocapitalize')).to.equal('none');
    const button = toggle(el);
    expect(button.type, 'never submits').to.equal('button');
    expect(accessibleRole(button)).to.equal('button');
    expect(accessibleName(button)).to.equal('Mostrar contraseña');
    expect(squash(button.textContent)).to.equal('Mostrar');
    expect(button.getAttribute('aria-controls')).to.equal(input.id);
    expect(squash(status(el).textContent), 'the live region starts empty').to.equal('');
  });

  it('tells screen readers about the error through the accessible description', async () => {
    const el = await fixture<CorPasswordInput>(html`
      <cor-password-input
        label="Contraseña"
        hint="Use al menos 8 caracteres"
        error="La contraseña no es correcta"
      ></cor-password-input>
    `);
    const input = inner(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(accessibleDescription(input)).to.equal(
      'Use al menos 8 caracteres Error: La contraseña no es correcta',
    );
  });

  it('shows and hides the password with the button, changing its name and announcing it', async () => {
    const el = await fixture<CorPasswordInput>(
      html`<cor-password-input label="Contraseña" value="secreta"></cor-password-input>`,
    );
    const region = status(el);
    toggle(el).click();
    await el.updateComplete;
    expect(inner(el).type).to.equal('text');
    expect(el.passwordVisible).to.equal(true);
    expect(accessibleName(toggle(el))).to.equal('Ocultar contraseña');
    expect(squash(toggle(el).textContent)).to.equal('Ocultar');
    expect(status(el), 'the same live region, there before the change').to.equal(region);
    expect(squash(region.textContent)).to.equal('Su contraseña está visible');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(el.value, 'the value is untouched').to.equal('secreta');

    toggle(el).click();
    await el.updateComplete;
    expect(inner(el).type).to.equal('password');
    expect(accessibleName(toggle(el))).to.equal('Mostrar contraseña');
    expect(squash(region.textContent)).to.equal('Su contraseña está oculta');
  });

  it('toggles with Enter and Space on the button, without submitting, in English too', async () => {
    document.documentElement.lang = 'en';
    const { el, submitted } = await passwordForm();
    inner(el).focus();
    await pressTab();
    expect(deepActiveElement()).to.equal(toggle(el));
    await pressKey('Enter');
    await el.updateComplete;
    expect(inner(el).type).to.equal('text');
    expect(accessibleName(toggle(el))).to.equal('Hide password');
    expect(squash(status(el).textContent)).to.equal('Your password is visible');
    await pressKey('Space');
    await el.updateComplete;
    expect(inner(el).type).to.equal('password');
    expect(squash(toggle(el).textContent)).to.equal('Show');
    expect(squash(status(el).textContent)).to.equal('Your password is hidden');
    expect(deepActiveElement(), 'focus stays on the button').to.equal(toggle(el));
    expect(submitted).to.deep.equal([]);
  });

  it('hides the password again when the form is submitted, and when it is reset', async () => {
    const { form, el, submitted } = await passwordForm();
    el.value = 'nueva clave';
    toggle(el).click();
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.deep.equal(['nueva clave']);
    expect(inner(el).type).to.equal('password');
    expect(el.passwordVisible).to.equal(false);
    expect(squash(status(el).textContent)).to.equal('Su contraseña está oculta');

    el.passwordVisible = true;
    await el.updateComplete;
    expect(inner(el).type).to.equal('text');
    form.reset();
    await el.updateComplete;
    expect(inner(el).type).to.equal('password');
    expect(el.value).to.equal('inicial');
  });

  it('never blocks pasting into the field', async () => {
    const el = await fixture<CorPasswordInput>(
      html`<cor-password-input label="Contraseña"></cor-password-input>`,
    );
    const paste = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
    expect(inner(el).dispatchEvent(paste), 'paste not cancelled').to.equal(true);
    expect(paste.defaultPrevented).to.equal(false);
  });

  it('takes new-password, and falls back to current-password for other values', async () => {
    const el = await fixture<CorPasswordInput>(
      html`<cor-password-input
        label="Nueva contraseña"
        autocomplete="new-password"
      ></cor-password-input>`,
    );
    expect(inner(el).getAttribute('autocomplete')).to.equal('new-password');

    const warnings = captureWarnings();
    setDevWarnings(true);
    try {
      el.setAttribute('autocomplete', 'off');
      await el.updateComplete;
    } finally {
      setDevWarnings(undefined);
      warnings.restore();
    }
    expect(inner(el).getAttribute('autocomplete')).to.equal('current-password');
    expect(warnings.messages.join('\n')).to.contain('autocomplete="off"');
  });
});
