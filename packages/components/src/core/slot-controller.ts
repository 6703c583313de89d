import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells whether the author filled a named slot, so a component can hide an empty hint and
 * leave it out of `aria-describedby`. Re-renders the host when slotted content changes.
 */
export class SlotController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: Host,
    private readonly names: readonly string[],
  ) {
    host.addController(this);
  }

  has(name: string): boolean {
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  hostConnected(): void {
    // childList catches added/removed children; attributes catches a `slot=` change on a child.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['slot'],
    });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  get slotNames(): readonly string[] {
    return this.names;
  }
}
