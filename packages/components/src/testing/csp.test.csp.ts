// Strict CSP (DESIGN §8), run by web-test-runner.csp.config.mjs only: every story of every
// component in custom-elements.json is rendered and used (focus, typing, Enter, clicks, submit,
// reset, another theme and language) on a page served with
//   default-src 'self'; script-src 'self' 'nonce-…'; style-src 'self'; object-src 'none';
//   base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html
// Any `securitypolicyviolation` fails. The page records them from its first script on
// (window.__corCsp, see the config), and the self-tests prove a violation is caught.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { pressKey, typeText } from './focus.js';
import { reportQuality } from './quality.js';
import { settle, storiesOf, type StoryCase } from './stories.js';
import { onlyTags } from './only-tags.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __corCsp?: Violation[];
  }
}

const MANIFEST_URL = '/packages/components/dist/custom-elements.json';

interface Manifest {
  modules: { exports?: { kind: string; name: string }[] }[];
}

async function manifestTags(): Promise<string[]> {
  const response = await fetch(MANIFEST_URL);
  if (!response.ok) throw new Error(`${MANIFEST_URL}: ${response.status}; run npm run analyze`);
  const { modules } = (await response.json()) as Manifest;
  return modules
    .flatMap((m) => m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => e.name)
    .sort();
}

const TAGS = onlyTags(await manifestTags());
const STORIES = await Promise.all(
  TAGS.map(async (tag) => {
    const url = `/stories/${tag.replace(/^cor-/, '')}.stories.ts`;
    try {
      return { tag, stories: storiesOf(await import(/* @vite-ignore */ url)) };
    } catch (error) {
      return { tag, stories: [] as StoryCase[], error: `${url}: ${String(error)}` };
    }
  }),
);

const log = (): Violation[] => {
  if (!window.__corCsp) throw new Error('no violation recorder: run with the CSP config');
  return window.__corCsp;
};
const describeAll = (violations: Violation[]) =>
  violations
    .map((v) => `${v.directive} blocked ${v.blocked || v.sample} at ${v.source}`)
    .join('\n');

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Runs `provoke` (a deliberate violation) and resolves to the violations it caused, removed from
 * the log so the suite-wide check below does not count them. The events are dispatched as
 * tasks, so this waits for them frame by frame.
 */
async function provoked(provoke: () => void, directive: RegExp): Promise<Violation[]> {
  const start = log().length;
  try {
    provoke();
  } catch {
    // Trusted Types and eval throw as well as report; the report is what we check.
  }
  const arrived = () =>
    log()
      .slice(start)
      .some((v) => directive.test(v.directive));
  for (let i = 0; i < 60 && !arrived(); i++) await frame();
  await frame();
  return log().splice(start);
}

let checked = 0; // violations already judged

/** Fails with the violations recorded since the last call (the self-tests remove their own). */
function expectNoNewViolations(): void {
  const fresh = log().slice(checked);
  checked = log().length;
  expect(fresh, `CSP violations:\n${describeAll(fresh)}\n`).to.deep.equal([]);
}

/** Interacts with every component in `root` the way a person would. */
async function exercise(root: HTMLElement): Promise<void> {
  for (const el of root.querySelectorAll<HTMLElement>(TAGS.join(','))) {
    el.focus();
    if (el.shadowRoot?.querySelector('input, textarea')) {
      await typeText('Hola 1');
      await pressKey('Enter'); // implicit submission when in a form
    } else {
      el.click();
    }
    await settle(root);
  }
  for (const form of root.querySelectorAll('form')) {
    form.requestSubmit(); // shows the validation errors of an invalid form
    await settle(root);
    form.reset();
  }
  root.setAttribute('data-cor-theme', 'dark');
  root.lang = 'en';
  await settle(root);
  await frame();
}

describe('strict CSP', () => {
  // Nothing a story does may leave the page: submissions and link clicks are stopped on document,
  // in the bubble phase, so the components and the stories' own handlers have run by then.
  const stop = (event: Event) => event.preventDefault();
  before(() => {
    document.addEventListener('submit', stop);
    document.addEventListener('click', (event) => {
      if (event.composedPath().some((n) => n instanceof HTMLAnchorElement)) event.preventDefault();
    });
  });

  describe('self-test: the policy is enforced and every violation is caught', () => {
    it('the page is served with the policy and nothing on it has violated it so far', async () => {
      const response = await fetch(location.href, { cache: 'no-store' });
      const header = response.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        /script-src 'self' 'nonce-[\w+/=]+'/,
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ]) {
        expect(header).to.match(typeof directive === 'string' ? new RegExp(directive) : directive);
      }
      expectNoNewViolations();
    });

    it('catches a style= attribute', async () => {
      const div = document.createElement('div');
      document.body.append(div);
      const caught = await provoked(() => div.setAttribute('style', 'color: red'), /^style-src/);
      div.remove();
      expect(caught.map((v) => v.directive)).to.include.oneOf(['style-src-attr', 'style-src']);
    });

    it('catches an inline <style>', async () => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      const caught = await provoked(() => document.head.append(style), /^style-src/);
      style.remove();
      expect(caught.map((v) => v.directive)).to.include.oneOf(['style-src-elem', 'style-src']);
    });

    it('catches eval', async () => {
      // Chromium reports it under Trusted Types, which judges eval before script-src does.
      const directive = /^(script-src|require-trusted-types-for)/;
      const caught = await provoked(() => new Function('return 1')(), directive);
      expect(caught.some((v) => directive.test(v.directive))).to.equal(true);
    });

    it('catches a <base> (base-uri) and an <object> (object-src)', async () => {
      const base = document.createElement('base');
      base.href = '/elsewhere/';
      const provokeBase = () => {
        document.head.append(base);
        void document.baseURI; // Chromium checks base-uri when the base URL is next used
      };
      const based = await provoked(provokeBase, /^base-uri/);
      base.remove();
      expect(based.map((v) => v.directive)).to.include('base-uri');
      // Chromium treats `data` as a Trusted Types sink and refuses it before object-src does.
      const directive = /^(object-src|require-trusted-types-for)/;
      const object = document.createElement('object');
      const objected = await provoked(() => {
        object.data = '/favicon.ico';
        document.body.append(object);
      }, directive);
      object.remove();
      expect(objected.some((v) => directive.test(v.directive))).to.equal(true);
    });

    it('catches an image from another origin (default-src)', async () => {
      const img = document.createElement('img');
      img.alt = '';
      const caught = await provoked(() => (img.src = 'https://example.invalid/x.png'), /^img-src/);
      expect(caught.map((v) => v.directive)).to.include('img-src');
    });

    it('catches HTML strings and unknown policies under Trusted Types', async function () {
      const tt = (
        window as unknown as {
          trustedTypes?: { createPolicy: (name: string, o: object) => unknown };
        }
      ).trustedTypes;
      if (!tt) this.skip(); // an engine without Trusted Types has nothing more to enforce
      const div = document.createElement('div');
      const sink = await provoked(() => (div.innerHTML = '<b>x</b>'), /trusted-types/);
      expect(sink.map((v) => v.directive)).to.include('require-trusted-types-for');
      expect(div.childElementCount, 'the string was refused').to.equal(0);
      const named = await provoked(() => tt!.createPolicy('not-lit', {}), /trusted-types/);
      expect(named.map((v) => v.directive)).to.include('trusted-types');
    });
  });

  let stories = 0;
  after(() => reportQuality({ cspStories: stories }));
  after(() => expectNoNewViolations()); // one raised after the last test still fails the run

  for (const { tag, stories: cases, error } of STORIES) {
    describe(`<${tag}>`, () => {
      if (error || cases.length === 0) {
        it('has stories to render', () => {
          throw new Error(error ?? `no stories for <${tag}>`);
        });
        return;
      }
      for (const story of cases) {
        it(`${story.name}: renders and is used without a violation`, async () => {
          const root = document.createElement('div');
          document.body.append(root);
          try {
            render(story.template(), root);
            await settle(root);
            await exercise(root);
            stories++;
            expectNoNewViolations();
          } finally {
            render(null, root);
            root.remove();
          }
        });
      }
    });
  }
});
