// Accessibility tree check: for every interactive part of a story, what assistive technology
// gets — role, a non-empty accessible name, and the disabled / invalid / required states — agrees
// with axe-core's computation and with the component's own attributes. In Chromium the values come
// from the browser's own tree (CDP, the cor-ax-tree command); elsewhere from axe-core and the DOM
// (engine-gaps.ts says why).
import { executeServerCommand } from '@web/test-runner-commands';
import { accessibleName, accessibleRole } from '../accessibility-tree.js';
import { engineGap } from '../engine-gaps.js';
import { assertNone, describeElement, interactiveParts } from './dom.js';

export interface AxStates {
  disabled: boolean;
  invalid: boolean;
  required: boolean;
}

export interface AxSummary extends AxStates {
  role: string | null;
  name: string;
}

interface CdpAxNode {
  role: string | null;
  name: string;
  ignored: boolean;
  properties: Record<string, unknown>;
}

declare global {
  interface Window {
    __corAxTarget?: Element;
  }
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Chromium: the element's node in the browser accessibility tree. */
export async function browserAxNode(el: Element): Promise<CdpAxNode> {
  window.__corAxTarget = el;
  try {
    return (await executeServerCommand('cor-ax-tree')) as CdpAxNode;
  } finally {
    delete window.__corAxTarget;
  }
}

/** Chromium: role, name and states as the browser exposes them. */
async function fromBrowser(el: Element): Promise<AxSummary> {
  const node = await browserAxNode(el);
  if (node.ignored) throw new Error(`${describeElement(el)} is ignored in the accessibility tree`);
  const p = node.properties;
  return {
    role: node.role,
    name: squash(node.name),
    disabled: p.disabled === true,
    invalid: p.invalid !== undefined && p.invalid !== 'false',
    // Chromium's tree has no `required` on a <select> or an <input type=file> (native `required`
    // or aria-required; probed on Chromium 156): for those, that one state comes from the DOM.
    required:
      p.required === true ||
      (el.matches('select, input[type=file]') &&
        (el.matches(':required') || el.getAttribute('aria-required') === 'true')),
  };
}

/** Firefox, WebKit: role and name from axe-core, states from native and ARIA attributes. */
function fromDom(el: Element): AxSummary {
  const aria = (name: string) => el.getAttribute(`aria-${name}`);
  return {
    role: el.matches('input[type=file]') ? 'button' : accessibleRole(el), // see checkAxTree
    name: accessibleName(el),
    disabled: el.matches(':disabled') || aria('disabled') === 'true',
    invalid: (aria('invalid') ?? 'false') !== 'false',
    required: el.matches(':required') || aria('required') === 'true',
  };
}

/** The states a part must expose, from its component's attributes. */
export function expectedStates(part: Element): AxStates {
  const host = (part.getRootNode() as ShadowRoot).host;
  const formControl = part.matches('input, select, textarea');
  return {
    disabled: host.hasAttribute('disabled'),
    // The service's message (`error`) marks the field invalid, and so does client-side validity
    // once it shows (:state(user-invalid): a story may show a field the person already left).
    invalid:
      formControl && (Boolean(host.getAttribute('error')) || host.matches(':state(user-invalid)')),
    required: formControl && host.hasAttribute('required'),
  };
}

export async function checkAxTree(story: Element): Promise<void> {
  const viaBrowser = !engineGap('ax-tree');
  const problems: string[] = [];
  const partsInvalid = new Map<Element, boolean>();
  for (const part of interactiveParts(story)) {
    const label = describeElement(part);
    const actual = viaBrowser ? await fromBrowser(part) : fromDom(part);
    // axe-core (4.14) has no entry for <input type=file> and calls it a textbox; browsers expose
    // it as a button (HTML-AAM), which is what assistive technology gets.
    const axeRole = part.matches('input[type=file]') ? 'button' : accessibleRole(part);
    const axeName = accessibleName(part);
    if (!actual.role) problems.push(`${label}: no role`);
    if (!actual.name) problems.push(`${label}: no accessible name`);
    if (actual.role !== axeRole) {
      problems.push(`${label}: role ${actual.role}, axe says ${axeRole}`);
    }
    if (actual.name !== axeName) {
      problems.push(`${label}: name "${actual.name}", axe says "${axeName}"`);
    }
    const expected = expectedStates(part);
    // A control made of several fields (day, month, year; región, comuna) marks only the wrong
    // ones invalid, as GOV.UK's date input does: the host's state is checked on the group below.
    const states = isComposite(part)
      ? (['disabled', 'required'] as const)
      : (['disabled', 'invalid', 'required'] as const);
    if (isComposite(part)) partsInvalid.set(part, actual.invalid);
    for (const state of states) {
      if (actual[state] !== expected[state]) {
        problems.push(
          `${label}: ${state} is ${actual[state]}, the attributes say ${expected[state]}`,
        );
      }
    }
  }
  // Each composite control: some field invalid exactly when the control is.
  const hosts = new Set([...partsInvalid.keys()].map((part) => hostOf(part)));
  for (const host of hosts) {
    const parts = [...partsInvalid].filter(([part]) => hostOf(part) === host);
    const anyInvalid = parts.some(([, invalid]) => invalid);
    const expected = expectedStates(parts[0][0]).invalid;
    if (anyInvalid !== expected) {
      problems.push(
        `${describeElement(host)}: ${anyInvalid ? 'a field is' : 'no field is'} invalid, the attributes say ${expected}`,
      );
    }
  }
  assertNone(problems, 'accessibility tree');
}

const hostOf = (part: Element): Element => (part.getRootNode() as ShadowRoot).host;

/** A part that shares its component with other native fields. */
function isComposite(part: Element): boolean {
  if (!part.matches('input, select, textarea')) return false;
  const root = part.getRootNode() as ShadowRoot;
  return root.querySelectorAll('input, select, textarea').length > 1;
}
