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
