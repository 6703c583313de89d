// Server side of the accessibility-tree check: what Chromium itself exposes to assistive
// technology for one element, through CDP (Playwright ≥ 1.57 removed its accessibility snapshot,
// and puppeteer's flattens it). The browser puts the element in `window.__corAxTarget`; evaluating
// that gives a remote object, and from it the backend node id that Accessibility wants — this
// reaches into shadow roots, which DOM.querySelector cannot.

const TARGET = 'window.__corAxTarget';

/** A CDP AXValue → plain JSON (`{ type: 'boolean', value: true }` → true). */
const plain = (axValue) => axValue?.value;

/**
 * `executeServerCommand('cor-ax-tree')` → { role, name, ignored, properties } of the element
 * in `window.__corAxTarget`. Chromium only (engineOf(launcher) names the engine).
 */
export function axTreePlugin({ engineOf }) {
  const cdp = new WeakMap(); // one CDP session per page
  return {
    name: 'cor-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'cor-ax-tree') return undefined;
      if (engineOf(session.browser) !== 'chromium') {
        throw new Error('cor-ax-tree: the accessibility tree is read through CDP, Chromium only');
      }
      const page = session.browser.getPage(session.id);
      if (!cdp.has(page)) cdp.set(page, await page.createCDPSession());
      const client = cdp.get(page);
      const { result, exceptionDetails } = await client.send('Runtime.evaluate', {
        expression: TARGET,
      });
      if (exceptionDetails || !result.objectId) {
        throw new Error(`cor-ax-tree: ${TARGET} is not an element`);
      }
      try {
        const { node } = await client.send('DOM.describeNode', { objectId: result.objectId });
        const { nodes } = await client.send('Accessibility.getPartialAXTree', {
          backendNodeId: node.backendNodeId,
          fetchRelatives: false,
        });
        // Without relatives the first node is the element's own.
        const own = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId) ?? nodes[0];
        return {
          role: plain(own.role) ?? null,
          name: plain(own.name) ?? '',
          ignored: Boolean(own.ignored),
          properties: Object.fromEntries(
            (own.properties ?? []).map((p) => [p.name, plain(p.value)]),
          ),
        };
      } finally {
        await client.send('Runtime.releaseObject', { objectId: result.objectId });
      }
    },
  };
}
