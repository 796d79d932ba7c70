// ES module entry `dr-checkout-widget/checkout`: adds `dr.checkout()` to DigitalRiver and registers <dr-checkout>, its
// parts <dr-saved-cards> and <dr-billing-fields>, and the card elements they use.
import '../checkout/install.js';
import '../elements/checkout/dr-checkout.js';

export {
  CheckoutSession,
  type CheckoutEventMap,
  type CheckoutEventName,
  type CheckoutOptions,
  type PayOptions,
  type PayResult,
  type SavedSourceChange,
  type SavedSourcesResult,
  type StoreCreditRequest,
} from '../checkout/checkout-session.js';
export { createCvcExpiryTracker, DEFAULT_CVC_LIFETIME_MS, DEFAULT_CVC_WARNING_MS, type CvcExpiryTracker, type CvcExpiryTrackerOptions, type CvcState, type Tick } from '../checkout/cvc-expiry.js';
export { endpointCheckoutServer, type EndpointCheckoutServerOptions } from '../checkout/endpoint-server.js';
export type { CheckoutServer, CheckoutServerResult, CheckoutView } from '../checkout/server.js';
export { SHOPPER_MESSAGES } from '../checkout/messages.js';
export type { CheckoutTexts, ShopperTexts } from '../page-texts/index.js';
export { DrCheckoutElement } from '../elements/checkout/dr-checkout.component.js';
export { CHECKOUT_TAG, defineCheckoutElement } from '../elements/checkout/dr-checkout.js';
export type { DrCheckoutEventMap } from '../elements/checkout/checkout-events.js';
export { DrSavedCardsElement, type SavedCardsService } from '../elements/saved-cards/dr-saved-cards.component.js';
export { SAVED_CARDS_TAG, defineSavedCardsElement } from '../elements/saved-cards/dr-saved-cards.js';
export { savedCardsStyles } from '../elements/saved-cards/dr-saved-cards.styles.js';
export type { DrSavedCardsEventMap, SavedCardChange } from '../elements/saved-cards/saved-cards-events.js';
export { DrBillingFieldsElement, type BillingField } from '../elements/billing-fields/dr-billing-fields.component.js';
export { BILLING_FIELDS_TAG, defineBillingFieldsElement } from '../elements/billing-fields/dr-billing-fields.js';
export { billingFieldsStyles } from '../elements/billing-fields/dr-billing-fields.styles.js';
