/**
 * Adds `dr.createDropin(configuration)` to DigitalRiver. The `dr-checkout-widget/dropin` entry and the
 * `digitalriver-dropin.js` script tag import this; the plain `digitalriver.js` script tag does not.
 */
import { DigitalRiver } from '../core/digital-river.js';
import type { DropinConfiguration } from './configuration.js';
import { Dropin } from './dropin.js';
import './available-payment-methods.js';
// The wallet buttons and the compliance section are the payment elements'.
import '../payments/install.js';

declare module '../core/digital-river.js' {
  interface DigitalRiver {
    /**
     * Creates Drop-in payments from Digital River's documented configuration object (`sessionId`, `billingAddress`,
     * `options`, `paymentMethodConfiguration`, `onSuccess`, `onError`, `onReady`, `onCancel`); `mount(id)` shows it.
     * Needs `dr-checkout-widget/dropin` or the `digitalriver-dropin.js` script tag.
     */
    createDropin(configuration: DropinConfiguration): Dropin;
  }
}

DigitalRiver.prototype.createDropin = function createDropin(this: DigitalRiver, configuration: DropinConfiguration): Dropin {
  return new Dropin(this, configuration);
};
