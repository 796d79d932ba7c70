// What every demo page does first: start the sandbox in the page, let the storefront's (simulated) server create a
// checkout — for a signed-in shopper with a saved card when the URL says `?signedIn=1` — and show the QA panel.
import type { Checkout, Customer } from '../../src/api/commerce-schemas.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createQaPanel, type QaPanel } from './qa-panel.js';
import { storefront } from './storefront-server.js';

export interface DemoContext {
  sandbox: Sandbox;
  checkout: Checkout;
  customer?: Customer;
  panel: QaPanel;
}

export async function bootstrap(): Promise<DemoContext> {
  const status = document.querySelector('#sandbox-status')!;
  const sandbox = await startSandbox({ quiet: true });
  const signedIn = new URLSearchParams(location.search).has('signedIn');
  let customer: Customer | undefined;
  if (signedIn) {
    const result = await storefront.signInWithSavedCard();
    if ('error' in result) throw new Error(result.error.message);
    customer = result.data;
  }
  const checkout = await storefront.createCheckout(customer?.id);
  if ('error' in checkout) throw new Error(checkout.error.message);
  const panel = createQaPanel(document.querySelector<HTMLElement>('#qa-panel')!, sandbox, checkout.data.id);
  status.textContent = `Sandbox running in this page (no real payments).${customer ? ` Signed in as ${customer.email}.` : ''}`;
  document.querySelector<HTMLAnchorElement>('#sign-in')!.href = signedIn ? location.pathname : `${location.pathname}?signedIn=1`;
  document.querySelector('#sign-in')!.textContent = signedIn ? 'Sign out' : 'Sign in (shopper with a saved card)';
  return { sandbox, checkout: checkout.data, customer, panel };
}
