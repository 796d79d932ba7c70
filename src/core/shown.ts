// Its own module, not errors.ts: the card elements' shared code never quotes a page's value, so it stays out of theirs.

/**
 * A page's value as a message quotes it. Not String(value): an object without a string form (or a proxy) throws, and
 * the public API must not.
 */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 100)}"` : `a value of type ${typeof value}`;
}
