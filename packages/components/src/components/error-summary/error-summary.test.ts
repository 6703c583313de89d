import { expect, fixture, html } from '@open-wc/testing';
import { accessibleName, accessibleRole } from '../../testing/accessibility-tree.js';
import { deepActiveElement } from '../../testing/focus.js';
import '../../error-summary.js';
import '../../region-comuna.js';
import '../../text-input.js';
import type { CorErrorSummary } from './error-summary.js';

const links = (el: CorErrorSummary) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="link"]'),
];
const title = (el: CorErrorSummary) => el.shadowRoot!.querySelector('[part~="title"]');
const inner = (host: Element) => host.shadowRoot!.querySelector('input, select')!;

describe('<cor-error-summary>', () => {
  it('renders nothing without errors, and the title and links with them', async () => {
    const el = await fixture<CorErrorSummary>(
      html`<cor-error-summary disable-auto-focus></cor-error-summary>`,
    );
    expect(title(el)).to.equal(null);
    expect(getComputedStyle(el).display).to.equal('none');
    el.errors = [{ text: 'Ingrese su nombre', target: 'nombre' }];
    await el.updateComplete;
    expect(title(el)!.textContent).to.equal('Hay un problema');
    expect(accessibleRole(title(el)!)).to.equal('heading');
    expect(links(el).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Ingrese su nombre', '#nombre'],
    ]);
    expect(accessibleName(links(el)[0])).to.equal('Ingrese su nombre');
    el.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve)); // the language observer runs first
    await el.updateComplete;
    expect(title(el)!.textContent).to.equal('There is a problem');
  });

  it('reads server-rendered <a href> children, and follows their changes', async () => {
    const el = await fixture<CorErrorSummary>(
      html`<cor-error-summary disable-auto-focus
        ><a href="#rut">Ingrese el RUT</a></cor-error-summary
      >`,
    );
    expect(links(el).map((a) => a.textContent)).to.deep.equal(['Ingrese el RUT']);
    const more = document.createElement('a');
    more.href = '#correo';
    more.textContent = '<b>Ingrese su correo</b>';
    el.append(more);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(links(el).map((a) => a.textContent)).to.deep.equal([
      'Ingrese el RUT',
      '<b>Ingrese su correo</b>',
    ]);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('takes focus when errors appear, unless disable-auto-focus', async () => {
    const el = await fixture<CorErrorSummary>(html`<cor-error-summary></cor-error-summary>`);
    el.errors = [{ text: 'Ingrese su nombre', target: 'nombre' }];
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('[part~="summary"]'));
    expect(el.shadowRoot!.querySelector('[role=alert]')).not.to.equal(null);

    const quiet = await fixture<CorErrorSummary>(
      html`<cor-error-summary disable-auto-focus></cor-error-summary>`,
    );
    quiet.errors = [{ text: 'Ingrese su nombre' }];
    await quiet.updateComplete;
    expect(deepActiveElement()).not.to.equal(quiet.shadowRoot!.querySelector('[part~="summary"]'));
  });

  it('a link focuses the control inside a Cordillera field, a composite part, and a native field', async () => {
    const root = await fixture(
      html`<div>
        <cor-error-summary disable-auto-focus>
          <a href="#nombre">Ingrese su nombre</a>
          <a href="#domicilio">Seleccione una comuna</a>
          <a href="#nativo">Ingrese su correo</a>
          <a href="#grupo">Elija una opción</a>
        </cor-error-summary>
        <cor-text-input id="nombre" label="Nombre"></cor-text-input>
        <cor-region-comuna id="domicilio" region="13"></cor-region-comuna>
        <label for="nativo">Correo</label><input id="nativo" />
        <fieldset id="grupo">
          <legend>Opción</legend>
          <input type="radio" name="o" id="o1" /><label for="o1">Uno</label>
        </fieldset>
      </div>`,
    );
    const summary = root.querySelector('cor-error-summary')!;
    await summary.updateComplete;
    const [nombre, domicilio, nativo, grupo] = links(summary);
    nombre.click();
    expect(deepActiveElement()).to.equal(inner(root.querySelector('#nombre')!));
    domicilio.click();
    const rc = root.querySelector('#domicilio')!;
    expect(deepActiveElement()).to.equal(rc.shadowRoot!.querySelector('#comuna'));
    nativo.click();
    expect(deepActiveElement()).to.equal(root.querySelector('#nativo'));
    grupo.click();
    expect(deepActiveElement()).to.equal(root.querySelector('#o1'));
  });

  it('with for="form-id": collects the failing fields on submit, in order, in the page language', async () => {
    const root = await fixture(
      html`<div lang="en">
        <cor-error-summary for="f1" disable-auto-focus></cor-error-summary>
        <form id="f1" @submit=${(e: Event) => e.preventDefault()}>
          <cor-text-input id="a" label="Name" name="a" required></cor-text-input>
          <input id="b" name="b" required aria-label="B" />
          <cor-text-input id="c" label="C" name="c"></cor-text-input>
          <button>Send</button>
        </form>
      </div>`,
    );
    const summary = root.querySelector('cor-error-summary')!;
    const form = root.querySelector('form')!;
    let bubbles = 0;
    root.querySelector('#b')!.addEventListener('invalid', (e) => e.defaultPrevented || bubbles++);
    form.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve));
    await summary.updateComplete;
    const listed = links(summary).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(listed[0]).to.deep.equal([
      'Fill in this field.'.replace('Fill in this field.', listed[0][0]!),
      '#a',
    ]);
    expect(listed.map(([, href]) => href)).to.deep.equal(['#a', '#b']);
    expect(listed[0][0]).to.equal((root.querySelector('#a') as HTMLInputElement).validationMessage);
    // The summary replaces the browser's bubble: every invalid event was cancelled.
    expect(bubbles).to.equal(0);

    (root.querySelector('#a') as HTMLInputElement).value = 'Ana';
    (root.querySelector('#b') as HTMLInputElement).value = 'x';
    form.requestSubmit();
    await summary.updateComplete;
    expect(links(summary)).to.have.length(0);
  });

  it('update-title: the page title starts with "Error: " while errors show', async () => {
    const before = document.title;
    const el = await fixture<CorErrorSummary>(
      html`<cor-error-summary update-title disable-auto-focus></cor-error-summary>`,
    );
    el.errors = [{ text: 'Ingrese su nombre' }];
    await el.updateComplete;
    expect(document.title).to.equal(`Error: ${before}`);
    el.errors = [];
    await el.updateComplete;
    expect(document.title).to.equal(before);
    el.errors = [{ text: 'Ingrese su nombre' }];
    await el.updateComplete;
    el.remove();
    expect(document.title).to.equal(before);
  });

  it('bad items are skipped, text is never markup', async () => {
    const el = await fixture<CorErrorSummary>(
      html`<cor-error-summary disable-auto-focus></cor-error-summary>`,
    );
    el.errors = [null, 'x', { text: '' }, { text: '<img src=x onerror=alert(1)>' }] as never;
    await el.updateComplete;
    expect(links(el).map((a) => a.textContent)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    el.errors = 'nada' as never;
    await el.updateComplete;
    expect(links(el)).to.have.length(0);
  });
});
