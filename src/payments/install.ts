/**
 * Adds the payment elements beyond cards to DigitalRiver: `dr.paymentRequest(details)` with the `googlepay` and
 * `applepay` elements, the `delayedpaymentinstructions` element, the `compliance` element and
 * `dr.Compliance.getDetails(…)`. The Drop-in bundle and entry import this; the card-only `digitalriver.js` does not.
 */
import { addElementType, DigitalRiver, onNewInstance } from '../core/digital-river.js';
import { reportIntegrationError } from '../core/errors.js';
import { complianceFor, type Compliance } from './compliance/compliance.js';
import { keepDisclosures } from './compliance/disclosure-texts.js';
import { framesAt } from './frames.js';
import { ComplianceElement, type ComplianceElementOptions } from './compliance/compliance-element.js';
import { DelayedPaymentInstructionsElement, type DelayedPaymentInstructionsOptions } from './instructions/delayed-payment-instructions.js';
import { readPaymentRequest, type PaymentRequest } from './wallet/payment-request.js';
import { WalletElement } from './wallet/wallet-element.js';
import { readingOptions } from './read-options.js';

declare module '../core/digital-river.js' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how a class gets a static member from another module
  namespace DigitalRiver {
    /** The sellers' disclosures: `DigitalRiver.Compliance.getDetails(…)`, the same as on an instance. */
    let Compliance: import('./compliance/compliance.js').Compliance;
  }
  interface DigitalRiver {
    /**
     * Checks a payment request for a wallet element (`createElement('googlepay' | 'applepay', request)`): unknown keys
     * warn once, and a missing `country`, `currency` or `total` is an integration error in the console.
     */
    paymentRequest(details: PaymentRequest): PaymentRequest;
    /** A Google Pay or Apple Pay button for a payment request (`dr.paymentRequest(…)`, or `{paymentRequest}`). */
    createElement(type: 'googlepay' | 'applepay', request: PaymentRequest | { paymentRequest: PaymentRequest }): WalletElement;
    /** A wire transfer's (or any delayed payment's) instructions, from its source. */
    createElement(type: 'delayedpaymentinstructions', options: DelayedPaymentInstructionsOptions): DelayedPaymentInstructionsElement;
    /** The seller's disclosures. */
    createElement(type: 'compliance', options: ComplianceElementOptions): ComplianceElement;
    /** The sellers' disclosures: `dr.Compliance.getDetails({businessEntityCode, country, language})`. */
    Compliance: import('./compliance/compliance.js').Compliance;
  }
}

DigitalRiver.prototype.paymentRequest = function paymentRequest(details: PaymentRequest): PaymentRequest {
  let read = readPaymentRequest(undefined);
  readingOptions('paymentRequest()', () => (read = readPaymentRequest(details)));
  if (read.problem) reportIntegrationError(read.problem);
  return read.request;
};
// Each instance's Compliance loads the languages it is asked for from that instance's frames.
const compliances = new WeakMap<DigitalRiver, Compliance>();
Object.defineProperty(DigitalRiver.prototype, 'Compliance', {
  configurable: true,
  get(this: DigitalRiver): Compliance {
    let compliance = compliances.get(this);
    if (!compliance) compliances.set(this, (compliance = complianceFor(framesAt(this.frameUrl))));
    return compliance;
  },
});
DigitalRiver.Compliance = complianceFor(framesAt(undefined));
// An instance starts loading its language at once, so that Compliance.getDetails() can answer in it by the time the
// page knows the seller (from its checkout); Drop-in and the payment elements would load it as they show anyway.
onNewInstance((dr) => void dr.texts().then(keepDisclosures));

addElementType('googlepay', (dr, options) => new WalletElement(dr, 'googlepay', options));
addElementType('applepay', (dr, options) => new WalletElement(dr, 'applepay', options));
addElementType('delayedpaymentinstructions', (dr, options) => new DelayedPaymentInstructionsElement(dr, options));
addElementType('compliance', (dr, options) => new ComplianceElement(dr, options));
