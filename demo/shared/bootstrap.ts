// What every demo page does first: connect to this tab's sandbox on the dev server (over HTTP, so the card-field
// frames on the other origin share it), let the storefront's (simulated) server create a checkout — for a signed-in
// shopper with a saved card when the URL says `?signedIn=1` — and show the QA panel.
import type { Checkout, Customer } from '../../src/api/commerce-schemas.js';
import { connectSandbox, type RemoteSandbox } from '../../src/sandbox/remote.js';
import { createQaPanel, type QaPanel } from './qa-panel.js';
import { FRAME_URL, SANDBOX_URL } from './setup.js';
import { createStorefront, MARKETS, type Market, type Storefront } from './storefront-server.js';

export interface DemoContext {
  sandbox: RemoteSandbox;
  /** The storefront's simulated server, calling this tab's sandbox with a secret key. */
  storefront: Storefront;
  /** Where the card fields' frames come from (the other loopback host name). */
  frameUrl: string;
  checkout: Checkout;
  customer?: Customer;
  panel: QaPanel;
}

export async function bootstrap(): Promise<DemoContext> {
  const status = document.querySelector('#sandbox-status')!;
  let sandbox: RemoteSandbox;
  try {
    sandbox = await connectSandbox(SANDBOX_URL);
  } catch (error) {
    status.textContent = `The sandbox did not answer at ${SANDBOX_URL}: start the demo with "npm run demo" (or "vite preview").`;
    throw error;
  }
  const storefront = createStorefront(sandbox.url);
  const signedIn = new URLSearchParams(location.search).has('signedIn');
  let customer: Customer | undefined;
  if (signedIn) {
    const result = await storefront.signInWithSavedCard();
    if ('error' in result) throw new Error(result.error.message);
    customer = result.data;
  }
  // `?market=FR` (or GB): a checkout in that market's currency and billing country (default US, dollars).
  const market = new URLSearchParams(location.search).get('market');
  const checkout = await storefront.createCheckout(customer?.id, market && market in MARKETS ? (market as Market) : 'US');
  if ('error' in checkout) throw new Error(checkout.error.message);
  const panel = createQaPanel(document.querySelector<HTMLElement>('#qa-panel')!, sandbox, storefront, checkout.data.id);
  status.textContent =
    `Sandbox running on the dev server (no real payments); card fields from ${new URL(FRAME_URL).host}.` +
    (customer ? ` Signed in as ${customer.email}.` : '');
  document.querySelector<HTMLAnchorElement>('#sign-in')!.href = signedIn ? location.pathname : `${location.pathname}?signedIn=1`;
  document.querySelector('#sign-in')!.textContent = signedIn ? 'Sign out' : 'Sign in (shopper with a saved card)';
  return { sandbox, storefront, frameUrl: FRAME_URL, checkout: checkout.data, customer, panel };
}
