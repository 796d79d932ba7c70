/** `GET /payment-methods`: the payment methods a transaction may use, from its payment session or the caller's filters. */
import { METHOD_AVAILABILITY, type MethodAvailability } from './available-methods.data.js';
import { PAYMENT_METHODS } from './payment-methods.data.js';
import { invalidParameter, notFound } from './sandbox-error.js';
import type { SandboxState } from './state.js';

export interface AvailabilityFilters {
  sessionId?: string;
  currency?: string;
  country?: string;
  supportsStorage?: boolean;
  supportsRecurring?: boolean;
  supportsFreeTrial?: boolean;
}

/** A checkout with no billing country is taken as this one's. */
export const DEFAULT_COUNTRY = 'US';

const BOOLEAN_FILTERS = ['supportsStorage', 'supportsRecurring', 'supportsFreeTrial'] as const;

/** The filters from a query string; a value that is not one the filter takes is a 400. */
export function readFilters(query: URLSearchParams): AvailabilityFilters {
  const filters: AvailabilityFilters = {};
  for (const name of ['sessionId', 'currency', 'country'] as const) {
    const value = query.get(name);
    if (value === null) continue;
    if (name !== 'sessionId' && !/^[A-Za-z]{2,3}$/.test(value)) throw invalidParameter(name, `${name} must be an ISO code.`);
    filters[name] = name === 'sessionId' ? value : value.toUpperCase();
  }
  for (const name of BOOLEAN_FILTERS) {
    const value = query.get(name);
    if (value === null) continue;
    if (value !== 'true' && value !== 'false') throw invalidParameter(name, `${name} must be true or false.`);
    filters[name] = value === 'true';
  }
  return filters;
}

function offered(method: MethodAvailability, currency?: string, country?: string, amount?: number): boolean {
  if (currency !== undefined && method.currencies && !method.currencies.includes(currency)) return false;
  if (country !== undefined && method.countries && !method.countries.includes(country)) return false;
  return amount === undefined || method.maxAmount === undefined || amount <= method.maxAmount;
}

/**
 * With a `sessionId`, the session's checkout decides currency, country and amount (and the answer says them in
 * `sessionInformation`); an unknown session is a 404. Without one, the given currency and country narrow the list.
 */
export function availablePaymentMethods(state: SandboxState, filters: AvailabilityFilters) {
  let session: { currency: string; country: string; amount: string } | undefined;
  if (filters.sessionId !== undefined) {
    const checkout = [...state.store.checkouts.values()].find((record) => record.sessionId === filters.sessionId);
    if (!checkout) throw notFound('Payment session', 'sessionId');
    session = { currency: checkout.currency, country: checkout.billTo?.address.country ?? DEFAULT_COUNTRY, amount: checkout.totalAmount.toFixed(2) };
  }
  const currency = session?.currency ?? filters.currency;
  const country = session?.country ?? filters.country;
  const paymentMethods = METHOD_AVAILABILITY.filter(
    (method) =>
      offered(method, currency, country, session && Number(session.amount)) &&
      (filters.supportsStorage === undefined || PAYMENT_METHODS[method.type].supportsReuse === filters.supportsStorage) &&
      (filters.supportsRecurring === undefined || method.supportsRecurring === filters.supportsRecurring) &&
      (filters.supportsFreeTrial === undefined || method.supportsFreeTrial === filters.supportsFreeTrial),
  ).map(({ type, supportsRecurring, supportsFreeTrial }) => ({
    type,
    flow: PAYMENT_METHODS[type].flow,
    supportsRecurring,
    supportsFreeTrial,
    supportsStorage: PAYMENT_METHODS[type].supportsReuse,
    images: {},
  }));
  return session ? { sessionInformation: session, paymentMethods } : { paymentMethods };
}
