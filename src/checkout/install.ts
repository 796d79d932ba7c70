/**
 * Adds `dr.checkout(options)` to DigitalRiver. The ES module entry and the sandbox entries import this; the script-tag
 * bundle does not (it would not fit its 25 KB budget), so there `checkout()` exists when the sandbox script is loaded.
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
