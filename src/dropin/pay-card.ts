/** Paying by card: the source the secure fields create, authenticated (3-D Secure) when the card needs it. */
import type { DrError } from '../api/errors.js';
import type { Source } from '../api/source.js';
import { checkoutError, forShopper } from '../checkout/messages.js';
import type { DigitalRiver } from '../core/digital-river.js';
import type { DigitalRiverElement } from '../core/element.js';
import type { ShopperTexts } from '../page-texts/index.js';
import type { DropinSettings } from './configuration.js';

export type SourceOutcome = { source: Source } | { error: DrError };

/** The card's source, chargeable, or the error in the shopper's words. */
export async function createCardSource(dr: DigitalRiver, settings: DropinSettings, number: DigitalRiverElement, shopper: ShopperTexts): Promise<SourceOutcome> {
  const sessionId = settings.sessionId ? { sessionId: settings.sessionId } : {};
  const created = await dr.createSource(number, { type: 'creditCard', ...sessionId, ...(settings.owner ? { owner: settings.owner } : {}), ...(settings.usage ? { usage: settings.usage } : {}) });
  if ('error' in created) return { error: forShopper(created.error, shopper) };
  const source = created.source;
  if (source.state === 'failed') return { error: checkoutError('card_error', 'source_failed', 'declined', shopper) };
  if (source.state !== 'requires_action') return created;
  const auth = await dr.authenticateSource({ ...sessionId, sourceId: source.id, sourceClientSecret: source.clientSecret });
  if ('error' in auth) return { error: forShopper(auth.error, shopper) };
  if (auth.status === 'failed') return { error: checkoutError('card_error', 'authentication_failed', 'notVerified', shopper) };
  const authenticated = await dr.retrieveSource(source.id, source.clientSecret);
  return 'error' in authenticated ? { error: forShopper(authenticated.error, shopper) } : authenticated;
}
