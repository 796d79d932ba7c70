// What the attack tests share: the hostile page script's tools. It keeps the page's end of every message channel (it
// runs before the library makes any), walks and calls everything it can reach, and looks for card data in what it got.

/** Wraps MessageChannel and MessagePort.postMessage, as a script loaded before the library can. Call it once, first. */
export function watchPageChannels() {
  const pagePorts: MessagePort[] = [];
  const sentOnPorts: { port: MessagePort; data: unknown }[] = [];
  const received: unknown[] = [];
  const OriginalChannel = window.MessageChannel;
  window.MessageChannel = class extends OriginalChannel {
    constructor() {
      super();
      pagePorts.push(this.port1);
      // What the frames answer the page, seen from the page's own end.
      this.port1.addEventListener('message', (event) => received.push(event.data));
    }
  };
  const originalPost = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, data: unknown, ...rest: unknown[]) {
    if (pagePorts.includes(this)) sentOnPorts.push({ port: this, data: structuredClone(data) });
    return (originalPost as (...args: unknown[]) => void).call(this, data, ...rest);
  } as typeof MessagePort.prototype.postMessage;
  return { pagePorts, sentOnPorts, received, OriginalChannel };
}

/** Card data in anything: the number, or a `number`/`cvv` field. (A source's expiry and last four are public.) */
export function cardDataIn(values: unknown[], pan: string): string[] {
  const seen = new WeakSet();
  const text = JSON.stringify(values, (_key, value: unknown) => {
    if (value instanceof MessagePort || value instanceof Node || value instanceof Window) return '[not data]';
    if (value && typeof value === 'object') {
      if (seen.has(value)) return '[seen]';
      seen.add(value);
    }
    return typeof value === 'function' ? '[function]' : value;
  });
  return [pan, '"number":', '"cvv":', '"raw":'].filter((needle) => text.includes(needle));
}

/** Settles every promise; one still pending after 8 s counts as settled. */
export const settled = (values: unknown[]) =>
  Promise.allSettled(values.map((value) => Promise.race([Promise.resolve(value), new Promise((resolve) => setTimeout(() => resolve('pending'), 8000))])));

/**
 * Walks everything reachable from `roots` (objects and the library's `dr-` elements, to a depth of 6) as a page script
 * can, and calls every method the library defines with each of `argumentSets`, except those named in `skip`.
 * Built-in collections and DOM methods are left alone: breaking the page is out of scope.
 */
export function walkAndCall(roots: [value: unknown, depth: number][], argumentSets: unknown[][], skip: string[]): { seen: Set<unknown>; calls: unknown[] } {
  const seen = new Set<unknown>();
  const calls: unknown[] = [];
  const builtIn = [Object, Function, Map, Set, Array, Promise, WeakMap, EventTarget, Node, Element, HTMLElement].map((type) => type.prototype as unknown);
  const walk = (value: unknown, depth: number): void => {
    if (!value || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 6) return;
    if (value === window || value === document || (value instanceof Node && !(value instanceof HTMLElement && value.localName.startsWith('dr-')))) return;
    seen.add(value);
    const values = value instanceof Map ? [...value.values(), ...value.keys()] : value instanceof Set ? [...value] : [];
    const names = new Set<string>();
    for (let proto = value; proto && !builtIn.includes(proto); proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
    }
    for (const name of names) {
      if (skip.includes(name)) continue;
      let property: unknown;
      try {
        property = (value as Record<string, unknown>)[name];
      } catch {
        continue;
      }
      if (typeof property === 'function' && typeof value === 'object') {
        for (const args of argumentSets) {
          try {
            calls.push((property as (...a: unknown[]) => unknown).apply(value, args));
          } catch {
            /* a throwing call leaks nothing */
          }
        }
      } else values.push(property);
    }
    for (const next of values) walk(next, depth + 1);
  };
  for (const [value, depth] of roots) walk(value, depth);
  return { seen, calls };
}
