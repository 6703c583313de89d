// The shared bad-input suite (DESIGN §5, §8): every component in custom-elements.json gets every
// entry of the catalogue (bad-input.ts) through every attribute and every public property, plus
// properties set before definition, a double registration and 1,000 connect/disconnect cycles.
// Nothing here names a component: a newly registered one is tested without anyone adding it.
// Opt-outs live in exemptions.ts only, as check ids `bad-input:<entry>` (or the ids below).
import { expect } from '@open-wc/testing';
import { LitElement, html, render } from 'lit';
import { defineElement } from '../core/define.js';
import { CorFormControl } from '../core/form-control.js';
import { BAD_INPUTS, canaryHit, resetCanary, type BadInput } from './bad-input.js';
import { exempted } from './exemptions.js';
import { typeText } from './focus.js';
import { reportQuality } from './quality.js';
import { settle, storiesOf } from './stories.js';
import { captureWarnings } from './warnings.js';
import { onlyTags } from './only-tags.js';

// ── Discovery ────────────────────────────────────────────────────────────────────────────────

const MANIFEST_URL = '/packages/components/dist/custom-elements.json'; // WTR serves the repo root

interface ManifestField {
  kind?: string;
  name: string;
  attribute?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

interface ManifestModule {
  path: string;
  declarations?: (ManifestField & { attributes?: ManifestField[]; members?: ManifestField[] })[];
  exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
}

interface Field {
  name: string;
  /** For a property: the attribute it is declared with (manifest), if any. */
  attribute?: string | undefined;
  type: string;
  /** Enumerated: any catalogue value must render exactly like the default. */
  isEnum: boolean;
}

interface Component {
  tag: string;
  /** The registration module (source), imported so the tag is defined as in an app. */
  defineUrl: string;
  storiesUrl: string;
  attributes: Field[];
  properties: Field[];
}

const literal = (text = '') => /^(['"])(.*)\1$/s.exec(text.trim())?.[2];

/**
 * A union of string literals, or a named type with a string-literal default: the analyzer does
 * not expand aliases such as `ButtonVariant = (typeof BUTTON_VARIANTS)[number]`.
 */
function isEnum({ type, default: fallback }: ManifestField): boolean {
  const parts = (type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length > 1 && parts.every((part) => literal(part) !== undefined)) return true;
  return parts.length === 1 && /^[A-Z][\w.]*$/.test(parts[0]!) && literal(fallback) !== undefined;
}

const field = (f: ManifestField): Field => ({
  name: f.name,
  attribute: f.attribute,
  type: f.type?.text ?? '',
  isEnum: isEnum(f),
});

// dist/components/button/define.js (what the package publishes) → its TypeScript source.
const sourceUrl = (distPath: string) =>
  `/packages/components/${distPath.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts')}`;

async function discover(): Promise<Component[]> {
  const response = await fetch(MANIFEST_URL);
  if (!response.ok) throw new Error(`${MANIFEST_URL}: ${response.status}; run npm run analyze`);
  const { modules } = (await response.json()) as { modules: ManifestModule[] };
  const components: Component[] = [];
  for (const module of modules) {
    for (const definition of module.exports ?? []) {
      if (definition.kind !== 'custom-element-definition') continue;
      const { name, module: path } = definition.declaration;
      const declaration = modules
        .find((m) => m.path === path)
        ?.declarations?.find((d) => d.name === name);
      if (!declaration) throw new Error(`manifest: ${name} (${definition.name}) not found`);
      components.push({
        tag: definition.name,
        defineUrl: sourceUrl(module.path),
        storiesUrl: `/stories/${definition.name.replace(/^cor-/, '')}.stories.ts`,
        attributes: (declaration.attributes ?? []).map(field),
        properties: (declaration.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
          .filter((m) => (m.privacy ?? 'public') === 'public')
          .map(field),
      });
    }
  }
  return components
    .filter((c) => onlyTags([c.tag]).length > 0)
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const COMPONENTS = await discover();
for (const { defineUrl } of COMPONENTS) await import(/* @vite-ignore */ defineUrl);

// ── Inspection ───────────────────────────────────────────────────────────────────────────────

type Host = HTMLElement & { updateComplete: Promise<unknown>; [key: string]: unknown };

interface Reference {
  /** The shadow DOM of a clean element, serialised: what an enum falls back to. */
  clean: string;
  /** Every tag the template renders in some documented state. */
  ownTags: Set<string>;
}

const stage = document.createElement('div');
document.body.append(stage);

/** Structure, attributes and text of a shadow root, without Lit's comment markers. */
function serialize(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (!(node instanceof Element || node instanceof ShadowRoot)) return '';
  const inner = [...node.childNodes].map(serialize).join('');
  if (node instanceof ShadowRoot) return inner;
  const attrs = [...node.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  return `<${node.localName}${attrs}>${inner}</${node.localName}>`;
}

const shadowElements = (el: Element) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])];

const SAFE_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data'];

/**
 * An unsafe URL in the shadow DOM, judged by the browser's URL parser (not the component's).
 * Checked after every application, not only for `href`: any attribute may end up in a link.
 */
function unsafeUrl(el: Element): string | undefined {
  for (const node of shadowElements(el)) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      let protocol: string;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // unparsable: the browser will not follow it
      }
      if (!SAFE_SCHEMES.has(protocol))
        return `<${node.localName} ${name}=${JSON.stringify(value)}>`;
    }
  }
  return undefined;
}

async function create(tag: string, parent: Element = stage): Promise<Host> {
  const el = document.createElement(tag) as Host;
  parent.append(el);
  await el.updateComplete;
  return el;
}

async function reference(component: Component): Promise<Reference> {
  const ownTags = new Set<string>();
  const collect = (el: Element) => shadowElements(el).forEach((e) => ownTags.add(e.localName));
  const clean = await create(component.tag);
  const result = { clean: serialize(clean.shadowRoot!), ownTags };
  collect(clean);
  // A plain value in every attribute shows the optional parts (prefix, error, link…).
  for (const { name } of component.attributes) clean.setAttribute(name, 'Texto');
  await clean.updateComplete;
  collect(clean);
  clean.remove();
  let module: Parameters<typeof storiesOf>[0] | undefined;
  try {
    module = await import(/* @vite-ignore */ component.storiesUrl);
  } catch {
    // No stories module: the contract suite reports that; the renders above still count.
  }
  for (const story of module ? storiesOf(module) : []) {
    // A fresh container per story: Lit keeps its markers in the container it rendered into.
    const container = document.createElement('div');
    stage.append(container);
    render(story.template(), container);
    await settle(container);
    container.querySelectorAll(component.tag).forEach(collect);
    render(null, container);
    container.remove();
  }
  return result;
}

/** What the native twin of the inner control keeps of `text` (HTML value sanitization). */
function nativelyKept(control: Element, text: string): string {
  const twin = document.createElement(control.localName) as HTMLInputElement;
  if (control instanceof HTMLInputElement) twin.type = control.type;
  twin.value = text;
  return twin.value;
}

interface Applied {
  ref: Reference;
  el: Host;
  where: string;
  field: Field;
  entry: BadInput;
  path: 'attribute' | 'property';
}

const STRING_TYPE = /^string( \| (undefined|null))*$/;

/** Every expectation that holds after any bad value; returns what went wrong. */
function inspect({ ref, el, where, field, entry, path }: Applied): string[] {
  const problems: string[] = [];
  const shadow = el.shadowRoot;
  if (!shadow || shadow.childElementCount === 0) problems.push(`${where}: renders nothing`);
  const foreign = shadowElements(el)
    .filter((e) => !ref.ownTags.has(e.localName))
    .map((e) => e.localName);
  if (foreign.length) problems.push(`${where}: injected <${[...new Set(foreign)].join('>, <')}>`);
  const handlers = shadowElements(el).flatMap((e) =>
    [...e.attributes]
      .filter((a) => a.name.startsWith('on'))
      .map((a) => `${e.localName}[${a.name}]`),
  );
  if (handlers.length) problems.push(`${where}: event-handler attributes ${handlers.join(', ')}`);
  const url = unsafeUrl(el);
  if (url) problems.push(`${where}: unsafe URL rendered ${url}`);
  if (canaryHit()) problems.push(`${where}: a script payload ran (window.__pwned)`);
  if (field.isEnum && shadow && serialize(shadow) !== ref.clean) {
    problems.push(`${where}: an unknown ${field.name} does not render like the default`);
  }
  // No text lost: a string written to a string property reads back exactly; for a value
  // control the typed value (property, or the `value` attribute = its default) reaches the input.
  if (typeof entry.value === 'string') {
    const text = entry.value;
    const isValue = el instanceof CorFormControl && field.name === 'value';
    if (
      path === 'property' &&
      !isValue &&
      STRING_TYPE.test(field.type) &&
      el[field.name] !== text
    ) {
      problems.push(`${where}: reads back ${JSON.stringify(el[field.name])?.slice(0, 60)}`);
    }
    if (el instanceof CorFormControl && field.name === 'value') {
      const control = shadow?.querySelector('[part~="control"]') as HTMLInputElement | null;
      // A value control keeps what its native twin keeps (an input drops line breaks).
      const kept = control ? nativelyKept(control, text) : text;
      if (el.value !== kept) problems.push(`${where}: value lost (${el.value.length} chars)`);
      if (control && control.value !== kept) {
        problems.push(`${where}: the inner control shows ${control.value.length} chars`);
      }
    }
  }
  return problems;
}

// ── Guards: exceptions, console errors, the canary ───────────────────────────────────────────

let current = ''; // the application running now, to name it in asynchronous errors

/**
 * Runs `body` with console.error, uncaught errors and unhandled rejections collected, and dev
 * warnings silenced (each unknown value warns by design; component tests assert them). Fails
 * with every problem found, each naming the entry and the attribute or property.
 */
async function guarded(body: (problems: string[]) => Promise<void>): Promise<void> {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) =>
    problems.push(`${current}: console.error ${args.join(' ')}`);
  console.warn = () => {};
  const onError = (event: ErrorEvent) => problems.push(`${current}: uncaught ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    problems.push(`${current}: unhandled rejection ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  resetCanary();
  try {
    await body(problems);
    await new Promise((resolve) => setTimeout(resolve)); // let late handlers and payloads run
    if (canaryHit()) problems.push(`${current}: a script payload ran (window.__pwned)`);
  } finally {
    Object.assign(console, { error, warn });
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    stage.replaceChildren();
    current = '';
  }
  expect(problems, `\n${problems.slice(0, 30).join('\n')}\n`).to.deep.equal([]);
}

let applications = 0; // entries × attributes/properties actually applied, for the summary

/** Applies `entry` to a fresh element through one attribute or property; returns problems. */
async function apply(
  component: Component,
  ref: Reference,
  applied: Pick<Applied, 'field' | 'entry' | 'path'>,
): Promise<string[]> {
  const { field, entry, path } = applied;
  const where = `${entry.name} → ${path} ${field.name}`;
  current = `<${component.tag}> ${where}`;
  const el = await create(component.tag);
  try {
    if (path === 'attribute') el.setAttribute(field.name, entry.value as string);
    else el[field.name] = entry.value;
    await el.updateComplete;
  } catch (error) {
    return [`${where}: threw ${String(error)}`];
  } finally {
    applications++;
  }
  const problems = inspect({ ref, el, where, field, entry, path });
  el.remove();
  return problems;
}

/**
 * DESIGN §5: null and undefined remove an attribute. Clearing a property that reflects to its
 * attribute (seen with a plain value first, as a framework would have set it) must remove it.
 */
async function clearsReflected(component: Component, fields: Field[], problems: string[]) {
  for (const field of fields) {
    for (const value of [null, undefined]) {
      current = `<${component.tag}> ${String(value)} → property ${field.name} after a value`;
      const el = await create(component.tag);
      el[field.name] = field.type === 'boolean' ? true : 'Texto';
      await el.updateComplete;
      if (!el.hasAttribute(field.attribute!)) break; // it does not reflect
      el[field.name] = value;
      await el.updateComplete;
      applications++;
      if (el.hasAttribute(field.attribute!)) {
        const kept = JSON.stringify(el.getAttribute(field.attribute!));
        problems.push(`${current}: the ${field.attribute} attribute stays (${kept})`);
      }
      el.remove();
    }
  }
}

// ── Leak accounting for the connect/disconnect cycles ────────────────────────────────────────

interface Ledger {
  listeners: string[];
  timers: number;
  observers: number;
}

/**
 * Runs `body` with every listener, timer and observer it starts recorded, and returns those
 * still active afterwards (zero-delay timers are given one task to fire). Everything a
 * component starts on connect must be stopped on disconnect: what is left is a leak.
 */
async function ledger(body: () => Promise<void>): Promise<Ledger> {
  type Listener = { target: EventTarget; type: string; listener: unknown; capture: boolean };
  const listeners: Listener[] = [];
  const timers = new Set<number>();
  const observers = new Set<object>();
  const target = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = target;
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  const find = (t: EventTarget, type: string, listener: unknown, options: unknown) => {
    const capture = typeof options === 'boolean' ? options : Boolean((options as any)?.capture);
    const index = listeners.findIndex(
      (l) => l.target === t && l.type === type && l.listener === listener && l.capture === capture,
    );
    return { capture, index };
  };
  const observerClasses = [
    MutationObserver,
    globalThis.ResizeObserver,
    globalThis.IntersectionObserver,
  ]
    .filter(Boolean)
    .map((ctor) => ({
      proto: ctor.prototype,
      observe: ctor.prototype.observe,
      disconnect: ctor.prototype.disconnect,
    }));

  target.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: any,
    options?: any,
  ) {
    const { capture, index } = find(this, type, listener, options);
    if (listener && index < 0) {
      const entry = { target: this, type, listener, capture };
      listeners.push(entry);
      // AbortSignal removal does not go through removeEventListener.
      const signal: AbortSignal | undefined = options?.signal;
      if (signal) add.call(signal, 'abort', () => listeners.splice(listeners.indexOf(entry), 1));
    }
    return add.call(this, type, listener, options);
  };
  target.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: any,
    options?: any,
  ) {
    const { index } = find(this, type, listener, options);
    if (index >= 0) listeners.splice(index, 1);
    return remove.call(this, type, listener, options);
  };
  window.setTimeout = ((handler: any, timeout?: number, ...args: unknown[]) => {
    const id: number = set(() => {
      timers.delete(id);
      if (typeof handler === 'function') handler(...args);
    }, timeout);
    timers.add(id);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = ((id?: number) => {
    timers.delete(id!);
    clear(id);
  }) as typeof clearTimeout;
  window.setInterval = ((handler: any, timeout?: number, ...args: unknown[]) => {
    const id: number = every(handler, timeout, ...args);
    timers.add(id);
    return id;
  }) as typeof setInterval;
  window.clearInterval = ((id?: number) => {
    timers.delete(id!);
    stop(id);
  }) as typeof clearInterval;
  for (const { proto, observe, disconnect } of observerClasses) {
    proto.observe = function (this: object, ...args: unknown[]) {
      observers.add(this);
      return (observe as any).apply(this, args);
    };
    proto.disconnect = function (this: object) {
      observers.delete(this);
      return disconnect.call(this as any);
    };
  }
  try {
    await body();
  } finally {
    Object.assign(target, { addEventListener: add, removeEventListener: remove });
    Object.assign(window, {
      setTimeout: set,
      clearTimeout: clear,
      setInterval: every,
      clearInterval: stop,
    });
    for (const { proto, observe, disconnect } of observerClasses)
      Object.assign(proto, { observe, disconnect });
  }
  await new Promise((resolve) => set(resolve)); // zero-delay timers fire (and leave the set)
  for (const id of timers) clear(id); // stop what leaked, so it cannot disturb later tests
  return {
    listeners: listeners.map(
      (l) => `${(l.target as Element).localName ?? l.target.constructor.name} ${l.type}`,
    ),
    timers: timers.size,
    observers: observers.size,
  };
}

/** `cycles` connects and disconnects `el` inside a form, rendering each time. */
async function connectCycles(el: Host, cycles: number): Promise<Ledger> {
  const form = document.createElement('form');
  stage.append(form);
  // Once outside the ledger: one-time page-wide setup (fragment-focus listeners) is not a leak.
  form.append(el);
  await el.updateComplete;
  el.remove();
  return ledger(async () => {
    for (let i = 0; i < cycles; i++) {
      form.append(el);
      await el.updateComplete; // microtasks only: no foreign task runs inside the ledger
      el.remove();
    }
  });
}

// ── The suite ────────────────────────────────────────────────────────────────────────────────

const TYPED = 'Ñuñoa 123';

/** `it`, unless exemptions.ts exempts this tag from `check`: then a skipped test with the reason. */
function check(tag: string, id: string, title: string, fn: () => Promise<void>) {
  const reason = exempted(tag, id);
  if (reason) {
    it.skip(`${title} — exempt (${id}): ${reason}`);
  } else {
    it(title, fn);
  }
}

describe('bad input, every component (custom-elements.json)', () => {
  after(() => reportQuality({ badInputs: applications, badInputEntries: BAD_INPUTS.length }));

  it('finds the components and a catalogue of at least 40 entries', () => {
    expect(COMPONENTS.map((c) => c.tag)).to.include.members(['cor-button', 'cor-text-input']);
    expect(BAD_INPUTS.length).to.be.at.least(40);
    expect(new Set(BAD_INPUTS.map((e) => e.id)).size).to.equal(BAD_INPUTS.length);
    // Check ids as exemptions.ts accepts them: `bad-input:<kebab-case>`.
    for (const { id } of BAD_INPUTS) expect(id).to.match(/^[a-z0-9][a-z0-9-]*$/);
  });

  it('the leak ledger catches a listener, a timer and an observer left behind', async () => {
    const tag = `x-leaky-${Math.random().toString(36).slice(2)}`;
    customElements.define(
      tag,
      class extends HTMLElement {
        updateComplete = Promise.resolve();
        connectedCallback() {
          window.addEventListener('resize', () => {});
          setTimeout(() => {}, 60_000);
          new MutationObserver(() => {}).observe(document.body, { childList: true });
        }
      },
    );
    const leak = await connectCycles(document.createElement(tag) as Host, 3);
    expect(leak).to.deep.equal({
      listeners: Array(3).fill('Window resize'),
      timers: 3,
      observers: 3,
    });
  });

  it('the checks catch throws, injected markup, unsafe URLs, no fallback, lost text', async () => {
    const tag = `x-broken-${Math.random().toString(36).slice(2)}`;
    // DELIBERATELY BROKEN: everything a Cordillera component must never do.
    class Broken extends LitElement {
      static override properties = { label: {}, variant: {}, href: {}, value: {} };
      label: unknown = '';
      variant: unknown = 'primary';
      href: unknown = '';
      private kept = '';
      get value(): unknown {
        return this.kept;
      }
      set value(text: unknown) {
        this.kept = String(text).slice(0, 100);
      }
      protected override render() {
        return html`<p class=${String(this.variant)}></p>
          <a href=${String(this.href)}>${(this.label as string).trim()}</a>`;
      }
      protected override updated() {
        this.renderRoot.querySelector('p')!.innerHTML = String(this.label);
      }
    }
    customElements.define(tag, Broken);
    const fields = (...names: string[]) =>
      names.map((name) => field({ name, type: { text: 'string' } }));
    const broken: Component = {
      tag,
      defineUrl: '',
      storiesUrl: '',
      attributes: fields('label', 'href'),
      properties: [
        ...fields('label', 'value'),
        field({ name: 'variant', type: { text: "'primary' | 'secondary'" }, default: "'primary'" }),
      ],
    };
    const ref = { clean: serialize((await create(tag)).shadowRoot!), ownTags: new Set(['p', 'a']) };
    const counted = applications; // a fixture, not a component: not in the summary
    const [label, href] = broken.attributes;
    const [labelProperty, value, variant] = broken.properties;
    const run = (field: Field, name: string, path: 'attribute' | 'property') =>
      apply(broken, ref, { field, entry: BAD_INPUTS.find((e) => e.name === name)!, path });
    expect((await run(labelProperty!, 'null', 'property')).join()).to.contain(
      'null → property label: threw',
    );
    expect(await run(label!, 'script', 'attribute')).to.include(
      'script → attribute label: injected <script>',
    );
    expect((await run(href!, 'javascriptUrl', 'attribute')).join()).to.contain(
      'unsafe URL rendered <a href=',
    );
    expect(await run(variant!, 'enumUnknown', 'property')).to.include(
      'enumUnknown → property variant: an unknown variant does not render like the default',
    );
    expect((await run(value!, 'long', 'property')).join()).to.contain(
      'long → property value: reads back',
    );
    stage.replaceChildren();
    applications = counted;
  });

  for (const component of COMPONENTS) {
    const { tag } = component;
    describe(`<${tag}>`, () => {
      let ref: Reference;
      const Ctor = customElements.get(tag)!;
      before(async () => {
        const warnings = captureWarnings(); // the reference renders warn about their plain values
        try {
          ref = await reference(component);
        } finally {
          warnings.restore();
        }
      });

      for (const entry of BAD_INPUTS) {
        const attributes = component.attributes.length;
        const properties = component.properties.length;
        check(
          tag,
          `bad-input:${entry.id}`,
          `${entry.name}: ${attributes} attributes, ${properties} properties`,
          () =>
            guarded(async (problems) => {
              for (const field of component.attributes) {
                problems.push(
                  ...(await apply(component, ref, { field, entry, path: 'attribute' })),
                );
              }
              for (const field of component.properties) {
                problems.push(...(await apply(component, ref, { field, entry, path: 'property' })));
              }
            }),
        );
      }

      const reflecting = component.properties.filter((f) => f.attribute);
      check(
        tag,
        'bad-input:clear-reflected',
        'null and undefined remove reflected attributes',
        () => guarded((problems) => clearsReflected(component, reflecting, problems)),
      );

      if (Ctor.prototype instanceof CorFormControl) {
        check(tag, 'bad-input:typed-text', 'keeps typed text through every bad value', () =>
          guarded(async (problems) => {
            const el = await create(tag);
            el.focus();
            await typeText(TYPED);
            await el.updateComplete;
            expect(el.value, 'typing reached the element').to.equal(TYPED);
            const paths = [
              ...component.attributes.map((field) => ({ field, path: 'attribute' as const })),
              ...component.properties
                .filter((field) => field.name !== 'value') // the one property that replaces it
                .map((field) => ({ field, path: 'property' as const })),
            ];
            for (const { field, path } of paths) {
              for (const entry of BAD_INPUTS) {
                current = `<${tag}> typed text, then ${entry.name} → ${path} ${field.name}`;
                if (path === 'attribute') el.setAttribute(field.name, entry.value as string);
                else el[field.name] = entry.value;
                await el.updateComplete;
                applications++;
                const shown = (
                  el.shadowRoot!.querySelector('[part~="control"]') as HTMLInputElement
                ).value;
                if (el.value !== TYPED || shown !== TYPED) {
                  problems.push(
                    `${current}: the typed text became ${JSON.stringify([el.value, shown])}`,
                  );
                  return; // every later value would report the same loss
                }
              }
            }
          }),
        );
      }

      check(
        tag,
        'bad-input:before-define',
        'keeps properties set before the element is defined',
        () =>
          guarded(async (problems) => {
            // A fresh tag (the real one is defined already); one element per entry, upgraded at once.
            const early = `x-early-${Math.random().toString(36).slice(2)}-${tag}`;
            const ownProperties = component.properties.filter(
              ({ name }) => !(name in HTMLElement.prototype),
            );
            const elements = BAD_INPUTS.map((entry) => {
              const el = document.createElement(early) as Host;
              stage.append(el);
              // Before the upgrade an element is a plain HTMLElement: its native properties
              // (tabIndex…) are the browser's, not ours, and may rightly throw on odd values.
              for (const { name } of ownProperties) el[name] = entry.value;
              return { el, entry };
            });
            current = `<${tag}> upgrade of elements with properties set early`;
            customElements.define(early, class extends Ctor {});
            for (const { el, entry } of elements) {
              current = `<${tag}> ${entry.name} → every property, before definition`;
              await el.updateComplete;
              applications += ownProperties.length;
              if (!el.shadowRoot?.childElementCount) problems.push(`${current}: renders nothing`);
              if (typeof entry.value !== 'string') continue;
              for (const { name, type } of ownProperties) {
                const control = el.shadowRoot?.querySelector('[part~="control"]');
                // A value control keeps what its native twin keeps of the text.
                const expected =
                  el instanceof CorFormControl && name === 'value' && control
                    ? nativelyKept(control, entry.value)
                    : entry.value;
                if (STRING_TYPE.test(type) && el[name] !== expected) {
                  problems.push(
                    `${current}: ${name} lost (reads ${JSON.stringify(el[name])?.slice(0, 40)})`,
                  );
                }
              }
            }
          }),
      );

      check(
        tag,
        'bad-input:double-registration',
        'warns on a second registration, keeps the first',
        () =>
          guarded(async () => {
            const warnings = captureWarnings();
            try {
              defineElement(tag, Ctor); // the same class again: nothing to say
              await import(/* @vite-ignore */ `${component.defineUrl}?twice`); // module run twice
              defineElement(tag, class extends Ctor {}); // a second copy of the library
            } finally {
              warnings.restore();
            }
            expect(customElements.get(tag)).to.equal(Ctor);
            expect(
              warnings.messages.filter((m) => m.includes('already registered')),
            ).to.have.length(1);
          }),
      );

      check(tag, 'bad-input:connect-cycles', '1,000 connect/disconnect cycles leak nothing', () =>
        guarded(async () => {
          const el = document.createElement(tag) as Host;
          const leak = await connectCycles(el, 1000);
          expect(leak, 'left behind after the last disconnect').to.deep.equal({
            listeners: [],
            timers: 0,
            observers: 0,
          });
          stage.querySelector('form')!.append(el);
          await el.updateComplete;
          expect(el.shadowRoot!.childElementCount, 'still renders').to.be.greaterThan(0);
        }),
      );
    });
  }
});
