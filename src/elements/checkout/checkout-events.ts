import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';
import type { CheckoutView } from '../../checkout/server.js';
import type { DrSavedCardsEventMap } from '../saved-cards/saved-cards-events.js';

/**
 * Events of `<dr-checkout>`: the checkout session's events as DOM events (`dr-` prefix, bubbling, composed), and those
 * of the `<dr-saved-cards>` inside it.
 */
export interface DrCheckoutEventMap extends DrSavedCardsEventMap {
  'dr-source-attached': CustomEvent<{ source: Source; checkout: CheckoutView }>;
  'dr-source-detached': CustomEvent<{ sourceId: string }>;
  /** When the warning starts, then every second. */
  'dr-cvc-expiring': CustomEvent<{ sourceId: string; secondsLeft: number; expiresAt: string }>;
  'dr-cvc-expired': CustomEvent<{ sourceId: string }>;
  'dr-cvc-refreshed': CustomEvent<{ source: Source }>;
  /** `error.message` is in the shopper's words; `error.errors[0].code` is for the integrator. */
  'dr-payment-error': CustomEvent<{ error: DrError }>;
}
