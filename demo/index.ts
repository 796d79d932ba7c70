// The composite checkout: one tag does the payment step; the page wires the storefront's server and the sandbox clock.
// `./shared/setup.js` comes first: it gives <dr-checkout> its frame-url and api-base-url before the element upgrades.
import './shared/setup.js';
import '../src/entries/checkout.js';
import { sandboxCheckoutServer } from '../src/sandbox/checkout-server.js';
import { bootstrap } from './shared/bootstrap.js';

async function main(): Promise<void> {
  const { sandbox, checkout, customer, panel } = await bootstrap();
  const element = document.querySelector('dr-checkout')!;
  element.server = sandboxCheckoutServer({ baseUrl: sandbox.url });
  element.clock = sandbox.clock;
  element.setAttribute('checkout-id', checkout.id);
  element.setAttribute('session-id', checkout.payment.session.id);
  if (customer) element.setAttribute('customer-id', customer.id);
  element.addEventListener('dr-source-attached', (e) => {
    panel.log(`source attached ${e.detail.source.id} (${e.detail.source.state})`);
    void panel.refreshCheckout();
  });
  element.addEventListener('dr-source-detached', (e) => panel.log(`source detached ${e.detail.sourceId}`));
  // The countdown ticks every second; the log keeps the moment it started.
  let warned = '';
  element.addEventListener('dr-cvc-expiring', (e) => {
    if (warned === e.detail.sourceId) return;
    warned = e.detail.sourceId;
    panel.log(`security code expiring: ${e.detail.secondsLeft} s left`);
  });
  element.addEventListener('dr-cvc-expired', (e) => panel.log(`security code expired for ${e.detail.sourceId}`));
  element.addEventListener('dr-cvc-refreshed', (e) => panel.log(`security code refreshed: ${e.detail.source.id}`));
  element.addEventListener('dr-payment-error', (e) => panel.log(`payment error ${e.detail.error.errors[0]?.code ?? e.detail.error.type}`));
}

void main();
