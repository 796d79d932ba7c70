/** What Drop-in sends to create each method's source without card fields, and the methods' names. */
import type { SourceData } from '../core/digital-river.js';
import type { DropinTexts } from '../page-texts/en.dropin.js';
import type { DropinPaymentMethod, DropinSettings } from './configuration.js';

export const isRedirectMethod = (method: DropinPaymentMethod): method is 'payPal' | 'directDebit' => method === 'payPal' || method === 'directDebit';

/** The method's name as the shopper reads it. */
export const methodName = (method: DropinPaymentMethod, texts: DropinTexts): string => texts[method];

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
