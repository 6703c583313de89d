import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { accessibleName, accessibleRole } from '../../testing/accessibility-tree.js';
import { BAD_VALUES, UNSAFE_URLS, canaryHit, resetCanary } from '../../testing/bad-input.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { setTheme, withForcedColors, THEMES } from '../../testing/themes.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../claveunica-button.js';
import '../../text-input.js';
import type { CorClaveUnicaButton } from './claveunica-button.js';

const NAME = 'Iniciar sesión con ClaveÚnica';
const BLUE = 'rgb(15, 105, 196)'; // #0F69C4
const WHITE = 'rgb(255, 255, 255)';
const FOCUS = 'rgb(255, 190, 92)'; // #FFBE5C

const control = (el: CorClaveUnicaButton) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~=control]')!;

/** The text a sighted person sees: the label without its visually hidden part. */
function visibleText(el: CorClaveUnicaButton): string {
  const label = el.shadowRoot!.querySelector('[part~=label]')!.cloneNode(true) as HTMLElement;
  label.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return label.textContent!.replace(/\s+/g, ' ').trim();
}

/** Collects submissions of `form` (prevented), with the data the browser would send. */
function recordSubmissions(form: HTMLFormElement): FormData[] {
  const submissions: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submissions.push(new FormData(form, (event as SubmitEvent).submitter));
  });
  return submissions;
}

/** Runs `body` with console.warn captured; returns what was warned. */
async function warningsOf(body: () => Promise<unknown>): Promise<string> {
  const warnings = captureWarnings();
  try {
    await body();
  } finally {
    warnings.restore();
  }
  return warnings.messages.join('\n');
}

describe('cor-claveunica-button', () => {
  // Development warnings are issued once per message and page, so these come first.
  describe('development warnings', () => {
    it('warns when the page has more than one', async () => {
      const warned = await warningsOf(() =>
        fixture(
          html`<div>
            <cor-claveunica-button href="/a"></cor-claveunica-button>
            <cor-claveunica-button href="/b"></cor-claveunica-button>
          </div>`,
        ),
      );
      expect(warned).to.contain('<cor-claveunica-button>: there are 2 ClaveÚnica buttons');
    });

    it('does not warn for a single one, nor after the others left the page', async () => {
      const warned = await warningsOf(async () => {
        const wrapper = await fixture(
          html`<div>
            <cor-claveunica-button href="/a"></cor-claveunica-button>
          </div>`,
        );
        const el = wrapper.querySelector('cor-claveunica-button')!;
        el.remove();
        wrapper.append(el);
      });
      expect(warned).not.to.contain('ClaveÚnica buttons');
    });

    it('warns when it has neither href nor a form', async () => {
      const warned = await warningsOf(() =>
        fixture(html`<cor-claveunica-button></cor-claveunica-button>`),
      );
      expect(warned).to.contain('give it an href');
    });

    it('ignores target with a warning: the link never opens a new window', async () => {
      let el!: CorClaveUnicaButton;
      const warned = await warningsOf(async () => {
        el = await fixture(
          html`<cor-claveunica-button href="/login" target="_blank"></cor-claveunica-button>`,
        );
      });
      expect(warned).to.contain('target="_blank" is ignored');
      expect(control(el).hasAttribute('target')).to.equal(false);
      expect(control(el).getAttribute('href')).to.equal('/login');
    });

    it('removes formtarget with a warning, so the form is submitted in the same window', async () => {
      let form!: HTMLFormElement;
      const warned = await warningsOf(async () => {
        form = await fixture(
          html`<form><cor-claveunica-button formtarget="_blank"></cor-claveunica-button></form>`,
        );
      });
      expect(warned).to.contain('formtarget="_blank" is removed');
      const el = form.querySelector('cor-claveunica-button')!;
      expect(el.hasAttribute('formtarget')).to.equal(false);
      const targets: (string | null)[] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        targets.push((event as SubmitEvent).submitter!.getAttribute('formtarget'));
      });
      el.setAttribute('formtarget', '_blank'); // set again later: removed on click
      el.click();
      expect(targets).to.deep.equal([null]);
    });

    it('warns about a form whose target opens another window', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form target="_blank"><cor-claveunica-button></cor-claveunica-button></form>`,
      );
      form.addEventListener('submit', (event) => event.preventDefault());
      const warned = await warningsOf(async () => {
        form.querySelector('cor-claveunica-button')!.click();
      });
      expect(warned).to.contain('its form has target="_blank"');
    });

    it('falls back to primary for an unknown variant, with a warning', async () => {
      let el!: CorClaveUnicaButton;
      const warned = await warningsOf(async () => {
        el = await fixture(
          html`<cor-claveunica-button href="/a" variant="secondary"></cor-claveunica-button>`,
        );
      });
      expect(warned).to.contain('variant="secondary"');
      expect(control(el).classList.contains('primary')).to.equal(true);
      expect(getComputedStyle(control(el)).backgroundColor).to.equal(BLUE);
    });
  });

  describe('name, role and language', () => {
    it('is a link named "Iniciar sesión con ClaveÚnica" that shows "Iniciar sesión"', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/auth/claveunica"></cor-claveunica-button>`,
      );
      expect(control(el).localName).to.equal('a');
      expect(control(el).getAttribute('href')).to.equal('/auth/claveunica');
      expect(accessibleRole(control(el))).to.equal('link');
      expect(accessibleName(control(el))).to.equal(NAME);
      expect(visibleText(el)).to.equal('Iniciar sesión');
      // WCAG 2.5.3 label in name: the name starts with the visible text.
      expect(accessibleName(control(el)).startsWith(visibleText(el))).to.equal(true);
    });

    it('is a button with the same name when it has no href', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-claveunica-button></cor-claveunica-button></form>`,
      );
      const el = form.querySelector('cor-claveunica-button')!;
      expect(control(el).localName).to.equal('button');
      expect(accessibleRole(control(el))).to.equal('button');
      expect(accessibleName(control(el))).to.equal(NAME);
    });

    it('stays in Spanish, untranslated, on an English page', async () => {
      const wrapper = await fixture(
        html`<div lang="en">
          <cor-claveunica-button href="/login"></cor-claveunica-button>
        </div>`,
      );
      const el = wrapper.querySelector('cor-claveunica-button')!;
      expect(control(el).getAttribute('lang')).to.equal('es');
      expect(control(el).getAttribute('translate')).to.equal('no');
      expect(accessibleName(control(el))).to.equal(NAME);
      expect(visibleText(el)).to.equal('Iniciar sesión');
    });

    it('ignores content put inside it', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login">Entrar</cor-claveunica-button>`,
      );
      expect(accessibleName(control(el))).to.equal(NAME);
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    });

    it('draws a decorative mark of its own, hidden from assistive technology', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login"></cor-claveunica-button>`,
      );
      const mark = el.shadowRoot!.querySelector('[part~=mark]')!;
      expect(mark.localName).to.equal('svg');
      expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(el.shadowRoot!.querySelector('img, image, use')).to.equal(null);
    });

    it('is a link that cannot be used when disabled', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login" disabled></cor-claveunica-button>`,
      );
      expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
      expect(accessibleRole(control(el))).to.equal('link');
      expect(control(el).getAttribute('aria-disabled')).to.equal('true');
      expect(control(el).localName).to.equal('span');
      expect(accessibleName(control(el))).to.equal(NAME);
    });
  });

  describe('in a form', () => {
    it('submits its form as a real submitter, with its name and value', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input type="hidden" name="paso" value="inicio" />
          <cor-claveunica-button name="proveedor" value="claveunica"></cor-claveunica-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      form.querySelector('cor-claveunica-button')!.click();
      expect(submissions).to.have.length(1);
      expect(submissions[0]!.get('paso')).to.equal('inicio');
      expect(submissions[0]!.get('proveedor')).to.equal('claveunica');
      expect(form.querySelector('button'), 'the helper button is removed').to.equal(null);
    });

    it('validates the form first, as a native submit button', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-text-input label="Correo electrónico" name="correo" required></cor-text-input>
          <cor-claveunica-button></cor-claveunica-button>
        </form>
      `);
      const submissions = recordSubmissions(form);
      form.querySelector('cor-claveunica-button')!.click();
      expect(submissions).to.have.length(0);
    });

    it('is pressed with Enter and Space', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-claveunica-button></cor-claveunica-button></form>`,
      );
      const submissions = recordSubmissions(form);
      form.querySelector('cor-claveunica-button')!.focus();
      await pressKey('Enter');
      await pressKey('Space');
      expect(submissions).to.have.length(2);
    });

    it('submits nothing when disabled', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-claveunica-button disabled></cor-claveunica-button></form>`,
      );
      const submissions = recordSubmissions(form);
      form.querySelector('cor-claveunica-button')!.click();
      expect(submissions).to.have.length(0);
    });

    it('does not submit as a link', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cor-claveunica-button href="#login"></cor-claveunica-button></form>`,
      );
      const submissions = recordSubmissions(form);
      control(form.querySelector('cor-claveunica-button')!).click();
      await new Promise((resolve) => setTimeout(resolve));
      expect(submissions).to.have.length(0);
    });
  });

  describe('unsafe href', () => {
    for (const url of UNSAFE_URLS) {
      it(`refuses ${JSON.stringify(url)}`, async () => {
        resetCanary();
        const form = await fixture<HTMLFormElement>(
          html`<form><cor-claveunica-button href=${url}></cor-claveunica-button></form>`,
        );
        form.addEventListener('submit', (event) => event.preventDefault());
        const el = form.querySelector('cor-claveunica-button')!;
        expect(el.shadowRoot!.querySelector('a, [href]')).to.equal(null);
        control(el).click();
        await new Promise((resolve) => setTimeout(resolve));
        expect(canaryHit()).to.equal(false);
      });
    }

    it('warns about an unsafe href', async () => {
      const warned = await warningsOf(() =>
        fixture(html`<cor-claveunica-button href="javascript:alert(1)"></cor-claveunica-button>`),
      );
      expect(warned).to.contain('is not a safe URL');
    });
  });

  describe('look and size', () => {
    it('is at least 42 px tall (44 px, a primary action)', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login"></cor-claveunica-button>`,
      );
      const { height } = control(el).getBoundingClientRect();
      expect(height).to.be.at.least(42);
      expect(height).to.be.at.least(44);
    });

    it('keeps its blue and white in every theme', async () => {
      const wrapper = await fixture(
        html`<div>
          <cor-claveunica-button href="/login"></cor-claveunica-button>
        </div>`,
      );
      const el = wrapper.querySelector('cor-claveunica-button')!;
      for (const theme of THEMES) {
        setTheme(wrapper, theme);
        const style = getComputedStyle(control(el));
        expect(style.backgroundColor, theme).to.equal(BLUE);
        expect(style.color, theme).to.equal(WHITE);
      }
    });

    it('labels in bold at 18.67 px or more (large text: 5.47:1 is enough)', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login"></cor-claveunica-button>`,
      );
      const style = getComputedStyle(control(el));
      expect(parseFloat(style.fontSize)).to.be.at.least(18.67);
      expect(Number(style.fontWeight)).to.be.at.least(700);
    });

    it('darkens on hover', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login"></cor-claveunica-button>`,
      );
      const rect = control(el).getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
      });
      try {
        await Promise.all(
          control(el)
            .getAnimations()
            .map((animation) => animation.finished),
        );
        expect(getComputedStyle(control(el)).backgroundColor).to.equal('rgb(11, 78, 145)');
      } finally {
        await sendMouse({ type: 'move', position: [0, 0] });
      }
    });

    it('has a high-contrast variant: white, dark blue text and border', async () => {
      const el = await fixture<CorClaveUnicaButton>(
        html`<cor-claveunica-button href="/login" variant="high-contrast"></cor-claveunica-button>`,
      );
      const style = getComputedStyle(control(el));
      expect(style.backgroundColor).to.equal(WHITE);
      expect(style.color).to.equal('rgb(7, 48, 90)');
      expect(style.borderTopColor).to.equal('rgb(7, 48, 90)');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    });

    it('takes the full width of its container with full-width', async () => {
      const wrapper = await fixture(
        html`<div class="container">
          <cor-claveunica-button href="/login" full-width></cor-claveunica-button>
        </div>`,
      );
      const el = wrapper.querySelector('cor-claveunica-button')!;
      expect(el.fullWidth).to.equal(true);
      expect(control(el).getBoundingClientRect().width).to.be.closeTo(
        wrapper.getBoundingClientRect().width,
        1,
      );
      el.fullWidth = false;
      await el.updateComplete;
      expect(el.hasAttribute('full-width')).to.equal(false);
      expect(control(el).getBoundingClientRect().width).to.be.below(
        wrapper.getBoundingClientRect().width,
      );
    });
  });

  describe('focus', () => {
    it('is reached with Tab and shows a 4 px #FFBE5C outline', async () => {
      const wrapper = await fixture(
        html`<div>
          <button>antes</button><cor-claveunica-button href="/login"></cor-claveunica-button>
        </div>`,
      );
      wrapper.querySelector('button')!.focus();
      await pressTab();
      const el = wrapper.querySelector('cor-claveunica-button')!;
      expect(deepActiveElement()).to.equal(control(el));
      const style = getComputedStyle(control(el));
      expect(style.outlineStyle).to.equal('solid');
      expect(style.outlineWidth).to.equal('4px');
      expect(style.outlineColor).to.equal(FOCUS);
    });

    it('keeps a visible border and focus outline in forced colours (Chromium)', async function () {
      const wrapper = await fixture(
        html`<div>
          <button>antes</button><cor-claveunica-button href="/login"></cor-claveunica-button>
        </div>`,
      );
      const el = wrapper.querySelector('cor-claveunica-button')!;
      let checked = false;
      const ran = await withForcedColors(async () => {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const style = getComputedStyle(control(el));
        expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
        expect(style.borderTopStyle).to.equal('solid');
        expect(style.borderTopColor).not.to.equal(style.backgroundColor);
        expect(style.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
        wrapper.querySelector('button')!.focus();
        await pressTab();
        const focused = getComputedStyle(control(el));
        expect(focused.outlineStyle).to.equal('solid');
        expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
        expect(focused.outlineColor).not.to.equal(focused.backgroundColor);
        checked = true;
      });
      if (!ran) this.skip();
      expect(checked).to.equal(true);
    });
  });

  describe('bad input', () => {
    for (const [name, value] of Object.entries(BAD_VALUES)) {
      it(`accepts ${name} for every property without throwing`, async () => {
        const el = await fixture<CorClaveUnicaButton>(
          html`<cor-claveunica-button href="/login"></cor-claveunica-button>`,
        );
        const warnings = captureWarnings();
        try {
          for (const prop of ['variant', 'href', 'fullWidth', 'name', 'value', 'type']) {
            (el as unknown as Record<string, unknown>)[prop] = value;
          }
          await el.updateComplete;
        } finally {
          warnings.restore();
        }
        expect(accessibleName(control(el))).to.equal(NAME);
      });
    }

    it('survives 1,000 connect/disconnect cycles', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('cor-claveunica-button');
      el.href = '/login';
      for (let i = 0; i < 1000; i++) {
        wrapper.append(el);
        el.remove();
      }
      wrapper.append(el);
      await el.updateComplete;
      expect(accessibleName(control(el))).to.equal(NAME);
    });
  });
});
