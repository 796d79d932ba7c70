// Registers <dr-checkout> and the parts and card fields it uses. Importing the component class alone has no side effects.
import '../../checkout/install.js';
import { defineBillingFieldsElement } from '../billing-fields/dr-billing-fields.js';
import { defineElement } from '../define.js';
import { defineSavedCardsElement } from '../saved-cards/dr-saved-cards.js';
import { DrCheckoutElement } from './dr-checkout.component.js';

export const CHECKOUT_TAG = 'dr-checkout';

export function defineCheckoutElement(): void {
  defineSavedCardsElement();
  defineBillingFieldsElement();
  defineElement(CHECKOUT_TAG, DrCheckoutElement);
}

defineCheckoutElement();

declare global {
  interface HTMLElementTagNameMap {
    'dr-checkout': DrCheckoutElement;
  }
}
