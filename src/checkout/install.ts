/**
 * Adds `dr.checkout(options)` to DigitalRiver. The ES module entry and the `digitalriver-checkout.js` script tag import
 * this; the plain `digitalriver.js` script tag does not (the DigitalRiver.js API alone keeps it within 25 KB).
 */
import { DigitalRiver } from '../core/digital-river.js';
import { CheckoutSession, type CheckoutOptions } from './checkout-session.js';

declare module '../core/digital-river.js' {
  interface DigitalRiver {
    /**
     * Starts the payment step of a checkout: create the source, attach it through the storefront's server, watch its
     * security code. See {@link CheckoutSession}.
     */
    checkout(options: CheckoutOptions): CheckoutSession;
  }
}

DigitalRiver.prototype.checkout = function checkout(this: DigitalRiver, options: CheckoutOptions): CheckoutSession {
  return new CheckoutSession(this, options);
};
