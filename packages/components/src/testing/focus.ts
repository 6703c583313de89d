// Real keyboard input (native key events through the driver, not synthetic dispatchEvent) that
// behaves the same in Chromium, Firefox and WebKit, plus focus lookup across shadow roots.
import { sendKeys } from '@web/test-runner-commands';
import { engine } from './engine.js';

/** The focused element, following open shadow roots down to the innermost one. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when `node` is `root` or inside it, crossing shadow boundaries upwards. */
export function deepContains(root: Node, node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
    if (n === root) return true;
  }
  return false;
}

// WebDriver key codes (WebKit): its driver types a modifier chord from raw codes only.
const WEBDRIVER_SHIFT = '\uE008';

/**
 * Presses one key (Playwright/puppeteer names: 'Tab', 'Enter', 'ArrowDown', 'Space', …),
 * optionally with Shift held.
 */
export async function pressKey(key: string, { shift = false } = {}): Promise<void> {
  // Firefox (BiDi) does not know 'Space'; ' ' is the space key in every driver.
  const name = key === 'Space' ? ' ' : key;
  if (!shift) return sendKeys({ press: name });
  if (engine() === 'webkit') {
    // webdriverio sends all keys down then all up: Shift is held while the key goes down.
    return sendKeys({ press: `${WEBDRIVER_SHIFT}${name.length === 1 ? name : WEBDRIVER[name]}` });
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: name });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

// The few named keys that tests press with Shift in WebKit.
const WEBDRIVER: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

/** Tab, or Shift+Tab with `shift = true`. */
export function pressTab(shift = false): Promise<void> {
  return pressKey('Tab', { shift });
}

/** Types text as key presses. */
export async function typeText(text: string): Promise<void> {
  if (engine() !== 'webkit') return sendKeys({ type: text });
  // webdriverio presses all keys down before any goes up, so a repeated character is lost
  // in WebKit: one key at a time.
  for (const char of text) await sendKeys({ press: char });
}

/** Presses Tab (or Shift+Tab) until focus is on or inside `target`; throws if it never is. */
export async function tabTo(target: Element, { shift = false, maxSteps = 50 } = {}): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    if (deepContains(target, deepActiveElement())) return;
    await pressTab(shift);
  }
  if (!deepContains(target, deepActiveElement())) {
    throw new Error(`tabTo: focus never reached ${target.localName} in ${maxSteps} Tab presses`);
  }
}

/**
 * The elements Tab visits inside `root`, in order (the innermost focused element of each stop).
 * Starts from a temporary button just before `root` and stops when focus leaves `root`.
 */
export async function focusableOrder(root: Element, { maxSteps = 100 } = {}): Promise<Element[]> {
  const start = document.createElement('button');
  start.textContent = 'start';
  const end = document.createElement('button');
  end.textContent = 'end';
  root.before(start);
  root.after(end); // something focusable after root, so leaving root never leaves the page
  const order: Element[] = [];
  try {
    start.focus();
    for (let step = 0; step < maxSteps; step++) {
      await pressTab();
      const active = deepActiveElement();
      if (!active || !deepContains(root, active)) return order;
      if (order.at(-1) === active) throw new Error('focusableOrder: Tab did not move focus');
      order.push(active);
    }
    throw new Error(`focusableOrder: still inside root after ${maxSteps} Tab presses (a trap?)`);
  } finally {
    start.remove();
    end.remove();
  }
}
