import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { comunas, comunasOf, regions, TERRITORY_SOURCE_DATE } from '../../chile/territory.js';
import { setDevWarnings } from '../../core/dev.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { deepActiveElement } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../region-comuna.js';
import type { CorRegionComuna } from './region-comuna.js';

const select = (el: CorRegionComuna, part: 'region' | 'comuna') =>
  el.shadowRoot!.querySelector<HTMLSelectElement>(`#${part}`)!;
const optionTexts = (s: HTMLSelectElement) => [...s.options].map((o) => o.textContent!.trim());
const errorText = (el: CorRegionComuna) =>
  el.shadowRoot!.querySelector('[part=error]')!.textContent!.replace(/\s+/g, ' ').trim();
const entries = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([k, v]) => [k, String(v)] as [string, string]);

/** What a person picking an option does: the select changes, then input and change fire. */
async function pick(el: CorRegionComuna, part: 'region' | 'comuna', code: string) {
  const s = select(el, part);
  s.value = code;
  s.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('chile-territory data (SUBDERE CUT codes)', () => {
  // Comunas per region, as the CUT list has them since the Región de Ñuble (2018).
  // (pairs, not an object: integer-like keys such as '13' would be reordered)
  const COUNTS: [string, number][] = [
    ['15', 4], ['01', 7], ['02', 9], ['03', 9], ['04', 15], ['05', 38], ['13', 52], ['06', 33],
    ['07', 30], ['16', 21], ['08', 33], ['09', 32], ['14', 12], ['10', 30], ['11', 10], ['12', 11],
  ]; // prettier-ignore

  it('has the 16 regions, with unique 2-digit codes, north to south', () => {
    expect(regions).to.have.length(16);
    expect(regions.every((r) => /^\d{2}$/.test(r.code))).to.equal(true);
    expect(new Set(regions.map((r) => r.code)).size).to.equal(16);
    expect(regions.map((r) => r.code)).to.deep.equal(COUNTS.map(([code]) => code));
    expect(regions.find((r) => r.code === '13')!.name).to.equal('Metropolitana de Santiago');
  });

  it('has the 346 comunas, with unique 5-digit codes that start with their region code', () => {
    expect(comunas).to.have.length(346);
    expect(new Set(comunas.map((c) => c.code)).size).to.equal(346);
    for (const c of comunas) {
      expect(c.code, c.name).to.match(/^\d{5}$/);
      expect(c.code.slice(0, 2), c.name).to.equal(c.regionCode);
      expect(c.name.trim(), c.code).to.equal(c.name);
      expect(c.name, c.code).not.to.equal('');
    }
    for (const [code, count] of COUNTS) {
      expect(comunasOf(code), `comunas of region ${code}`).to.have.length(count);
    }
    expect(comunasOf('99')).to.deep.equal([]);
  });

  it('knows well-known codes and records the date it was checked', () => {
    const name = (code: string) => comunas.find((c) => c.code === code)?.name;
    expect(name('13120')).to.equal('Ñuñoa');
    expect(name('13101')).to.equal('Santiago');
    expect(name('05101')).to.equal('Valparaíso');
    expect(name('16101')).to.equal('Chillán');
    expect(name('12202')).to.equal('Antártica');
    expect(TERRITORY_SOURCE_DATE).to.match(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is frozen: a page cannot change the shared list by accident', () => {
    expect(Object.isFrozen(regions) && Object.isFrozen(comunas)).to.equal(true);
    expect(Object.isFrozen(comunas[0]) && Object.isFrozen(regions[0])).to.equal(true);
  });
});

describe('<cor-region-comuna>', () => {
  before(() => setDevWarnings(false));
  after(() => setDevWarnings(true));

  it('lists the regions north to south and, after one is chosen, its comunas alphabetically', async () => {
    const el = await fixture<CorRegionComuna>(html`<cor-region-comuna></cor-region-comuna>`);
    const regionTexts = optionTexts(select(el, 'region'));
    expect(regionTexts[0]).to.equal('Seleccione una región');
    expect(regionTexts.slice(1)).to.deep.equal(regions.map((r) => r.name));
    expect(optionTexts(select(el, 'comuna'))).to.deep.equal(['Primero seleccione una región']);

    await pick(el, 'region', '15');
    expect(optionTexts(select(el, 'comuna'))).to.deep.equal([
      'Seleccione una comuna',
      'Arica',
      'Camarones',
      'General Lagos',
      'Putre',
    ]);
    await pick(el, 'comuna', '15202');
    expect(el.value).to.deep.equal({ region: '15', comuna: '15202' });
  });

  it('sorts comunas the Spanish way (Ñuñoa after Nunoa-like names, accents ignored)', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna region="13"></cor-region-comuna>`,
    );
    const names = optionTexts(select(el, 'comuna')).slice(1);
    expect(names).to.have.length(52);
    expect(names.indexOf('Ñuñoa')).to.be.greaterThan(names.indexOf('Maipú'));
    expect(names.indexOf('Ñuñoa')).to.be.lessThan(names.indexOf('Padre Hurtado'));
    expect(names.indexOf('Conchalí')).to.be.lessThan(names.indexOf('El Bosque'));
  });

  it('a new región clears a comuna of another región', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna region="13" comuna="13120"></cor-region-comuna>`,
    );
    await pick(el, 'region', '05');
    expect(el.value).to.deep.equal({ region: '05', comuna: '' });
    expect(select(el, 'comuna').value).to.equal('');
  });

  it('works from the keyboard: Tab reaches each select, arrows change the región', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<div><cor-region-comuna></cor-region-comuna></div>`,
    ).then((d) => d.querySelector('cor-region-comuna')!);
    el.focus();
    expect(deepActiveElement()).to.equal(select(el, 'region'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(select(el, 'comuna'));
  });

  it('value: can be set; a comuna alone gives its región; unknown codes are dropped with a warning', async () => {
    const el = await fixture<CorRegionComuna>(html`<cor-region-comuna></cor-region-comuna>`);
    el.value = { region: '13', comuna: '13120' };
    await el.updateComplete;
    expect(select(el, 'region').value).to.equal('13');
    expect(select(el, 'comuna').value).to.equal('13120');

    el.value = { comuna: '08101' };
    expect(el.value).to.deep.equal({ region: '08', comuna: '08101' });

    el.value = { region: '13', comuna: '08101' }; // a comuna of another región
    expect(el.value).to.deep.equal({ region: '13', comuna: '' });

    setDevWarnings(true);
    const warnings = captureWarnings();
    try {
      const odd = await fixture<CorRegionComuna>(
        html`<cor-region-comuna region="99" comuna="99999"></cor-region-comuna>`,
      );
      expect(odd.value).to.deep.equal({ region: '', comuna: '' });
      expect(warnings.messages.join('\n')).to.include('unknown CUT code');
    } finally {
      warnings.restore();
      setDevWarnings(false);
    }
    for (const bad of [null, undefined, 'Ñuñoa', 13120, [], { region: 'trece' }]) {
      el.value = bad;
      expect(el.value, String(bad)).to.deep.equal({ region: '', comuna: '' });
    }
  });

  it('names: the field names, `region` and `comuna` unless configured', async () => {
    const el = await fixture<CorRegionComuna>(html`<cor-region-comuna></cor-region-comuna>`);
    expect(el.names).to.deep.equal({ region: 'region', comuna: 'comuna' });
    el.regionName = 'domicilio_region';
    el.comunaName = '';
    expect(el.names).to.deep.equal({ region: 'domicilio_region', comuna: 'comuna' });
  });

  it('names each select by its label and describes it by its own hint', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna
        legend="¿En qué comuna vive?"
        hint="La de su domicilio."
        region-hint="Donde vive."
        comuna-label="Comuna de residencia"
      ></cor-region-comuna>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(accessibleRole(fieldset)).to.equal('group');
    expect(accessibleName(fieldset)).to.equal('¿En qué comuna vive?');
    expect(accessibleDescription(fieldset)).to.equal('La de su domicilio.');
    expect(accessibleRole(select(el, 'region'))).to.equal('combobox');
    expect(accessibleName(select(el, 'region'))).to.equal('Región');
    expect(accessibleDescription(select(el, 'region'))).to.equal('Donde vive.');
    expect(accessibleName(select(el, 'comuna'))).to.equal('Comuna de residencia');
    expect(accessibleDescription(select(el, 'comuna'))).to.equal('');
  });

  it('tells screen readers about the error: the wrong part is described by the message', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<form><cor-region-comuna required region="05"></cor-region-comuna></form>`,
    ).then((f) => f.querySelector('cor-region-comuna')!);
    expect(errorText(el), 'no message before any attempt').to.equal('');
    el.dispatchEvent(new Event('invalid')); // what a failed submit does
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Seleccione una comuna');
    expect(accessibleDescription(select(el, 'comuna'))).to.equal('Error: Seleccione una comuna');
    expect(select(el, 'comuna').getAttribute('aria-invalid')).to.equal('true');
    expect(select(el, 'region').getAttribute('aria-invalid')).to.equal('false');
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(accessibleDescription(fieldset)).to.equal('Error: Seleccione una comuna');

    el.lang = 'en';
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Select a comuna');
  });

  it('a server error describes the group, whatever the parts hold', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna
        region="13"
        comuna="13101"
        error="No disponible en Santiago"
      ></cor-region-comuna>`,
    );
    const fieldset = el.shadowRoot!.querySelector('fieldset')!;
    expect(accessibleDescription(fieldset)).to.equal('Error: No disponible en Santiago');
  });

  it('focusFromLink() focuses the part that needs an answer', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna required></cor-region-comuna>`,
    );
    el.focusFromLink();
    expect(deepActiveElement()).to.equal(select(el, 'region'));
    el.value = { region: '13' };
    await el.updateComplete;
    el.focusFromLink();
    expect(deepActiveElement()).to.equal(select(el, 'comuna'));
  });

  it('keeps the chosen part through a language change, and labels follow the language', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna region="13" comuna="13120"></cor-region-comuna>`,
    );
    el.lang = 'en';
    await el.updateComplete;
    expect(accessibleName(select(el, 'region'))).to.equal('Region');
    expect(optionTexts(select(el, 'region'))[0]).to.equal('Select a region');
    expect(select(el, 'comuna').value).to.equal('13120');
  });
});

// Form behaviour that only this component has (its object value, its messages, its restore
// state). Beside two native selects it is compared by the parity suite (parity/pair-checks.ts).
describe('<cor-region-comuna> in a form', () => {
  before(() => setDevWarnings(false));
  after(() => setDevWarnings(true));

  it('the validity API: flags, messages in the element language, setCustomValidity', async () => {
    const el = await fixture<CorRegionComuna>(
      html`<cor-region-comuna required lang="en"></cor-region-comuna>`,
    );
    expect(el.willValidate).to.equal(true);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Select a region');
    el.value = { region: '13' };
    expect(el.validationMessage).to.equal('Select a comuna');
    el.value = { comuna: '13120' };
    expect(el.checkValidity()).to.equal(true);
    el.setCustomValidity('Fuera de cobertura');
    expect(el.validity.customError).to.equal(true);
    expect(el.reportValidity()).to.equal(false);
    el.setCustomValidity('');
    expect(el.validity.valid).to.equal(true);
  });

  it(':state(user-invalid) only after the person changes it or tries to submit', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cor-region-comuna required></cor-region-comuna></form>`,
    );
    form.addEventListener('submit', (e) => e.preventDefault());
    const el = form.querySelector('cor-region-comuna')!;
    const userInvalid = () => el.matches(':state(user-invalid)');
    expect(el.checkValidity()).to.equal(false);
    expect(userInvalid(), 'a script asking').to.equal(false);
    await pick(el, 'region', '13');
    expect(userInvalid(), 'after a change with the comuna missing').to.equal(true);
    form.reset();
    expect(userInvalid(), 'after reset').to.equal(false);
    form.requestSubmit();
    await el.updateComplete;
    expect(userInvalid(), 'after a submit attempt').to.equal(true);
  });

  it('back/forward restore: the saved state brings the codes back, unless autocomplete="off"', async () => {
    // What the browser hands back after a history navigation (the state given to
    // setFormValue). The real round trip through history is the parity suite's state-restore
    // check, which a paired control cannot join (exemptions.ts); here the callback's contract.
    const form = await fixture<HTMLFormElement>(
      html`<form><cor-region-comuna></cor-region-comuna></form>`,
    );
    const el = form.querySelector('cor-region-comuna')!;
    el.formStateRestoreCallback('05/05109');
    await el.updateComplete;
    expect(el.value).to.deep.equal({ region: '05', comuna: '05109' });
    expect(entries(form)).to.deep.equal([
      ['region', '05'],
      ['comuna', '05109'],
    ]);
    el.formStateRestoreCallback('no es un estado');
    expect(el.value).to.deep.equal({ region: '', comuna: '' });
    el.setAttribute('autocomplete', 'off');
    el.formStateRestoreCallback('13/13120');
    expect(el.value, 'autocomplete="off" keeps nothing').to.deep.equal({ region: '', comuna: '' });
  });
});
