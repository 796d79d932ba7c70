/**
 * Adds `dr.checkout(options)` to DigitalRiver. The ES module entry and the `digitalriver-checkout.js` script tag import
 * this; the plain `digitalriver.js` script tag does not (the DigitalRiver.js API alone keeps it within 25 KB).
 */
import { DigitalRiver } from '../core/digital-river.js';
import { CheckoutSession, type CheckoutOptions } from './checkout-session.js';
import { endpointCheckoutServer } from './endpoint-server.js';

declare module '../core/digital-river.js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how a class gets a static member from another module
  namespace DigitalRiver {
    /**
     * A `CheckoutServer` that posts to the storefront's own endpoints; here so a script-tag storefront
     * (`digitalriver-checkout.js`) has it too: `DigitalRiver.endpointCheckoutServer({attachUrl, detachUrl})`.
     */
    let endpointCheckoutServer: typeof import('./endpoint-server.js').endpointCheckoutServer;
  }
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

DigitalRiver.endpointCheckoutServer = endpointCheckoutServer;
