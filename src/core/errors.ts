import type { DrError } from '../api/errors.js';

/** A mistake in the storefront's code (not the shopper's input): it names the option or call to fix. */
export function integrationError(code: string, message: string, parameter?: string): DrError {
  return {
    type: 'integration_error',
    message,
    errors: [{ code, message, ...(parameter ? { parameter } : {}) }],
  };
}

/** Keeps integrator mistakes visible in the console as well as in the returned result. */
export function reportIntegrationError(error: DrError): DrError {
  console.error(`[DigitalRiver] ${error.errors[0]?.code}: ${error.message}`);
  return error;
}

/**
 * A page's value as a message quotes it. Not String(value): an object without a string form (or a proxy) throws, and
 * the public API must not.
 */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value.slice(0, 100)}"` : `a value of type ${typeof value}`;
}
