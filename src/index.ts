// ES module entry: the DigitalRiver.js-compatible API and the custom elements (registered on import).
import './checkout/install.js';
import { defineElements } from './elements/define.js';
import './elements/checkout/dr-checkout.js';

defineElements();

export {
  DigitalRiver,
  type AuthenticateSourceData,
  type AuthenticateSourceResult,
  type AuthenticationStatus,
  type CardElement,
  type DigitalRiverOptions,
  type SourceResult,
  type UpdateSourceData,
} from './core/digital-river.js';
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
} from './checkout/checkout-session.js';
export { createCvcExpiryTracker, DEFAULT_CVC_LIFETIME_MS, DEFAULT_CVC_WARNING_MS, type CvcExpiryTracker, type CvcExpiryTrackerOptions, type CvcState, type Tick } from './checkout/cvc-expiry.js';
export { endpointCheckoutServer, type EndpointCheckoutServerOptions } from './checkout/endpoint-server.js';
export type { CheckoutServer, CheckoutServerResult, CheckoutView } from './checkout/server.js';
export { SHOPPER_MESSAGES } from './checkout/messages.js';
export { DigitalRiverElement, type ElementOptions, type ElementEventMap, type ElementEventName } from './core/element.js';
export { DrCardFieldElement } from './elements/card-field/card-field.component.js';
export { DrCardCvv, DrCardExpiration, DrCardNumber } from './elements/card-field/card-fields.js';
export { defineElements, ELEMENT_TAGS } from './elements/define.js';
export { DrCheckoutElement } from './elements/checkout/dr-checkout.component.js';
export { CHECKOUT_TAG, defineCheckoutElement } from './elements/checkout/dr-checkout.js';
export type { DrCheckoutEventMap } from './elements/checkout/checkout-events.js';
export type { DrEventMap } from './elements/events.js';
export type { DrFieldEventMap, FieldChangeDetail, FieldEventDetail } from './elements/events.js';
export type { ClassOptions, StyleOptions } from './elements/style-options.js';
export type { CardBrand, CardValidationCode } from './card/types.js';
export type { DrError } from './api/errors.js';
export type { Source } from './api/source.js';
export { DEFAULT_API_BASE_URL } from './api/config.js';
