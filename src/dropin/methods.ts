/** What Drop-in sends to create each method's source without card fields, and the methods' names. */
import type { DrError } from '../api/errors.js';
import type { Source } from '../api/source.js';
import type { SourceData } from '../core/digital-river.js';
import type { DropinTexts } from '../page-texts/en.dropin.js';
import { fill, type CheckoutTexts } from '../page-texts/index.js';
import type { DropinPaymentMethod, DropinSettings } from './configuration.js';

export const isRedirectMethod = (method: DropinPaymentMethod): method is 'payPal' | 'directDebit' => method === 'payPal' || method === 'directDebit';

/** The method's name as the shopper reads it. */
export const methodName = (method: DropinPaymentMethod, texts: DropinTexts): string => texts[method];

/** What the status says once the method's source is made: "Visa ending 1111 is ready", wire transfer's next step, … */
export function paidText(method: DropinPaymentMethod, source: Source, texts: { checkout: CheckoutTexts; dropin: DropinTexts }): string {
  const t = texts.dropin;
  // The card as `checkout/card-name.ts` names it, written out: importing it adds the checkout's other card helpers.
  if (method === 'creditCard') return fill(t.cardReady, { card: fill(texts.checkout.cardName, { brand: source.creditCard?.brand ?? texts.checkout.unknownBrand, last4: source.creditCard?.lastFourDigits ?? '····' }) });
  if (method === 'wireTransfer') return t.wireTransferReady;
  return fill(t.redirectReady, { method: methodName(method, t) });
}

/** A method's source that cannot pay: created failed, not approved by the provider, or not chargeable from the wallet. */
export function methodFailed(method: DropinPaymentMethod, texts: DropinTexts): DrError {
  const message = fill(texts.redirectFailed, { method: methodName(method, texts) });
  return { type: 'payment_error', message, errors: [{ code: 'source_failed', message }] };
}

/**
 * The source data of Digital River's method pages: the session, the billing address as owner, the usage, and the
 * method's block (a redirect method's `returnUrl` and `cancelUrl`; wire transfer's, empty).
 */
export function sourceDataFor(method: DropinPaymentMethod, settings: DropinSettings, urls: { returnUrl: string; cancelUrl: string }): SourceData & { type: string } {
  const common = {
    ...(settings.sessionId ? { sessionId: settings.sessionId } : {}),
    ...(settings.owner ? { owner: settings.owner } : {}),
    ...(settings.usage ? { usage: settings.usage } : {}),
  };
  if (isRedirectMethod(method)) return { type: method, ...common, [method]: { returnUrl: urls.returnUrl, cancelUrl: urls.cancelUrl } };
  return { type: method, ...common, [method]: {} };
}
