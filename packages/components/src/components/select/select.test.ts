// What only <cor-select> does. Form behaviour against a native <select> (FormData, reset,
// disabled, form=, validity, :user-invalid, keyboard events…) is proved by the parity suite
// (testing/parity/select-checks.ts); axe, focus ring, reflow… by the contract suite.
import { expect, fixture, html } from '@open-wc/testing';
import { resetStrings } from '../../i18n/registry.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { BAD_INPUTS } from '../../testing/bad-input.js';
import { deepActiveElement, pressKey } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../select.js';
import type { CorSelect, SelectOption } from './select.js';

const inner = (el: CorSelect) => el.shadowRoot!.querySelector('select')!;

/** What the inner select lists: [group label or '', option value, option text] rows. */
const listed = (el: CorSelect) =>
  [...inner(el).options].map((o) => [
    o.parentElement instanceof HTMLOptGroupElement ? o.parentElement.label : '',
    o.value,
    o.text,
  ]);

/** One task: the MutationObserver has delivered and the element has rendered. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('cor-select', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  it('copies its <option> and <optgroup> children into the inner select, as text', async () => {
    const el = await fixture<CorSelect>(html`
      <cor-select label="Comuna" name="comuna">
        <option value="13101">Santiago</option>
        <optgroup label="Provincia de Cordillera">
          <option value="13201" disabled>Puente Alto</option>
          <option>San José de Maipo</option>
        </optgroup>
        <option value="x"><b>Ñuñoa</b></option>
        <option value="y">&lt;b&gt;Maipú&lt;/b&gt;</option>
      </cor-select>
    `);
    expect(listed(el)).to.deep.equal([
      ['', '13101', 'Santiago'],
      ['Provincia de Cordillera', '13201', 'Puente Alto'],
      ['Provincia de Cordillera', 'San José de Maipo', 'San José de Maipo'],
      ['', 'x', 'Ñuñoa'],
      ['', 'y', '<b>Maipú</b>'],
    ]);
    expect(inner(el).options[1]!.disabled).to.equal(true);
    expect(inner(el).querySelector('b'), 'markup stays out').to.equal(null);
  });

  it('takes its options from the property, which wins over the children', async () => {
    const options: SelectOption[] = [
      { value: '05', label: 'Valparaíso', group: 'Zona central' },
      { value: '15', label: 'Arica y Parinacota', group: 'Norte grande' },
      { value: '13', label: 'Metropolitana', group: 'Zona central', disabled: true },
      { value: '99', label: '<i>Otra</i>' },
    ];
    const el = await fixture<CorSelect>(html`
      <cor-select label="Región" value="15" .options=${options}>
        <option value="ignorada">Ignorada</option>
      </cor-select>
    `);
    expect(listed(el)).to.deep.equal([
      ['Zona central', '05', 'Valparaíso'],
      ['Zona central', '13', 'Metropolitana'],
      ['Norte grande', '15', 'Arica y Parinacota'],
      ['', '99', '<i>Otra</i>'],
    ]);
    expect(inner(el).options[1]!.disabled).to.equal(true);
    expect(el.value, 'the value attribute chooses the initial option').to.equal('15');

    // A new array with the same values keeps the choice; an empty one brings the children back.
    el.value = '05';
    el.options = options.map((o) => ({ ...o, label: o.label.toUpperCase() }));
    await el.updateComplete;
    expect([el.value, inner(el).selectedOptions[0]!.text]).to.deep.equal(['05', 'VALPARAÍSO']);
    el.options = [];
    await el.updateComplete;
    expect(listed(el)).to.deep.equal([['', 'ignorada', 'Ignorada']]);

    // A framework may set `value` before the options: it waits for them.
    const late = document.createElement('cor-select');
    late.label = 'Región';
    late.value = '15';
    late.options = options;
    expect(late.value).to.equal('15');
  });

  it('follows later changes to its children, keeping the chosen option', async () => {
    const el = await fixture<CorSelect>(html`
      <cor-select label="Comuna">
        <option value="a">Arica</option>
        <option value="b">Camarones</option>
      </cor-select>
    `);
    el.value = 'b';
    const added = Object.assign(document.createElement('option'), { value: 'c', text: 'Putre' });
    el.prepend(added);
    expect(el.value, 'read at once').to.equal('b');
    el.querySelector('option[value="b"]')!.textContent = 'Camarones (comuna)';
    added.setAttribute('label', 'Putre (Parinacota)');
    await nextTask();
    expect(listed(el)).to.deep.equal([
      ['', 'c', 'Putre'],
      ['', 'a', 'Arica'],
      ['', 'b', 'Camarones (comuna)'],
    ]);
    expect(inner(el).options[0]!.label).to.equal('Putre (Parinacota)');
    expect(el.value).to.equal('b');
    el.querySelector('option[value="b"]')!.remove();
    await nextTask();
    expect(el.value, 'the chosen option left: the first is chosen').to.equal('c');
  });

  it('adds a placeholder option that counts as empty when required', async () => {
    const el = await fixture<CorSelect>(html`
      <cor-select label="Previsión" placeholder required>
        <option value="fonasa">Fonasa</option>
        <option value="isapre">Isapre</option>
      </cor-select>
    `);
    expect(listed(el)[0]).to.deep.equal(['', '', 'Seleccione una opción']);
    expect(el.value).to.equal('');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Seleccione una opción de la lista');

    document.documentElement.lang = 'en';
    await nextTask();
    expect(listed(el)[0]).to.deep.equal(['', '', 'Select an option']);
    expect(el.validationMessage).to.equal('Select an option from the list');

    el.placeholder = 'Choose your health insurance';
    await el.updateComplete;
    expect(inner(el).options[0]!.text).to.equal('Choose your health insurance');
    el.value = 'isapre';
    expect(el.validity.valid).to.equal(true);
    el.placeholder = null;
    await el.updateComplete;
    expect(listed(el).map(([, value]) => value)).to.deep.equal(['fonasa', 'isapre']);
  });

  it('starts on the option the value attribute names, else the selected one, and resets to it', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <cor-select label="Uno" name="uno" value="c">
          <option value="a">A</option>
          <option value="b" selected>B</option>
          <option value="c">C</option>
        </cor-select>
        <cor-select label="Dos" name="dos" value="no-existe">
          <option value="a">A</option>
          <option value="b" selected>B</option>
        </cor-select>
      </form>
    `);
    const [uno, dos] = [...form.querySelectorAll('cor-select')];
    expect([uno!.value, dos!.value]).to.deep.equal(['c', 'b']);
    uno!.value = 'a';
    uno!.setAttribute('value', 'b'); // as an input's: no effect on a changed value
    expect(uno!.value).to.equal('a');
    form.reset();
    expect(uno!.value).to.equal('b');
    expect([...new FormData(form)]).to.deep.equal([
      ['uno', 'b'],
      ['dos', 'b'],
    ]);
  });

  it('names the select by its label and tells screen readers about the error', async () => {
    const el = await fixture<CorSelect>(html`
      <cor-select label="País de nacimiento" hint="Donde nació, aunque hoy viva en otro país">
        <option value="CL">Chile</option>
      </cor-select>
    `);
    const select = inner(el);
    expect(accessibleRole(select)).to.equal('combobox');
    expect(accessibleName(select)).to.equal('País de nacimiento');
    expect(accessibleDescription(select)).to.equal('Donde nació, aunque hoy viva en otro país');
    expect(select.getAttribute('aria-invalid')).to.equal('false');

    el.error = 'Seleccione el país donde nació';
    await el.updateComplete;
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(accessibleDescription(select)).to.equal(
      'Donde nació, aunque hoy viva en otro país Error: Seleccione el país donde nació',
    );
    document.documentElement.lang = 'en';
    el.error = 'Select the country where you were born';
    await el.updateComplete;
    expect(accessibleDescription(select)).to.equal(
      'Donde nació, aunque hoy viva en otro país Error: Select the country where you were born',
    );
  });

  it('is one Tab stop; arrow keys choose and fire input and change on the host', async () => {
    const el = await fixture<CorSelect>(html`
      <cor-select label="Documento">
        <option value="cedula">Cédula de identidad</option>
        <option value="pasaporte">Pasaporte</option>
      </cor-select>
    `);
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input ${el.value}`));
    el.addEventListener('change', () => events.push(`change ${el.value}`));
    el.focus();
    expect(deepActiveElement()).to.equal(inner(el));
    await pressKey('ArrowDown');
    expect(el.value).to.equal('pasaporte');
    expect(events).to.deep.equal(['input pasaporte', 'change pasaporte']);
  });

  // The shared bad-input suite types text into an empty control (bad-input:typed-text), which a
  // select cannot take: this is the same promise for a select, with the person's choice.
  it('keeps the chosen option through every bad value of every attribute and property', async () => {
    const el = await fixture<CorSelect>(html`
      <cor-select label="Documento">
        <option value="cedula">Cédula de identidad</option>
        <option value="pasaporte">Pasaporte</option>
      </cor-select>
    `);
    el.focus();
    await pressKey('ArrowDown');
    expect(el.value).to.equal('pasaporte');
    const declared = (el.constructor as typeof CorSelect).elementProperties;
    const lost: string[] = [];
    const warnings = captureWarnings(); // unknown values warn by design
    try {
      for (const [name, options] of declared) {
        if (name === 'value') continue; // the one property that replaces the choice
        const attribute =
          options.attribute === false
            ? null
            : typeof options.attribute === 'string'
              ? options.attribute
              : String(name).toLowerCase();
        const check = (what: string) => {
          if (el.value !== 'pasaporte' || inner(el).value !== 'pasaporte') {
            lost.push(`${what} → ${String(name)}: ${el.value}`);
          }
        };
        // Each value is read at once (the element syncs its options synchronously), and once
        // more after a render of the last one.
        for (const entry of BAD_INPUTS) {
          if (attribute) el.setAttribute(attribute, String(entry.value));
          (el as unknown as Record<PropertyKey, unknown>)[name] = entry.value;
          check(entry.name);
        }
        await el.updateComplete;
        check('after rendering');
      }
    } finally {
      warnings.restore();
    }
    expect(lost).to.deep.equal([]);
  });

  it('warns in development without a label or with multiple', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(html`<cor-select multiple name="sin-etiqueta-${Math.random()}"></cor-select>`);
    } finally {
      warnings.restore();
    }
    const text = warnings.messages.join('\n');
    expect(text).to.match(/needs a label/);
    expect(text).to.match(/multiple.*cor-checkboxes/);
  });
});
