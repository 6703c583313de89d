import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetStrings, setStrings } from '../../i18n/registry.js';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { browserAxNode } from '../../testing/contract/ax-tree.js';
import { engine } from '../../testing/engine.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { settle } from '../../testing/stories.js';
import '../../checkboxes.js';
import '../../text-input.js';
import type { CorCheckbox } from '../checkbox/checkbox.js';
import type { CorCheckboxes } from './checkboxes.js';

const inner = (item: CorCheckbox) => item.shadowRoot!.querySelector('input')!;
const fieldset = (group: CorCheckboxes) => group.shadowRoot!.querySelector('fieldset')!;
const data = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([k, v]) => `${k}=${String(v)}`);

/** Role, name and checked state as assistive technology gets them (Chromium: its own tree). */
async function axOf(input: HTMLInputElement) {
  if (engine() === 'chromium') {
    const node = await browserAxNode(input);
    return {
      role: node.role,
      name: node.name.replace(/\s+/g, ' ').trim(),
      checked: String(node.properties.checked) === 'true',
      expanded: node.properties.expanded,
    };
  }
  // Firefox, WebKit: axe-core's role and name, the DOM's states (engine-gaps.ts, ax-tree).
  const expanded = input.getAttribute('aria-expanded');
  return {
    role: accessibleRole(input),
    name: accessibleName(input),
    checked: input.checked,
    expanded: expanded === null ? undefined : expanded === 'true',
  };
}

async function mount(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${template}</form>`);
  await settle(form);
  const group = form.querySelector('cor-checkboxes')!;
  const items = [...form.querySelectorAll('cor-checkbox')].filter((i) => i.group === group);
  return { form, group, items };
}

describe('cor-checkboxes', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  it('names each option and the group; the tree has role, name and checked state', async () => {
    const { group, items } = await mount(html`
      <cor-checkboxes name="temas" legend="¿Sobre qué temas?" hint="Seleccione todas.">
        <cor-checkbox value="salud" label="Salud" checked></cor-checkbox>
        <cor-checkbox value="vivienda" hint="Arriendo y compra"
          ><span slot="label">Vivienda <em>y barrio</em></span></cor-checkbox
        >
      </cor-checkboxes>
    `);
    expect(accessibleRole(fieldset(group))).to.equal('group');
    expect(accessibleName(fieldset(group))).to.equal('¿Sobre qué temas?');
    expect(await axOf(inner(items[0]!))).to.deep.equal({
      role: 'checkbox',
      name: 'Salud',
      checked: true,
      expanded: undefined,
    });
    expect(await axOf(inner(items[1]!))).to.deep.include({
      role: 'checkbox',
      name: 'Vivienda y barrio',
      checked: false,
    });
    expect(accessibleDescription(inner(items[1]!))).to.equal('Arriendo y compra');
    items[1]!.click();
    await settle(group);
    expect((await axOf(inner(items[1]!))).checked, 'checked after a click').to.equal(true);
  });

  it('puts the error in the group description, after the hint, in the element language', async () => {
    const { group } = await mount(html`
      <cor-checkboxes
        name="temas"
        legend="¿Sobre qué temas?"
        hint="Seleccione todas."
        error="Seleccione al menos un tema"
      >
        <cor-checkbox value="salud" label="Salud"></cor-checkbox>
      </cor-checkboxes>
    `);
    expect(accessibleDescription(fieldset(group))).to.equal(
      'Seleccione todas. Error: Seleccione al menos un tema',
    );
    document.documentElement.lang = 'en';
    setStrings('en', { errorPrefix: 'Problem:' });
    await settle(group);
    expect(accessibleDescription(fieldset(group))).to.equal(
      'Seleccione todas. Problem: Seleccione al menos un tema',
    );
    group.error = '';
    await settle(group);
    expect(accessibleDescription(fieldset(group))).to.equal('Seleccione todas.');
  });

  it('submits every checked value under the group name, never a disabled one', async () => {
    const { form, group, items } = await mount(html`
      <cor-checkboxes name="temas" legend="Temas">
        <cor-checkbox value="salud" label="Salud" checked></cor-checkbox>
        <cor-checkbox value="educacion" label="Educación"></cor-checkbox>
        <cor-checkbox value="vivienda" label="Vivienda" checked disabled></cor-checkbox>
        <cor-checkbox label="Otro"></cor-checkbox>
      </cor-checkboxes>
    `);
    expect(data(form)).to.deep.equal(['temas=salud']);
    items[1]!.checked = true;
    items[3]!.checked = true;
    expect(data(form), 'at once, without a value: on').to.deep.equal([
      'temas=salud',
      'temas=educacion',
      'temas=on',
    ]);
    expect(group.values).to.deep.equal(['salud', 'educacion', 'vivienda', 'on']);
    form.reset();
    expect(data(form)).to.deep.equal(['temas=salud']);
  });

  it('Tab visits each option; Space checks and unchecks the focused one', async () => {
    const { form, items } = await mount(html`
      <button type="button">Antes</button>
      <cor-checkboxes name="temas" legend="Temas">
        <cor-checkbox value="salud" label="Salud"></cor-checkbox>
        <cor-checkbox value="educacion" label="Educación"></cor-checkbox>
      </cor-checkboxes>
    `);
    form.querySelector('button')!.focus();
    await pressTab();
    expect(deepActiveElement()).to.equal(inner(items[0]!));
    // Firefox may activate on key-up after the driver returns: wait for the change itself.
    let changed = oneEvent(form, 'change');
    await pressKey('Space');
    await changed;
    expect(data(form)).to.deep.equal(['temas=salud']);
    changed = oneEvent(form, 'change');
    await pressKey('Space');
    await changed;
    expect(data(form)).to.deep.equal([]);
    await pressTab();
    expect(deepActiveElement()).to.equal(inner(items[1]!));
  });

  it('an exclusive option clears the others and is cleared by them, through a live region', async () => {
    const { form, group, items } = await mount(html`
      <cor-checkboxes name="paises" legend="¿Dónde ha vivido?">
        <cor-checkbox value="ar" label="Argentina" checked></cor-checkbox>
        <cor-checkbox value="pe" label="Perú" checked></cor-checkbox>
        <cor-checkbox value="ninguno" label="En ninguno" exclusive></cor-checkbox>
      </cor-checkboxes>
    `);
    const status = group.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent!.trim(), 'the region is there, empty, before the change').to.equal(
      '',
    );
    expect(items[2]!.shadowRoot!.querySelector('[part=divider]')!.textContent).to.equal('o');
    items[2]!.click();
    await settle(group);
    expect(data(form)).to.deep.equal(['paises=ninguno']);
    expect(status.textContent!.trim()).to.equal('Se desmarcaron las otras 2 opciones');
    items[1]!.click();
    await settle(group);
    expect(data(form)).to.deep.equal(['paises=pe']);
    expect(status.textContent!.trim()).to.equal('Se desmarcó «En ninguno»');
    items[0]!.checked = true; // a script is not the person: no exclusion, no announcement
    expect(data(form)).to.deep.equal(['paises=ar', 'paises=pe']);
  });

  it('reveals conditional content while checked; hidden controls are disabled and not submitted', async () => {
    const { form, group, items } = await mount(html`
      <cor-checkboxes name="contacto" legend="¿Cómo lo contactamos?">
        <cor-checkbox value="correo" label="Correo">
          <div slot="conditional">
            <cor-text-input label="Correo" name="correo" value="ana@gob.cl"></cor-text-input>
            <input name="nota" value="x" aria-label="Nota" />
            <input name="fijo" value="y" aria-label="Fijo" disabled />
          </div>
        </cor-checkbox>
        <cor-checkbox value="sms" label="SMS"></cor-checkbox>
      </cor-checkboxes>
    `);
    const [item] = items as [CorCheckbox];
    const input = inner(item);
    const part = item.shadowRoot!.querySelector<HTMLElement>('[part=conditional]')!;
    const textInput = form.querySelector('cor-text-input')!;
    expect(input.getAttribute('aria-controls')).to.equal(part.id);
    expect(await axOf(input)).to.deep.include({ checked: false, expanded: false });
    expect(part.hidden).to.equal(true);
    expect(data(form)).to.deep.equal([]);
    expect(textInput.disabled).to.equal(true);

    item.click();
    expect(data(form), 'shown at once').to.deep.equal([
      'contacto=correo',
      'correo=ana@gob.cl',
      'nota=x',
    ]);
    await settle(group);
    expect(part.hidden).to.equal(false);
    expect(await axOf(input)).to.deep.include({ checked: true, expanded: true });
    expect(form.querySelector<HTMLInputElement>('[name=fijo]')!.disabled, 'its own state').to.equal(
      true,
    );

    item.disabled = true;
    expect(data(form), 'a disabled option submits neither its value nor its content').to.deep.equal(
      [],
    );
    item.disabled = false;
    item.click();
    expect(data(form)).to.deep.equal([]);
    form.reset();
    await settle(group);
    expect(textInput.disabled, 'hidden again after reset').to.equal(true);
  });

  it('required asks for at least one option, shown only after a submit attempt', async () => {
    const { form, group, items } = await mount(html`
      <cor-checkboxes name="temas" legend="Temas" required>
        <cor-checkbox value="salud" label="Salud"></cor-checkbox>
        <cor-checkbox value="educacion" label="Educación"></cor-checkbox>
      </cor-checkboxes>
    `);
    form.addEventListener('submit', (event) => event.preventDefault());
    expect(group.validity.valueMissing).to.equal(true);
    expect(group.validationMessage).to.equal('Seleccione al menos una opción');
    expect(group.checkValidity()).to.equal(false);
    await settle(group);
    expect(group.matches(':state(user-invalid)')).to.equal(false);
    expect(accessibleDescription(fieldset(group))).to.equal('');

    form.requestSubmit();
    await settle(group);
    expect(group.matches(':state(user-invalid)')).to.equal(true);
    expect(accessibleDescription(fieldset(group))).to.equal(
      'Error: Seleccione al menos una opción',
    );
    group.lang = 'en';
    await settle(group);
    expect(group.validationMessage).to.equal('Select at least one option');

    items[1]!.click();
    await settle(group);
    expect(group.validity.valid).to.equal(true);
    expect(group.matches(':state(user-invalid)')).to.equal(false);
    items[1]!.click(); // the person unchecked it again: invalid at once, as a native checkbox
    await settle(group);
    expect(group.matches(':state(user-invalid)')).to.equal(true);
  });
});
