/**
 * Paying without card fields. PayPal and direct debit create a `pending_redirect` source and send the shopper to the
 * provider (by default Drop-in does; `redirect-return.ts` reports the way back); wire transfer's source is created the
 * same way and waits for the funds (`pending_funds`), with no redirect.
 */
import type { Source } from '../api/source.js';
import { forShopper } from '../checkout/messages.js';
import type { DigitalRiver } from '../core/digital-river.js';
import type { DropinTexts } from '../page-texts/en.dropin.js';
import type { ShopperTexts } from '../page-texts/index.js';
import type { DropinPaymentMethod, DropinSettings } from './configuration.js';
import { methodFailed, sourceDataFor } from './methods.js';
import type { SourceOutcome } from './pay-card.js';
import { keepPendingRedirect, returnAddresses, type PendingRedirect } from './redirect-return.js';

/** The method's source, with this page (automatic redirects) or the storefront's addresses to come back to. */
export async function createMethodSource(dr: DigitalRiver, settings: DropinSettings, method: DropinPaymentMethod, texts: { shopper: ShopperTexts; dropin: DropinTexts }): Promise<SourceOutcome> {
  const urls = settings.redirect.automatic ? returnAddresses() : settings.redirect;
  const created = await dr.createSource(sourceDataFor(method, settings, urls));
  if ('error' in created) return { error: forShopper(created.error, texts.shopper) };
  if (created.source.state === 'failed') return { error: methodFailed(method, texts.dropin) };
  return created;
}

/** The provider's page, if the source names one a browser can go to (http or https, nothing else). */
export function providerAddress(source: Source): URL | undefined {
  try {
    const url = new URL(source.redirect?.redirectUrl ?? '');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** To the provider; Drop-in, mounted again on the way back, finds the source kept for this tab. */
export function goToProvider(url: URL, pending: PendingRedirect): void {
  keepPendingRedirect(pending);
  location.assign(url.href);
}
