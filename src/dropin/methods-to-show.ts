/** Which of the configured payment methods Drop-in shows: those the API offers for this transaction, in its order. */
import type { AvailablePaymentMethods } from '../api/payment-methods.js';
import type { DigitalRiver } from '../core/digital-river.js';
import { warnOnce } from '../core/warn.js';
import type { DropinPaymentMethod, DropinSettings } from './configuration.js';

/** The payment session as the API describes it (currency, country, amount): the wallets and compliance read it. */
export type PaymentSession = AvailablePaymentMethods['sessionInformation'];

/**
 * The configured methods the API offers: for the payment session in a checkout, else for the billing country (and,
 * to add to an account, only those that can be saved). If the API cannot say, the card alone, which every
 * transaction takes.
 */
export async function methodsToShow(dr: DigitalRiver, settings: DropinSettings): Promise<{ methods: DropinPaymentMethod[]; session?: PaymentSession }> {
  if (settings.methods.length === 0) return { methods: [] };
  const country = settings.owner?.address?.country;
  const filters =
    settings.flow === 'checkout' && settings.sessionId
      ? { sessionId: settings.sessionId }
      : { ...(typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? { country } : {}), ...(settings.flow === 'managePaymentMethods' ? { supportsStorage: true } : {}) };
  const answer = await dr.retrieveAvailablePaymentMethods(filters);
  if ('error' in answer) {
    warnOnce('payment_methods_unavailable', `Drop-in could not retrieve the available payment methods (${answer.error.errors[0]?.code ?? answer.error.type}); it shows the credit card only.`);
    return { methods: settings.methods.filter((method) => method === 'creditCard') };
  }
  const offered = answer.paymentMethods.map((method) => method.type);
  const methods = settings.methods.filter((method) => offered.includes(method));
  return { methods: methods.sort((a, b) => offered.indexOf(a) - offered.indexOf(b)), session: answer.sessionInformation };
}
