// ES module entry `dr-checkout-widget`: the DigitalRiver.js-compatible API and the card elements (registered on
// import). The checkout (`dr.checkout()`, <dr-checkout>) is `dr-checkout-widget/checkout`; one element alone is
// `dr-checkout-widget/card-number` (and card-expiration, card-cvv); the sandbox is `dr-checkout-widget/sandbox`.
import { defineElements } from './elements/define.js';

defineElements();

export {
  DigitalRiver,
  type AuthenticateSourceData,
  type AuthenticateSourceResult,
  type AuthenticationStatus,
  type CardElement,
  type CardElementType,
  type DigitalRiverOptions,
  type OwnerData,
  type SourceData,
  type SourceResult,
  type UpdateSourceData,
} from './core/digital-river.js';
export { DigitalRiverElement, type ElementOptions, type ElementEventMap, type ElementEventName } from './core/element.js';
export { DrCardFieldElement } from './elements/card-field/card-field.component.js';
export { DrCardCvv, DrCardExpiration, DrCardNumber } from './elements/card-field/card-fields.js';
export { defineElements, ELEMENT_TAGS } from './elements/define.js';
export type { DrEventMap } from './elements/events.js';
export type { DrFieldEventMap, FieldChangeDetail, FieldEventDetail } from './elements/events.js';
export type { ClassOptions, StyleOptions } from './elements/style-options.js';
export type { CardBrand, CardValidationCode } from './card/types.js';
export type { DrError, DrErrorDetail, DrErrorType } from './api/errors.js';
export type { Address, CreditCardDetails, Owner, Source, SourceState, SourceType } from './api/source.js';
export type { FieldError, FieldKind } from './secure-fields/shared/field-kind.js';
export { DEFAULT_API_BASE_URL } from './api/config.js';
