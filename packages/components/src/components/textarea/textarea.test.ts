import { expect, fixture, html } from '@open-wc/testing';
import { setDevWarnings } from '../../core/dev.js';
import { resetStrings } from '../../i18n/registry.js';
import { accessibleDescription, accessibleName } from '../../testing/accessibility-tree.js';
import { nextFrames } from '../../testing/contract/dom.js';
import { pressKey, pressTab, typeText } from '../../testing/focus.js';
import { captureWarnings } from '../../testing/warnings.js';
import '../../textarea.js';
import '../../button.js';
import { countCharacters, countWords, type CorTextarea } from './textarea.js';

const inner = (el: CorTextarea) => el.shadowRoot!.querySelector('textarea')!;
const part = (el: CorTextarea, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const region = (el: CorTextarea) => el.shadowRoot!.querySelector<HTMLElement>('[aria-live]')!;

/** What a person typing would do, without the keyboard: the text changes and `input` fires. */
function edit(el: CorTextarea, text: string): void {
  inner(el).value = text;
  inner(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Changes `<html lang>` and waits for the element to follow (its observer is a microtask). */
async function setPageLang(el: CorTextarea, lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await Promise.resolve();
  await el.updateComplete;
}

/** Holds every setTimeout started while installed, to run them by hand (fake timers). */
function holdTimers() {
  const held = new Map<number, { run: () => void; delay: number }>();
  const { setTimeout: set, clearTimeout: clear } = window;
  let next = 1;
  window.setTimeout = ((run: () => void, delay = 0) => {
    held.set(next, { run, delay });
    return next++;
  }) as typeof setTimeout;
  window.clearTimeout = ((id: number) => held.delete(id)) as typeof clearTimeout;
  return {
    held,
    restore: () => Object.assign(window, { setTimeout: set, clearTimeout: clear }),
  };
}

describe('cor-textarea', () => {
  afterEach(() => {
    document.documentElement.lang = 'es';
    resetStrings();
  });

  describe('the count', () => {
    it('says what is left and what is too many, with plural forms, in es and en', async () => {
      const el = await fixture<CorTextarea>(
        html`<cor-textarea label="Describa el problema" maxlength="12"></cor-textarea>`,
      );
      const seen = async (value: string) => {
        el.value = value;
        await el.updateComplete;
        return part(el, 'count').textContent!.trim();
      };
      expect(await seen('')).to.equal('Le quedan 12 caracteres');
      expect(await seen('ab')).to.equal('Le quedan 10 caracteres');
      expect(await seen('x'.repeat(11))).to.equal('Le queda 1 carácter');
      expect(await seen('x'.repeat(12))).to.equal('Le quedan 0 caracteres');
      expect(await seen('x'.repeat(13))).to.equal('Tiene 1 carácter de más');
      expect(await seen('x'.repeat(24))).to.equal('Tiene 12 caracteres de más');

      el.maxWords = 4; // maxwords wins over maxlength
      expect(await seen('una')).to.equal('Le quedan 3 palabras');
      expect(await seen('una dos tres')).to.equal('Le queda 1 palabra');
      expect(await seen('una dos tres cuatro cinco')).to.equal('Tiene 1 palabra de más');
      expect(await seen('a b c d e f')).to.equal('Tiene 2 palabras de más');

      await setPageLang(el, 'en');
      expect(await seen('a b c')).to.equal('You have 1 word remaining');
      expect(await seen('a b')).to.equal('You have 2 words remaining');
      expect(await seen('a b c d e')).to.equal('You have 1 word too many');
      el.maxWords = undefined;
      expect(await seen('x'.repeat(2))).to.equal('You have 10 characters remaining');
      expect(await seen('x'.repeat(11))).to.equal('You have 1 character remaining');
      expect(await seen('x'.repeat(13))).to.equal('You have 1 character too many');
      expect(await seen('x'.repeat(24))).to.equal('You have 12 characters too many');
    });

    it('counts characters as people see them, and words between white space', () => {
      // A family emoji (7 code points), an e with a combining accent, a flag, a line break.
      expect(countCharacters('👨‍👩‍👧e\u0301🇨🇱\n')).to.equal(4);
      expect(countCharacters('Ñuñoa')).to.equal(5);
      expect(countWords('  Hola,\tmundo\n\ncómo   está  ')).to.equal(4);
      expect(countWords(' \n ')).to.equal(0);
    });

    it('tells screen readers the limit from the start, in the description', async () => {
      const el = await fixture<CorTextarea>(html`
        <cor-textarea label="Motivo" hint="No incluya datos personales" maxlength="200">
        </cor-textarea>
      `);
      expect(accessibleName(inner(el))).to.equal('Motivo');
      expect(accessibleDescription(inner(el))).to.equal(
        'No incluya datos personales Puede escribir hasta 200 caracteres',
      );
      expect(part(el, 'count').getAttribute('aria-hidden'), 'the visible count').to.equal('true');
      el.maxLength = undefined;
      el.maxWords = 1;
      await el.updateComplete;
      expect(accessibleDescription(inner(el))).to.equal(
        'No incluya datos personales Puede escribir hasta 1 palabra',
      );
    });

    it('announces the count politely once typing pauses, in a region that was there before', async () => {
      const el = await fixture<CorTextarea>(
        html`<cor-textarea label="Motivo" maxlength="10"></cor-textarea>`,
      );
      const live = region(el);
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(live.textContent).to.equal('');

      const timers = holdTimers();
      try {
        edit(el, 'Hol');
        edit(el, 'Hola');
        await el.updateComplete;
        expect(live.textContent, 'nothing while the person types').to.equal('');
        expect(part(el, 'count').textContent!.trim(), 'the visible count at once').to.equal(
          'Le quedan 6 caracteres',
        );
        expect(
          [...timers.held.values()].map((t) => t.delay),
          'one pending, ~1 s',
        ).to.deep.equal([1000]);
        [...timers.held.values()][0]!.run();
      } finally {
        timers.restore();
      }
      await el.updateComplete;
      expect(region(el), 'the same region').to.equal(live);
      expect(live.textContent).to.equal('Le quedan 6 caracteres');
    });

    it('shows and announces the count only past the threshold', async () => {
      const el = await fixture<CorTextarea>(
        html`<cor-textarea label="Motivo" maxlength="10" threshold="80"></cor-textarea>`,
      );
      const count = part(el, 'count');
      const announce = async (text: string) => {
        const timers = holdTimers();
        try {
          edit(el, text);
          [...timers.held.values()].forEach((t) => t.run());
        } finally {
          timers.restore();
        }
        await el.updateComplete;
        return region(el).textContent;
      };
      expect(await announce('1234567')).to.equal('');
      expect(getComputedStyle(count).visibility).to.equal('hidden');
      expect(accessibleDescription(inner(el))).to.equal('Puede escribir hasta 10 caracteres');
      expect(await announce('12345678')).to.equal('Le quedan 2 caracteres');
      expect(getComputedStyle(count).visibility).to.equal('visible');
    });
  });

  describe('past the limit', () => {
    it('never blocks typing: the field is invalid and the count turns into an error', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-textarea label="Motivo" name="motivo" maxlength="3"></cor-textarea>
          <cor-button>Continuar</cor-button>
        </form>
      `);
      const el = form.querySelector('cor-textarea')!;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      expect(inner(el).hasAttribute('maxlength'), 'no native maxlength').to.equal(false);
      el.focus();
      await typeText('abcde');
      await el.updateComplete;
      expect(el.value).to.equal('abcde');
      expect(new FormData(form).get('motivo')).to.equal('abcde');
      expect(el.validity.tooLong).to.equal(true);
      expect(el.validationMessage).to.equal('Ingrese 3 caracteres o menos');
      expect(part(el, 'count').textContent!.trim()).to.equal('Tiene 2 caracteres de más');
      expect(part(el, 'count').classList.contains('over')).to.equal(true);
      expect(getComputedStyle(part(el, 'count')).fontWeight).to.equal(
        getComputedStyle(part(el, 'error')).fontWeight,
      );
      expect(inner(el).getAttribute('aria-invalid'), 'not before the person leaves').to.equal(
        'false',
      );

      await pressTab();
      await el.updateComplete;
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(inner(el))).to.equal(
        'Error: Ingrese 3 caracteres o menos Puede escribir hasta 3 caracteres',
      );
      expect(submits).to.equal(0);

      el.maxWords = 1;
      await el.updateComplete;
      expect(el.validity.valid, 'one word is within maxwords="1"').to.equal(true);
      el.value = 'dos palabras';
      expect(el.validationMessage).to.equal('Ingrese 1 palabra o menos');
      await setPageLang(el, 'en');
      expect(el.validationMessage).to.equal('Enter 1 word or fewer');
    });

    it('is valid past the limit while disabled or readonly, as a barred native control', async () => {
      const el = await fixture<CorTextarea>(
        html`<cor-textarea label="Motivo" maxlength="2" value="abc" readonly></cor-textarea>`,
      );
      expect(el.checkValidity()).to.equal(true);
      el.readOnly = false;
      expect(el.validity.tooLong).to.equal(true);
      el.disabled = true;
      expect(el.validity.valid).to.equal(true);
    });
  });

  describe('as a textarea', () => {
    it('puts the service error in the accessible description, with the Error: prefix', async () => {
      const el = await fixture<CorTextarea>(html`
        <cor-textarea
          label="Describa el problema"
          hint="Incluya la fecha"
          error="Describa el problema en 200 caracteres o menos"
          maxlength="200"
        ></cor-textarea>
      `);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
      expect(accessibleDescription(inner(el))).to.equal(
        'Incluya la fecha Error: Describa el problema en 200 caracteres o menos ' +
          'Puede escribir hasta 200 caracteres',
      );
      await setPageLang(el, 'en');
      expect(accessibleDescription(inner(el))).to.equal(
        'Incluya la fecha Error: Describa el problema en 200 caracteres o menos ' +
          'You can enter up to 200 characters',
      );
    });

    it('inserts a line break on Enter and never submits, even with a cor-button', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <cor-textarea label="Dirección" name="direccion"></cor-textarea>
          <cor-button>Continuar</cor-button>
        </form>
      `);
      const el = form.querySelector('cor-textarea')!;
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      el.focus();
      await typeText('a');
      await pressKey('Enter');
      await typeText('b');
      expect(el.value).to.equal('a\nb');
      expect(submits).to.equal(0);
    });

    it('has 5 rows by default, or the rows asked for; a bad value warns and gives 5', async () => {
      const el = await fixture<CorTextarea>(html`<cor-textarea label="Motivo"></cor-textarea>`);
      expect(inner(el).rows).to.equal(5);
      el.rows = 8;
      await el.updateComplete;
      expect(inner(el).rows).to.equal(8);
      const warnings = captureWarnings();
      setDevWarnings(true);
      try {
        el.setAttribute('rows', 'muchas');
        await el.updateComplete;
      } finally {
        setDevWarnings(undefined);
        warnings.restore();
      }
      expect(inner(el).rows).to.equal(5);
      expect(warnings.messages.join('\n')).to.contain('rows="NaN"');
    });
  });

  describe('autogrow', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `Línea ${i + 1}`).join('\n');
    const scrolls = (el: CorTextarea) => inner(el).scrollHeight > inner(el).clientHeight + 1;

    it('grows with its content, without an inner scroll bar, and shrinks back', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <cor-textarea label="Sin autogrow" rows="2"></cor-textarea>
          <cor-textarea label="Con autogrow" rows="2" autogrow></cor-textarea>
        </div>
      `);
      const [fixed, grows] = [...wrapper.querySelectorAll('cor-textarea')] as CorTextarea[];
      const small = inner(grows!).getBoundingClientRect().height;
      for (const el of [fixed!, grows!]) el.value = lines;
      await Promise.all([fixed!.updateComplete, grows!.updateComplete]);
      expect(scrolls(fixed!), 'the plain textarea scrolls: the test can tell').to.equal(true);
      expect(scrolls(grows!)).to.equal(false);
      expect(getComputedStyle(inner(grows!)).overflowY).to.equal('hidden');
      expect(inner(grows!).getBoundingClientRect().height).to.be.greaterThan(small * 3);

      grows!.value = '';
      await grows!.updateComplete;
      expect(inner(grows!).getBoundingClientRect().height).to.equal(small);
    });

    it('fits again when the box gets narrower and the text wraps into more lines', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <cor-textarea
            label="Con autogrow"
            rows="1"
            autogrow
            value="Una respuesta larga que ocupa una sola línea en una caja ancha y varias en una angosta"
          ></cor-textarea>
        </div>
      `);
      const el = wrapper.querySelector('cor-textarea')!;
      const wide = inner(el).getBoundingClientRect().height;
      expect(scrolls(el)).to.equal(false);
      wrapper.style.inlineSize = '10rem';
      await nextFrames();
      expect(inner(el).getBoundingClientRect().height).to.be.greaterThan(wide * 2);
      expect(scrolls(el)).to.equal(false);
    });
  });
});
