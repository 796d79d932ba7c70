// Reading what the page passes the payment elements without ever throwing out of the public API.
import { integrationError, reportIntegrationError } from '../core/errors.js';

export { shown } from '../core/shown.js';

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
