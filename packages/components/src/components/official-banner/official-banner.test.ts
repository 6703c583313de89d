import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import { accessibleName, accessibleRole } from '../../testing/accessibility-tree.js';
import { BAD_STRINGS, BAD_VALUES, canaryHit, resetCanary } from '../../testing/bad-input.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { setLanguage } from '../../testing/themes.js';
import '../../official-banner.js';
import type { CorOfficialBanner } from './official-banner.js';

const region = (el: CorOfficialBanner) => el.shadowRoot!.querySelector<HTMLElement>('section')!;
const toggle = (el: CorOfficialBanner) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=toggle]')!;
const content = (el: CorOfficialBanner) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~=content]')!;
const statement = (el: CorOfficialBanner) =>
  el.shadowRoot!.querySelector('[part~=text]')!.textContent!.trim();
/** The visible text of the explanation, whitespace collapsed. */
const explanation = (el: CorOfficialBanner) => content(el).textContent!.replace(/\s+/g, ' ').trim();
const isShown = (el: Element) => (el as HTMLElement).checkVisibility();

/** Lets a `lang` change reach the element (a MutationObserver) and the element re-render. */
async function languageSettled(el: CorOfficialBanner): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Collects the `toggle` events of `el` as "old→new". */
function recordToggles(el: CorOfficialBanner): string[] {
  const seen: string[] = [];
  el.addEventListener('toggle', (event) => {
    const { oldState, newState } = event as ToggleEvent;
    seen.push(`${oldState}→${newState}`);
  });
  return seen;
}

/** Waits for a queued `toggle` to fire (it runs in a task of its own, as on <details>). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('cor-official-banner', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  describe('role, name and state', () => {
    it('is a region named "Sitio oficial" with the statement and a collapsed button', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner></cor-official-banner>`,
      );
      expect(accessibleRole(region(el))).to.equal('region');
      expect(accessibleName(region(el))).to.equal('Sitio oficial');
      expect(statement(el)).to.equal('Un sitio oficial del Gobierno de Chile');
      const button = toggle(el);
      expect(accessibleRole(button)).to.equal('button');
      expect(accessibleName(button)).to.equal('Cómo comprobarlo');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // aria-controls points at the explanation, in the same shadow root.
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(
        content(el),
      );
      expect(content(el).hidden).to.equal(true);
      expect(isShown(content(el))).to.equal(false);
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
    });

    it('hides every icon from assistive technology', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open></cor-official-banner>`,
      );
      const icons = [...el.shadowRoot!.querySelectorAll('svg')];
      expect(icons.length).to.be.at.least(4); // mark, chevron, building, two padlocks
      for (const icon of icons) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });

    it('opens with the open attribute and explains the domain and HTTPS', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open></cor-official-banner>`,
      );
      expect(el.open).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(content(el))).to.equal(true);
      expect(explanation(el)).to.equal(
        'Los sitios oficiales usan .gob.cl ' +
          'Un sitio cuya dirección termina en .gob.cl pertenece a una institución del Estado de Chile. ' +
          'Los sitios seguros usan HTTPS ' +
          'Busque el candado o https:// al comienzo de la dirección. ' +
          'Entregue sus datos personales solo en sitios oficiales y seguros.',
      );
      // The padlock sits where the message says {lock}, and the placeholder is not shown.
      const lock = content(el).querySelector('.inline-lock')!;
      const before = document.createRange();
      before.setStart(lock.parentNode!, 0);
      before.setEndBefore(lock);
      expect(before.toString()).to.match(/candado $/);
      expect(content(el).textContent).not.to.contain('{lock}');
    });

    it('has a target of at least 24 × 24 px and the focus ring', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner></cor-official-banner>`,
      );
      const rect = toggle(el).getBoundingClientRect();
      expect(rect.width).to.be.at.least(24);
      expect(rect.height).to.be.at.least(24);
      expect(toggle(el).classList.contains('focus-ring')).to.equal(true);
    });
  });

  describe('opening and closing', () => {
    it('toggles with a click, reflecting open and aria-expanded', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner></cor-official-banner>`,
      );
      toggle(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(content(el))).to.equal(true);
      toggle(el).click();
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(content(el))).to.equal(false);
    });

    it('is reached with Tab and operated with Enter and Space', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button>antes</button><cor-official-banner></cor-official-banner></div>`,
      );
      const el = wrapper.querySelector('cor-official-banner')!;
      wrapper.querySelector('button')!.focus();
      await pressTab();
      expect(deepActiveElement()).to.equal(toggle(el));
      await pressKey('Enter');
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      await pressKey('Space');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement(), 'focus stays on the button').to.equal(toggle(el));
    });

    it('fires toggle with the old and new state, after the change', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner></cor-official-banner>`,
      );
      const opened = oneEvent(el, 'toggle');
      toggle(el).click();
      const event = (await opened) as unknown as ToggleEvent;
      expect(event.oldState).to.equal('closed');
      expect(event.newState).to.equal('open');
      expect(event.bubbles, 'as on <details>').to.equal(false);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');

      const closed = oneEvent(el, 'toggle');
      el.open = false; // by script, as details.open = false
      const second = (await closed) as unknown as ToggleEvent;
      expect([second.oldState, second.newState]).to.deep.equal(['open', 'closed']);
    });

    it('fires no toggle for the initial state, and one for changes made together', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open></cor-official-banner>`,
      );
      const seen = recordToggles(el);
      await nextTask();
      expect(seen, 'no event for the state it was created with').to.deep.equal([]);

      el.open = false;
      await el.updateComplete;
      el.open = true; // back where it was before the event fired
      await el.updateComplete;
      await nextTask();
      expect(seen, 'changes that cancel out').to.deep.equal([]);

      el.removeAttribute('open');
      await el.updateComplete;
      await nextTask();
      expect(seen).to.deep.equal(['open→closed']);
    });
  });

  describe('language and strings', () => {
    it('speaks English with lang="en" and follows a later change of <html lang>', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner lang="en" open></cor-official-banner>`,
      );
      expect(accessibleName(region(el))).to.equal('Official website');
      expect(statement(el)).to.equal('An official website of the Government of Chile');
      expect(accessibleName(toggle(el))).to.equal('Here’s how you know');
      expect(explanation(el)).to.contain('Official websites use .gob.cl');
      expect(explanation(el)).to.contain('Look for a lock or https://');

      el.removeAttribute('lang');
      await languageSettled(el);
      expect(statement(el), 'back to the page language').to.equal(
        'Un sitio oficial del Gobierno de Chile',
      );

      const restore = setLanguage('en-GB');
      try {
        await languageSettled(el);
        expect(statement(el)).to.equal('An official website of the Government of Chile');
        expect(region(el).hasAttribute('lang'), 'the page says it is English').to.equal(false);
      } finally {
        restore();
      }
      await languageSettled(el);
      expect(statement(el)).to.equal('Un sitio oficial del Gobierno de Chile');
    });

    it('marks its Spanish text when the page is in a language without a catalogue', async () => {
      const restore = setLanguage('fr');
      try {
        const el = await fixture<CorOfficialBanner>(
          html`<cor-official-banner></cor-official-banner>`,
        );
        expect(statement(el)).to.equal('Un sitio oficial del Gobierno de Chile');
        expect(region(el).getAttribute('lang')).to.equal('es');
      } finally {
        restore();
      }
    });

    it('lets a service reword every string with setStrings, with the placeholders', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open country="Chile" domain="gob.cl"></cor-official-banner>`,
      );
      setStrings('es', {
        officialBannerLabel: 'Aviso del {government}',
        officialBannerGovernment: 'Estado de {country}',
        officialBannerText: 'Sitio oficial del {government}',
        officialBannerToggle: '¿Cómo saber si es oficial?',
        officialBannerDomainTitle: 'Dominio {domain}',
        officialBannerDomainBody: 'Instituciones de {country}.',
        officialBannerHttpsTitle: 'Conexión segura',
        officialBannerHttpsBody: 'Sin ícono: https://',
      });
      await el.updateComplete;
      expect(accessibleName(region(el))).to.equal('Aviso del Estado de Chile');
      expect(statement(el)).to.equal('Sitio oficial del Estado de Chile');
      expect(accessibleName(toggle(el))).to.equal('¿Cómo saber si es oficial?');
      expect(explanation(el)).to.equal(
        'Dominio gob.cl Instituciones de Chile. Conexión segura Sin ícono: https://',
      );
      expect(content(el).querySelector('.inline-lock'), 'no {lock}, no padlock').to.equal(null);
      resetStrings();
      await el.updateComplete;
      expect(statement(el)).to.equal('Un sitio oficial del Gobierno de Chile');
    });
  });

  describe('another country or government', () => {
    it('names the country and domain it is given', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open country="Uruguay" domain="gub.uy"></cor-official-banner>`,
      );
      expect(statement(el)).to.equal('Un sitio oficial del Gobierno de Uruguay');
      expect(explanation(el)).to.contain('Los sitios oficiales usan .gub.uy');
      expect(explanation(el)).to.contain(
        'termina en .gub.uy pertenece a una institución del Estado de Uruguay.',
      );
    });

    it('uses government as the whole name, and accepts a domain written with its dot', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner
          open
          government="Gobierno Regional de Los Lagos"
          domain=".goreloslagos.cl"
        ></cor-official-banner>`,
      );
      expect(statement(el)).to.equal('Un sitio oficial del Gobierno Regional de Los Lagos');
      expect(explanation(el)).to.contain('Los sitios oficiales usan .goreloslagos.cl');
      expect(el.domain, 'the property keeps what was set').to.equal('.goreloslagos.cl');
    });

    it('goes back to Chile and gob.cl when the values are removed or blank', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open country="Perú" domain="gob.pe"></cor-official-banner>`,
      );
      el.removeAttribute('country');
      el.domain = '   ';
      await el.updateComplete;
      expect(el.country).to.equal(null);
      expect(statement(el)).to.equal('Un sitio oficial del Gobierno de Chile');
      expect(explanation(el)).to.contain('usan .gob.cl');
    });
  });

  describe('bad input', () => {
    it('wraps a very long country name without overflowing 320 px', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <cor-official-banner
            open
            country=${BAD_STRINGS.unbroken!.slice(0, 400)}
            domain=${`${'subdominio-muy-largo.'.repeat(20)}gob.cl`}
          ></cor-official-banner>
        </div>`,
      );
      wrapper.style.inlineSize = '320px';
      const el = wrapper.querySelector('cor-official-banner')!;
      await el.updateComplete;
      const limit = wrapper.getBoundingClientRect().right + 0.5;
      for (const part of el.shadowRoot!.querySelectorAll('*')) {
        const rect = part.getBoundingClientRect();
        if (rect.width === 0) continue;
        expect(rect.right, `${part.localName}.${part.className}`).to.be.at.most(limit);
      }
      expect(region(el).scrollWidth).to.be.at.most(region(el).clientWidth);
    });

    it('renders every bad string as text and never throws', async () => {
      const el = await fixture<CorOfficialBanner>(
        html`<cor-official-banner open></cor-official-banner>`,
      );
      resetCanary();
      for (const [name, value] of Object.entries(BAD_STRINGS)) {
        el.country = value;
        el.government = value;
        el.domain = value;
        await el.updateComplete;
        expect(el.country, name).to.equal(value);
        expect(el.shadowRoot!.querySelector('img, script, iframe, style'), name).to.equal(null);
        if (value.trim()) expect(statement(el), name).to.contain(value.trim());
      }
      for (const [name, value] of Object.entries(BAD_VALUES)) {
        el.country = value as string;
        el.open = value as boolean;
        await el.updateComplete;
        expect(toggle(el).getAttribute('aria-expanded'), name).to.equal(value ? 'true' : 'false');
      }
      await nextTask();
      expect(canaryHit()).to.equal(false);
    });
  });
});
