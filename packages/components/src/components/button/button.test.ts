import { expect, fixture, html } from '@open-wc/testing';
import { setDevWarnings } from '../../core/dev.js';
import { accessibleName, accessibleRole } from '../../testing/accessibility-tree.js';
import {
  BAD_STRINGS,
  BAD_VALUES,
  UNSAFE_URLS,
  canaryHit,
  resetCanary,
} from '../../testing/bad-input.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../button.js';
import '../../text-input.js';
import type { CorButton } from './button.js';

const control = (el: CorButton) => el.shadowRoot!.querySelector<HTMLElement>('[part~=control]')!;

/** Collects submissions of `form` (prevented), with the data the browser would send. */
function recordSubmissions(form: HTMLFormElement): FormData[] {
  const submissions: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submissions.push(new FormData(form, (event as SubmitEvent).submitter));
  });
  return submissions;
}

describe('cor-button', () => {
  describe('role, name and variants', () => {
    it('is a button named by its text', async () => {
      const el = await fixture<CorButton>(html`<cor-button>Continuar</cor-button>`);
      expect(accessibleRole(control(el))).to.equal('button');
      expect(accessibleName(control(el))).to.equal('Continuar');
      expect(el.variant).to.equal('primary');
    });

    it('renders the start variant with a hidden arrow', async () => {
      const el = await fixture<CorButton>(
        html`<cor-button variant="start" href="/tramite">Comenzar ahora</cor-button>`,
      );
      const icon = el.shadowRoot!.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(accessibleRole(control(el))).to.equal('link');
      expect(accessibleName(control(el))).to.equal('Comenzar ahora');
    });

    it('gives each variant its own colours', async () => {
      const wrapper = await fixture(
        html`<div>
          <cor-button>a</cor-button><cor-button variant="secondary">b</cor-button>
          <cor-button variant="warning">c</cor-button>
        </div>`,
      );
      const colours = [...wrapper.querySelectorAll('cor-button')].map(
        (el) => getComputedStyle(control(el)).backgroundColor,
      );
      expect(new Set(colours).size).to.equal(3);
    });

    it('is at least 44 px tall', async () => {
      const el = await fixture<CorButton>(html`<cor-button>Enviar</cor-button>`);
      expect(control(el).getBoundingClientRect().height).to.be.at.least(44);
    });
  });

  describe('in a form', () => {
    it('submits with its name and value as the submitter', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-text-input label="Nombre" name="nombre" value="Ana"></cor-text-input>
          <cor-button name="accion" value="guardar">Guardar</cor-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      form.querySelector('cor-button')!.click();
      expect(submissions).to.have.length(1);
      expect(submissions[0]!.get('nombre')).to.equal('Ana');
      expect(submissions[0]!.get('accion')).to.equal('guardar');
      expect(form.querySelector('button'), 'the helper button is removed').to.equal(null);
    });

    it('validates the form first, unless formnovalidate', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-text-input label="Nombre" name="nombre" required></cor-text-input>
          <cor-button>Continuar</cor-button>
          <cor-button formnovalidate name="borrador" value="1">Guardar borrador</cor-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      const [submit, draft] = form.querySelectorAll('cor-button');
      submit!.click();
      expect(submissions).to.have.length(0);
      draft!.click();
      expect(submissions).to.have.length(1);
      expect(submissions[0]!.get('borrador')).to.equal('1');
    });

    it('does not submit when a click listener cancels the click', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-button>Enviar</cor-button></form>`,
      );
      const submissions = recordSubmissions(form);
      document.addEventListener('click', (e) => e.preventDefault(), { once: true });
      form.querySelector('cor-button')!.click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(submissions).to.have.length(0);
    });

    it('resets the form with type="reset" and does nothing with type="button"', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-text-input label="Nombre" name="nombre" value="Ana"></cor-text-input>
          <cor-button type="reset">Borrar</cor-button>
          <cor-button type="button">Ayuda</cor-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      const input = form.querySelector('cor-text-input')!;
      input.value = 'Otra';
      const [reset, plain] = form.querySelectorAll('cor-button');
      plain!.click();
      expect(submissions).to.have.length(0);
      reset!.click();
      expect(input.value).to.equal('Ana');
      expect(submissions).to.have.length(0);
    });

    it('works from outside its form with form="id"', async () => {
      const wrapper = await fixture(html`
        <div>
          <form id="f-button"><input name="x" value="1" /></form>
          <cor-button form="f-button" name="accion" value="enviar">Enviar</cor-button>
        </div>
      `);
      const form = wrapper.querySelector('form')!;
      const submissions = recordSubmissions(form);
      wrapper.querySelector('cor-button')!.click();
      expect(submissions[0]!.get('accion')).to.equal('enviar');
    });

    it('is activated with Enter and Space', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-button>Enviar</cor-button></form>`,
      );
      const submissions = recordSubmissions(form);
      form.querySelector('cor-button')!.focus();
      await pressKey('Enter');
      await pressKey('Space');
      expect(submissions).to.have.length(2);
    });

    it('ignores a second click within a second with prevent-double-click', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-button prevent-double-click>Pagar</cor-button></form>`,
      );
      const submissions = recordSubmissions(form);
      const el = form.querySelector('cor-button')!;
      el.click();
      el.click();
      expect(submissions).to.have.length(1);
    });

    it('cannot be used when disabled, by itself or by a fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <fieldset><cor-button>Enviar</cor-button></fieldset>
        </form>
      `);
      const submissions = recordSubmissions(form);
      const el = form.querySelector('cor-button')!;
      let clicks = 0;
      el.addEventListener('click', () => clicks++);
      el.disabled = true;
      el.click();
      el.disabled = false;
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect((control(el) as HTMLButtonElement).disabled).to.equal(true);
      el.click();
      expect(submissions).to.have.length(0);
      expect(clicks).to.equal(0);
    });
  });

  describe('as a link', () => {
    it('renders a link for safe URLs only', async () => {
      const el = await fixture<CorButton>(html`<cor-button href="/inicio">Inicio</cor-button>`);
      expect(control(el).getAttribute('href')).to.equal('/inicio');
      for (const url of ['https://www.gob.cl', 'mailto:a@b.cl', 'tel:+56223456789', '?p=1']) {
        el.href = url;
        await el.updateComplete;
        expect(control(el).getAttribute('href')).to.equal(url);
      }
    });

    for (const url of UNSAFE_URLS) {
      it(`refuses ${JSON.stringify(url)}`, async () => {
        resetCanary();
        const el = await fixture<CorButton>(html`<cor-button href=${url}>Ir</cor-button>`);
        expect(el.shadowRoot!.querySelector('a')).to.equal(null);
        control(el).click();
        expect(canaryHit()).to.equal(false);
      });
    }
  });

  describe('focus and keyboard', () => {
    it('is reached with Tab and shows a focus ring of at least 2 px', async () => {
      const wrapper = await fixture(
        html`<div><button>antes</button><cor-button>Enviar</cor-button></div>`,
      );
      wrapper.querySelector('button')!.focus();
      await pressTab();
      const el = wrapper.querySelector('cor-button')!;
      expect(deepActiveElement()).to.equal(control(el));
      const style = getComputedStyle(control(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('is skipped by Tab when disabled', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>antes</button><cor-button disabled>Enviar</cor-button><button>después</button>
        </div>`,
      );
      const [before, after] = wrapper.querySelectorAll('button');
      before!.focus();
      await pressTab();
      expect(deepActiveElement()).to.equal(after);
    });
  });

  describe('bad input', () => {
    it('falls back to primary and submit for unknown values, with a warning', async () => {
      const warnings = captureWarnings();
      setDevWarnings(true);
      try {
        const form = await fixture<HTMLFormElement>(
          html`<form><cor-button variant="rojo" type="enviar">Enviar</cor-button></form>`,
        );
        const submissions = recordSubmissions(form);
        const el = form.querySelector('cor-button')!;
        expect(control(el).classList.contains('primary')).to.equal(true);
        el.click();
        expect(submissions).to.have.length(1);
      } finally {
        setDevWarnings(undefined);
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.contain('variant="rojo"');
    });

    for (const [name, text] of Object.entries(BAD_STRINGS)) {
      it(`renders "${name}" text as text`, async () => {
        resetCanary();
        const el = await fixture<CorButton>(html`<cor-button>${text}</cor-button>`);
        el.value = text;
        await el.updateComplete;
        expect(el.textContent).to.equal(text);
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        expect(canaryHit()).to.equal(false);
      });
    }

    for (const [name, value] of Object.entries(BAD_VALUES)) {
      it(`accepts ${name} for every property without throwing`, async () => {
        const el = await fixture<CorButton>(html`<cor-button>Enviar</cor-button>`);
        for (const prop of ['variant', 'type', 'value', 'href', 'name']) {
          (el as unknown as Record<string, unknown>)[prop] = value;
        }
        await el.updateComplete;
        expect(control(el)).to.exist;
      });
    }

    it('warns instead of throwing on a second registration', async () => {
      const { CorButton } = await import('./button.js');
      const { defineElement } = await import('../../core/define.js');
      const warnings = captureWarnings();
      try {
        defineElement('cor-button', class extends CorButton {});
      } finally {
        warnings.restore();
      }
      expect(warnings.messages.join('\n')).to.contain('already registered');
    });

    it('survives 1,000 connect/disconnect cycles', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('cor-button');
      el.preventDoubleClick = true;
      el.textContent = 'Enviar';
      for (let i = 0; i < 1000; i++) {
        wrapper.append(el);
        el.click();
        el.remove();
      }
      wrapper.append(el);
      await el.updateComplete;
      expect(accessibleName(control(el))).to.equal('Enviar');
    });
  });
});
