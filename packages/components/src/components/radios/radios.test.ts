import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  accessibleDescription,
  accessibleName,
  accessibleRole,
} from '../../testing/accessibility-tree.js';
import { browserAxNode } from '../../testing/contract/ax-tree.js';
import { engine } from '../../testing/engine.js';
import { deepActiveElement, pressKey, pressTab } from '../../testing/focus.js';
import { settle } from '../../testing/stories.js';
import '../../radios.js';
import type { CorRadio } from '../radio/radio.js';
import type { CorRadios } from './radios.js';

const inner = (item: CorRadio) => item.shadowRoot!.querySelector('input')!;
const fieldset = (group: CorRadios) => group.shadowRoot!.querySelector('fieldset')!;
const data = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([k, v]) => `${k}=${String(v)}`);

/**
 * Role, name and checked state as assistive technology gets them (Chromium: its own tree), and
 * the position in the group the radio declares (CDP's tree does not report it).
 */
async function axOf(input: HTMLInputElement) {
  const position = `${input.getAttribute('aria-posinset')}/${input.getAttribute('aria-setsize')}`;
  if (engine() === 'chromium') {
    const node = await browserAxNode(input);
    return {
      role: node.role,
      name: node.name.replace(/\s+/g, ' ').trim(),
      checked: String(node.properties.checked) === 'true',
      position,
    };
  }
  // Firefox, WebKit: axe-core's role and name, the DOM's states (engine-gaps.ts, ax-tree).
  return {
    role: accessibleRole(input),
    name: accessibleName(input),
    checked: input.checked,
    position,
  };
}

async function mount(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(
    html`<form><button type="button">Antes</button>${template}<button>Enviar</button></form>`,
  );
  await settle(form);
  const group = form.querySelector('cor-radios')!;
  const items = [...form.querySelectorAll('cor-radio')].filter((i) => i.group === group);
  const before = form.querySelector('button')!;
  return { form, group, items, before };
}

const focusedItem = (items: CorRadio[]) => items.findIndex((i) => deepActiveElement() === inner(i));
const checked = (items: CorRadio[]) => items.flatMap((item, i) => (item.checked ? [i] : []));

describe('cor-radios', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
  });

  it('names each option and the group; the tree has role, name, checked state and position', async () => {
    const { group, items } = await mount(html`
      <cor-radios name="estado" legend="¿Cuál es su estado civil?" hint="Según su cédula.">
        <cor-radio value="soltero" label="Soltero o soltera"></cor-radio>
        <cor-radio
          value="casado"
          label="Casado o casada"
          hint="O en unión civil"
          checked
        ></cor-radio>
      </cor-radios>
    `);
    expect(accessibleName(fieldset(group))).to.equal('¿Cuál es su estado civil?');
    expect(accessibleDescription(fieldset(group))).to.equal('Según su cédula.');
    expect(await axOf(inner(items[0]!))).to.deep.equal({
      role: 'radio',
      name: 'Soltero o soltera',
      checked: false,
      position: '1/2',
    });
    expect(await axOf(inner(items[1]!))).to.deep.equal({
      role: 'radio',
      name: 'Casado o casada',
      checked: true,
      position: '2/2',
    });
    expect(accessibleDescription(inner(items[1]!))).to.equal('O en unión civil');
  });

  it('puts the error in the group description, with the prefix in the element language', async () => {
    const { group } = await mount(html`
      <cor-radios name="estado" legend="Estado civil" error="Seleccione su estado civil" lang="en">
        <cor-radio value="soltero" label="Soltero o soltera"></cor-radio>
      </cor-radios>
    `);
    expect(accessibleDescription(fieldset(group))).to.equal('Error: Seleccione su estado civil');
    group.lang = 'es';
    group.required = true;
    await settle(group);
    expect(group.validationMessage).to.equal('Seleccione una opción');
  });

  it('is one Tab stop: the chosen option, else the first that can be chosen', async () => {
    const { form, items, before } = await mount(html`
      <cor-radios name="estado" legend="Estado civil">
        <cor-radio value="a" label="A" disabled></cor-radio>
        <cor-radio value="b" label="B"></cor-radio>
        <cor-radio value="c" label="C"></cor-radio>
      </cor-radios>
    `);
    const submit = form.querySelectorAll('button')[1]!;
    before.focus();
    await pressTab();
    expect(focusedItem(items), 'the first enabled option').to.equal(1);
    await pressTab();
    expect(deepActiveElement(), 'one stop only').to.equal(submit);
    items[2]!.checked = true;
    await settle(form);
    await pressTab(true);
    expect(focusedItem(items), 'Shift+Tab: the chosen option').to.equal(2);
  });

  it('arrow keys move and check, skip disabled options and wrap; Space checks', async () => {
    const { form, items, before } = await mount(html`
      <cor-radios name="estado" legend="Estado civil">
        <cor-radio value="a" label="A"></cor-radio>
        <cor-radio value="b" label="B" disabled></cor-radio>
        <cor-radio value="c" label="C"></cor-radio>
        <cor-radio value="d" label="D"></cor-radio>
      </cor-radios>
    `);
    const events: string[] = [];
    for (const type of ['input', 'change']) {
      form.addEventListener(type, (e) =>
        events.push(`${type}:${(e.target as Element).getAttribute('value')}`),
      );
    }
    before.focus();
    await pressTab();
    const changed = oneEvent(form, 'change'); // Firefox may activate on key-up, later
    await pressKey('Space');
    await changed;
    expect(checked(items)).to.deep.equal([0]);
    const steps: [string, number][] = [
      ['ArrowDown', 2], // skips the disabled B
      ['ArrowRight', 3],
      ['ArrowDown', 0], // wraps
      ['ArrowUp', 3], // wraps back
      ['ArrowLeft', 2],
    ];
    for (const [key, expected] of steps) {
      await pressKey(key);
      expect({ key, focused: focusedItem(items), checked: checked(items) }).to.deep.equal({
        key,
        focused: expected,
        checked: [expected],
      });
    }
    expect(data(form)).to.deep.equal(['estado=c']);
    expect(events.slice(0, 4)).to.deep.equal(['input:a', 'change:a', 'input:c', 'change:c']);
  });

  it('in a right-to-left page, ArrowLeft goes forward', async () => {
    const { items, before } = await mount(html`
      <cor-radios name="x" legend="X" dir="rtl">
        <cor-radio value="a" label="A" checked></cor-radio>
        <cor-radio value="b" label="B"></cor-radio>
      </cor-radios>
    `);
    before.focus();
    await pressTab();
    await pressKey('ArrowLeft');
    expect(checked(items)).to.deep.equal([1]);
  });

  it('checking one unchecks the others; conditional content of the others is hidden and not submitted', async () => {
    const { form, group, items } = await mount(html`
      <cor-radios name="respuesta" legend="¿Cómo le respondemos?">
        <cor-radio value="correo" label="Correo" checked>
          <input slot="conditional" name="correo" value="ana@gob.cl" aria-label="Correo" />
        </cor-radio>
        <cor-radio value="carta" label="Carta">
          <input slot="conditional" name="direccion" value="Morandé 130" aria-label="Dirección" />
        </cor-radio>
      </cor-radios>
    `);
    const control = inner(items[0]!);
    expect(control.getAttribute('aria-controls')).to.equal('conditional');
    // ARIA and axe allow aria-expanded on checkboxes, not on radios (GOV.UK's known issue).
    expect(control.hasAttribute('aria-expanded')).to.equal(false);
    expect(data(form)).to.deep.equal(['respuesta=correo', 'correo=ana@gob.cl']);
    items[1]!.click();
    expect(data(form)).to.deep.equal(['respuesta=carta', 'direccion=Morandé 130']);
    await settle(group);
    expect(control.checked, 'the first native radio follows').to.equal(false);
    expect(items[0]!.shadowRoot!.querySelector<HTMLElement>('[part=conditional]')!.hidden).to.equal(
      true,
    );
    expect(group.value).to.equal('carta');
  });
});
