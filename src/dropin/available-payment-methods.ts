/**
 * Adds `dr.retrieveAvailablePaymentMethods(filters)` to DigitalRiver, with the Drop-in bundle that uses it to choose
 * what to show. The controller frame makes the call, like every API call; its answer is checked here.
 */
import type { DrError } from '../api/errors.js';
import { readAvailablePaymentMethods, type AvailablePaymentMethodFilters, type AvailablePaymentMethods } from '../api/payment-methods.js';
import { DigitalRiver } from '../core/digital-river.js';
import { integrationError, reportIntegrationError } from '../core/errors.js';
import { asObject, warnUnknownKeys } from '../core/options.js';

export type { AvailablePaymentMethod, AvailablePaymentMethodFilters, AvailablePaymentMethods } from '../api/payment-methods.js';

export type AvailablePaymentMethodsResult = AvailablePaymentMethods | { error: DrError };

declare module '../core/digital-river.js' {
  interface DigitalRiver {
    /**
     * The payment methods a transaction may use: with `sessionId`, those of the payment session (its currency,
     * billing country and amount, named in `sessionInformation`); otherwise those the filters leave. Resolves
     * `{paymentMethods, sessionInformation?}` or `{error}`. Needs `dr-checkout-widget/dropin` or `digitalriver-dropin.js`.
     */
    retrieveAvailablePaymentMethods(filters?: AvailablePaymentMethodFilters): Promise<AvailablePaymentMethodsResult>;
  }
}

const WHERE = 'retrieveAvailablePaymentMethods()';
const TEXT_FILTERS = ['currency', 'country', 'sessionId'] as const;
const BOOLEAN_FILTERS = ['supportsStorage', 'supportsRecurring', 'supportsFreeTrial'] as const;

/** The known filters, checked; an unknown one is warned about and left out, a wrong-typed one is an error. */
function readFilters(filters: unknown): AvailablePaymentMethodFilters | DrError {
  if (filters === undefined || filters === null) return {};
  const given = asObject(filters);
  if (!given) return integrationError('invalid_parameter', `${WHERE} takes a filters object.`, 'filters');
  warnUnknownKeys(WHERE, given, [...TEXT_FILTERS, ...BOOLEAN_FILTERS]);
  const read: AvailablePaymentMethodFilters = {};
  for (const name of TEXT_FILTERS) {
    const value = given[name];
    if (value === undefined) continue;
    const valid = typeof value === 'string' && (name === 'sessionId' ? /^[\x21-\x7e]{1,100}$/ : /^[A-Za-z]{2,3}$/).test(value);
    if (!valid) return integrationError('invalid_parameter', `${WHERE} filter "${name}" must be ${name === 'sessionId' ? 'a payment session id' : 'an ISO code'}.`, name);
    read[name] = value as string;
  }
  for (const name of BOOLEAN_FILTERS) {
    const value = given[name];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return integrationError('invalid_parameter', `${WHERE} filter "${name}" must be true or false.`, name);
    read[name] = value;
  }
  return read;
}

DigitalRiver.prototype.retrieveAvailablePaymentMethods = async function retrieveAvailablePaymentMethods(
  this: DigitalRiver,
  filters?: AvailablePaymentMethodFilters,
): Promise<AvailablePaymentMethodsResult> {
  const api = this.apiChoice;
  // An instance that could not start said why in the console when it was made.
  if (!api) return { error: integrationError('not_initialized', 'This DigitalRiver instance could not start; see the console.') };
  try {
    const read = readFilters(filters);
    if ('errors' in read) return { error: reportIntegrationError(read) };
    const answer = await this.ask({ call: 'retrieveAvailablePaymentMethods', api, filters: read }, readAvailablePaymentMethods);
    return answer.error ? { error: answer.error } : answer.data;
  } catch {
    // Last line of defence (a filters object whose getters throw, say): the public API resolves.
    return { error: { type: 'api_error', message: 'The payment methods could not be retrieved.', errors: [{ code: 'unknown_error', message: 'The payment methods could not be retrieved.' }] } };
  }
};
