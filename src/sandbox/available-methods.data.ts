/**
 * Where and how each payment method is offered, as `retrieveAvailablePaymentMethods` reports it (sandbox data, in the
 * shape of Digital River's documented answer). A method is available for a transaction when its currency, the billing
 * country and the amount are all within its lists; a missing list means any.
 */
import type { SourceType } from '../api/schemas.js';

export interface MethodAvailability {
  type: SourceType;
  supportsRecurring: boolean;
  supportsFreeTrial: boolean;
  currencies?: readonly string[];
  countries?: readonly string[];
  /** The largest amount the method takes, in the transaction's currency. */
  maxAmount?: number;
}

/** SEPA countries, where direct debit (in euros) is offered. */
const SEPA = ['AT', 'BE', 'DE', 'ES', 'FI', 'FR', 'IE', 'IT', 'LU', 'NL', 'PT'];

/** In the order Drop-in shows them. Store credit is not here: a storefront's back end grants it. */
export const METHOD_AVAILABILITY: readonly MethodAvailability[] = [
  { type: 'creditCard', supportsRecurring: true, supportsFreeTrial: true },
  { type: 'payPal', supportsRecurring: false, supportsFreeTrial: false, currencies: ['AUD', 'CAD', 'CHF', 'EUR', 'GBP', 'JPY', 'USD'], maxAmount: 10000 },
  { type: 'directDebit', supportsRecurring: true, supportsFreeTrial: false, currencies: ['EUR'], countries: SEPA },
  { type: 'wireTransfer', supportsRecurring: false, supportsFreeTrial: false, currencies: ['EUR', 'GBP', 'USD'], countries: [...SEPA, 'GB', 'US'] },
  { type: 'googlePay', supportsRecurring: true, supportsFreeTrial: true },
  { type: 'applePay', supportsRecurring: false, supportsFreeTrial: false },
];
