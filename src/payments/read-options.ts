// Reading what the page passes the payment elements without ever throwing out of the public API.
import { integrationError, reportIntegrationError } from '../core/errors.js';

/**
 * A page's value as a message quotes it. Not String(value): an object without a string form (or a proxy) throws, and
 * the public API must not.
 */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 100)}"` : `a value of type ${typeof value}`;
}

/**
 * Reads the page's options; when reading them throws (a getter, a proxy), the console says so and they are ignored:
 * the public API must not throw.
 */
export function readingOptions(where: string, read: () => void): void {
  try {
    read();
  } catch {
    reportIntegrationError(integrationError('invalid_parameter', `${where} could not read its options; they were ignored.`));
  }
}
