/** A random id of 32 hex digits (`crypto.randomUUID` needs a secure context; storefront pages may not be one). */
export function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
