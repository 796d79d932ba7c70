import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { frameUrl, sandboxForTests } from '../../../test/browser/secure-fields.fixtures.js';
import { createCommerceClient, type CommerceClient } from '../../api/commerce-client.js';
import type { CheckoutOptions } from '../../checkout/checkout-session.js';
import { DigitalRiver } from '../../core/digital-river.js';
import { sandboxCheckoutServer } from '../../sandbox/checkout-server.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import { CheckoutSessionController } from './checkout-session.controller.js';

// The checkout-session controller in a host of its own (a button and a status), over a real session on the test's
// sandbox: store credit is a payment step that needs no card fields.

class SessionHost extends LitElement {
  readonly checkout = new CheckoutSessionController(this);

  protected override render(): TemplateResult {
    const { busy, error, status } = this.checkout;
    return html`<button ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>Pay</button>
      <div role="status" data-error-code=${error?.errors[0]?.code ?? ''}>${status}</div>`;
  }
}
customElements.define('checkout-session-host', SessionHost);

let sandbox: RemoteSandbox;
let sk: CommerceClient;

before(async () => {
  sandbox = await sandboxForTests();
  sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_session_controller' });
});
afterEach(() => sandbox.reset());

async function mount() {
  const host = await fixture<SessionHost>(html`<checkout-session-host></checkout-session-host>`);
  const button = () => host.shadowRoot!.querySelector('button')!;
  const status = () => host.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
  const dr = new DigitalRiver('pk_test_session_controller', { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });
  return { host, button, status, dr };
}

async function checkoutOptions(customerId?: string): Promise<CheckoutOptions> {
  const checkout = (await sk.createCheckout({ currency: 'USD', items: [{ name: 'Book', quantity: 1, price: 50 }], ...(customerId ? { customerId } : {}) })).data!;
  return { checkoutId: checkout.id, sessionId: checkout.payment.session.id, server: sandboxCheckoutServer({ baseUrl: sandbox.url }), ...(customerId ? { customerId } : {}) };
}

/** A promise the test resolves when it wants. */
function gate() {
  let open = () => {};
  const closed = new Promise<void>((resolve) => (open = resolve));
  return { closed, open };
}

describe('CheckoutSessionController', () => {
  it('says the checkout is not ready before it has a session, and runs nothing', async () => {
    const { host, status } = await mount();
    let ran = false;
    const result = await host.checkout.run(async () => ((ran = true), { done: true }));
    await host.updateComplete;
    expect(ran).to.equal(false);
    expect(result).to.deep.include({ error: { type: 'integration_error', message: 'This checkout is not ready: it needs public-key, checkout-id and session-id.', errors: [{ code: 'checkout_not_ready', message: 'This checkout is not ready.' }] } });
    expect(status().dataset.errorCode).to.equal('checkout_not_ready');
  });

  it('runs one step at a time, busy meanwhile, and sends the session’s events from the host', async () => {
    const { host, button, status, dr } = await mount();
    const options = await checkoutOptions();
    host.checkout.start(dr, options);
    host.checkout.say('Earlier news.');
    const wait = gate();
    const attached = oneEvent(host, 'dr-source-attached');
    const first = host.checkout.run(async (session) => (await wait.closed, session.addStoreCredit({ amount: 10, currency: 'USD' })));
    await host.updateComplete;
    expect(button().disabled).to.equal(true);
    expect(button().getAttribute('aria-busy')).to.equal('true');
    expect(status().textContent).to.equal('');
    // A second step while the first runs does not run.
    let second = false;
    expect(await host.checkout.run(async () => ((second = true), { done: true }))).to.equal(undefined);
    wait.open();
    const result = await first;
    const { detail } = await attached;
    await host.updateComplete;
    expect(second).to.equal(false);
    expect(button().disabled).to.equal(false);
    expect(result && 'source' in result && result.source.type).to.equal('customerCredit');
    expect(detail.source.id).to.equal(result && 'source' in result ? result.source.id : '');
    expect((await sk.retrieveCheckout(options.checkoutId)).data!.sources.map((s) => s.id)).to.deep.equal([detail.source.id]);
  });

  it("shows a failed step's error in the shopper's words with its code, and sends dr-payment-error", async () => {
    const { host, status, dr } = await mount();
    host.checkout.start(dr, await checkoutOptions());
    await sandbox.setScenario({ name: 'server_error', endpoint: 'POST /checkouts/:id/sources/:sourceId', times: 1 });
    const failed = oneEvent(host, 'dr-payment-error');
    const result = await host.checkout.run((session) => session.addStoreCredit({ amount: 10, currency: 'USD' }));
    await host.updateComplete;
    expect(result && 'error' in result && result.error.errors[0]!.code).to.equal('internal_server_error');
    expect(status().textContent).to.equal('We could not reach the payment service. Try again.');
    expect(status().dataset.errorCode).to.equal('internal_server_error');
    expect((await failed).detail.error.message).to.equal('We could not reach the payment service. Try again.');
    host.checkout.say('Try again.');
    await host.updateComplete;
    expect(status().dataset.errorCode).to.equal('');
  });

  it('a new start ends the previous session, and so does the host leaving the page', async () => {
    const { host, dr } = await mount();
    const first = host.checkout.start(dr, await checkoutOptions());
    const second = host.checkout.start(dr, await checkoutOptions());
    expect(host.checkout.session).to.equal(second);
    const ended = await first.addStoreCredit({ amount: 10, currency: 'USD' });
    expect('error' in ended && ended.error.errors[0]!.code).to.equal('session_destroyed');
    host.remove();
    expect(host.checkout.session).to.equal(undefined);
    const gone = await second.addStoreCredit({ amount: 10, currency: 'USD' });
    expect('error' in gone && gone.error.errors[0]!.code).to.equal('session_destroyed');
  });

  it("gives the saved cards each session's service, busy while a saved card changes", async () => {
    const { host, button, dr } = await mount();
    const customer = (await sk.createCustomer({ email: 'ada@example.test' })).data!;
    const cards = [];
    for (const number of ['5466160000000008', '6011987698769876']) {
      const card = (await sk.createSource({ type: 'creditCard', creditCard: { number, expirationMonth: 7, expirationYear: 2031, cvv: '123' } })).data!;
      await sk.saveSource(customer.id, card.id);
      cards.push(card);
    }
    expect(host.checkout.savedCards).to.equal(undefined);
    host.checkout.start(dr, await checkoutOptions(customer.id));
    const service = host.checkout.savedCards!;
    const listed = await service.listSavedSources();
    expect('sources' in listed && listed.sources.map((s) => s.id)).to.deep.equal(cards.map((c) => c.id));
    const change = service.setDefaultSource(cards[1]!.id);
    await host.updateComplete;
    expect(button().disabled).to.equal(true);
    expect(await change).to.deep.equal({ sourceId: cards[1]!.id });
    await host.updateComplete;
    expect(button().disabled).to.equal(false);
    expect((await sk.retrieveCustomer(customer.id)).data!.defaultSourceId).to.equal(cards[1]!.id);
    host.checkout.start(dr, await checkoutOptions(customer.id));
    expect(host.checkout.savedCards).to.not.equal(service);
  });
});
