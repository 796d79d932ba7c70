// Registers <dr-checkout> (and the card fields it uses). Importing the component class alone has no side effects.
import '../../checkout/install.js';
import { defineElements } from '../define.js';
import { DrCheckoutElement } from './dr-checkout.component.js';

export const CHECKOUT_TAG = 'dr-checkout';

export function defineCheckoutElement(): void {
  defineElements();
  if (!customElements.get(CHECKOUT_TAG)) customElements.define(CHECKOUT_TAG, DrCheckoutElement);
}

defineCheckoutElement();

declare global {
  interface HTMLElementTagNameMap {
    'dr-checkout': DrCheckoutElement;
  }
}
