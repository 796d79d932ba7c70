import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeIn, whenFocused, whenReady } from '../../../test/browser/card-typing.fixtures.js';
import { frameUrl, otherOrigin, sandboxForTests } from '../../../test/browser/secure-fields.fixtures.js';
import { createCommerceClient, type CommerceClient } from '../../api/commerce-client.js';
import { sandboxCheckoutServer } from '../../sandbox/checkout-server.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import type { DrCardFieldElement } from '../card-field/card-field.component.js';
import type { DrCheckoutElement } from './dr-checkout.component.js';
import './dr-checkout.js';

// The test's own sandbox over HTTP: the card fields' frames call it from their origin, the element's server (the
// sandbox's default, with a secret key) from this one.
let sandbox: RemoteSandbox;
let sk: CommerceClient;

before(async () => {
  sandbox = await sandboxForTests();
  sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_dr_checkout' });
});
afterEach(() => sandbox.reset());

interface Mounted {
  element: DrCheckoutElement;
  checkoutId: string;
  events: string[];
  tick: () => void;
}

async function mount(options: { billing?: boolean; customerId?: string } = {}): Promise<Mounted> {
  const checkout = await sk.createCheckout({ currency: 'USD', items: [{ name: 'Book', quantity: 1, price: 50 }], ...(options.customerId ? { customerId: options.customerId } : {}) });
  if (checkout.error) throw new Error(checkout.error.message);
  let tickCallback = () => {};
  const element = await fixture<DrCheckoutElement>(html`<dr-checkout
    public-key="pk_test_dr_checkout"
    api-base-url=${sandbox.url}
    frame-url=${frameUrl()}
    checkout-id=${checkout.data.id}
    session-id=${checkout.data.payment.session.id}
    customer-id=${options.customerId ?? ''}
    ?billing=${options.billing}
    .server=${sandboxCheckoutServer({ baseUrl: sandbox.url })}
    .clock=${sandbox.clock}
    .tick=${(callback: () => void) => ((tickCallback = callback), () => {})}
  ></dr-checkout>`);
  if (!options.customerId) element.removeAttribute('customer-id');
  await element.updateComplete;
  await Promise.all(['#card-number', '#card-expiration', '#card-cvv'].map((selector) => whenReady(field(element, selector))));
  const events: string[] = [];
  for (const name of ['dr-source-attached', 'dr-source-detached', 'dr-cvc-expiring', 'dr-cvc-expired', 'dr-cvc-refreshed', 'dr-payment-error'] as const) {
    element.addEventListener(name, () => events.push(name));
  }
  return { element, checkoutId: checkout.data.id, events, tick: () => tickCallback() };
}

const part = (element: DrCheckoutElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const field = (element: DrCheckoutElement, selector: string) => element.shadowRoot!.querySelector<DrCardFieldElement>(selector)!;
const button = (element: DrCheckoutElement, name: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const attachedIds = async (checkoutId: string) => {
  const checkout = await sk.retrieveCheckout(checkoutId);
  if (checkout.error) throw new Error(checkout.error.message);
  return checkout.data.sources.map((s) => s.id);
};
const sourceOf = async (id: string) => {
  const source = await sk.retrieveSource(id);
  if (source.error) throw new Error(source.error.message);
  return source.data;
};
const sourceCount = async () => (await sandbox.sources()).length;

/** Types into one of the element's own inputs, or a complete value into a card field (clicking into it like a shopper). */
async function type(element: DrCheckoutElement, selector: string, text: string): Promise<void> {
  const target = element.shadowRoot!.querySelector(selector)!;
  if (target instanceof HTMLInputElement) {
    target.focus();
    await sendKeys({ type: text });
  } else {
    await typeIn(target as DrCardFieldElement, text);
  }
}

async function typeCard(element: DrCheckoutElement, number: string, expiry = '1234', cvv = '123'): Promise<void> {
  await type(element, '#card-number', number);
  await type(element, '#card-expiration', expiry);
  await type(element, '#card-cvv', cvv);
}

/** The card fields still hold what was typed: all complete, the number of the expected brand. */
function expectCardKept(element: DrCheckoutElement, brand: string): void {
  expect(field(element, '#card-number').state).to.deep.include({ complete: true, brand });
  expect(field(element, '#card-expiration').state.complete).to.equal(true);
  expect(field(element, '#card-cvv').state.complete).to.equal(true);
}

async function pay(element: DrCheckoutElement): Promise<void> {
  part(element, 'pay-button').click();
  await element.updateComplete;
  await waitUntil(() => part(element, 'pay-button').getAttribute('aria-busy') === 'false' && !(part(element, 'pay-button') as HTMLButtonElement).disabled, 'payment did not finish', { timeout: 8000 });
}

describe('<dr-checkout>', () => {
  it('is accessible, with billing fields and a signed-in customer', async () => {
    const customer = await sk.createCustomer({ email: 'ada@example.test' });
    const { element } = await mount({ billing: true, customerId: customer.data!.id });
    await expect(element).to.be.accessible();
  });

  it('renders labelled card fields in frames on the frame origin, a Pay button and empty polite status regions', async () => {
    const { element } = await mount();
    for (const [id, label, title] of [
      ['card-number', 'Card number', 'Secure card number field'],
      ['card-expiration', 'Expiration date', 'Secure expiration date field'],
      ['card-cvv', 'Security code', 'Secure security code field'],
    ] as const) {
      expect(element.shadowRoot!.querySelector(`label[for="${id}"]`)!.textContent).to.equal(label);
      const frame = field(element, `#${id}`).shadowRoot!.querySelector('iframe')!;
      expect(frame.title).to.equal(title);
      expect(new URL(frame.src).origin).to.equal(otherOrigin());
      // No card input in the page: the element can only see state.
      expect(field(element, `#${id}`).shadowRoot!.querySelector('input')).to.equal(null);
    }
    // The label names the field (its text goes to the frame's input) and a click on it moves the focus there.
    element.shadowRoot!.querySelector<HTMLLabelElement>('label[for="card-expiration"]')!.click();
    await whenFocused(field(element, '#card-expiration'));
    expect(part(element, 'pay-button').textContent!.trim()).to.equal('Pay');
    for (const name of ['status', 'cvc-warning']) {
      expect(part(element, name).getAttribute('role')).to.equal('status');
      expect(part(element, name).getAttribute('aria-live')).to.equal('polite');
      expect(part(element, name).textContent!.trim()).to.equal('');
    }
  });

  it('pays from typed keys: creates, attaches and says so; a double click makes one source', async () => {
    const { element, checkoutId, events } = await mount({ billing: true });
    await typeCard(element, '4444222233331111');
    await type(element, '#owner-firstName', 'Ada');
    await type(element, '#owner-lastName', 'Lovelace');
    await type(element, '#owner-email', 'ada@example.test');
    part(element, 'pay-button').click();
    await element.updateComplete;
    expect(part(element, 'pay-button').getAttribute('aria-busy')).to.equal('true');
    expect((part(element, 'pay-button') as HTMLButtonElement).disabled).to.equal(true);
    expect(part(element, 'pay-button').textContent!.trim()).to.equal('Processing…');
    await element.submit();
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('Visa ending 1111 added to your order.');
    expect(events).to.deep.equal(['dr-source-attached']);
    expect(await sourceCount()).to.equal(1);
    const [id] = await attachedIds(checkoutId);
    expect((await sourceOf(id!)).owner?.lastName).to.equal('Lovelace');
  });

  it('asks for a missing billing name before sending anything', async () => {
    const { element } = await mount({ billing: true });
    await typeCard(element, '4444222233331111');
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('Enter your first name.');
    expect(element.shadowRoot!.querySelector('#owner-firstName')!.getAttribute('aria-invalid')).to.equal('true');
    expect(await sourceCount()).to.equal(0);
  });

  it('announces the countdown and the expiry after the sandbox clock moves, and refreshes with only a new code', async () => {
    const { element, checkoutId, events, tick } = await mount();
    await typeCard(element, '5466160000000008', '1234', '321');
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('MasterCard ending 0008 added to your order.');
    const [stale] = await attachedIds(checkoutId);
    await sandbox.clock.advance(sandbox.cvcLifetimeMs - 90_000);
    tick();
    await element.updateComplete;
    const warning = part(element, 'cvc-warning');
    expect(warning.textContent).to.contain('Your security code expires in 1:30.');
    expect(warning.querySelector('.sr-only')!.textContent).to.contain('Your security code expires in 1:30.');
    await sandbox.clock.advance(5_000);
    tick();
    await element.updateComplete;
    expect(warning.querySelector('[aria-hidden="true"]')!.textContent).to.contain('1:25');
    expect(warning.querySelector('.sr-only')!.textContent).to.contain('1:30'); // the live text does not change every second
    const cvv = field(element, '#card-cvv');
    const cleared = oneEvent(cvv, 'dr-change');
    await sandbox.clock.advance(90_000);
    tick();
    await element.updateComplete;
    expect(warning.textContent!.trim()).to.equal('Your security code has expired. Enter it again to continue.');
    await cleared;
    expect(cvv.state).to.deep.include({ empty: true, complete: false });
    expect(element.shadowRoot!.activeElement?.id).to.equal('card-cvv');
    await whenFocused(cvv);
    expect(field(element, '#card-number').state).to.deep.include({ complete: true, brand: 'mastercard' });
    expect(events).to.include.members(['dr-cvc-expiring', 'dr-cvc-expired']);

    await type(element, '#card-cvv', '654');
    button(element, 'Update security code').click();
    await waitUntil(() => events.includes('dr-cvc-refreshed'), 'no refresh', { timeout: 8000 });
    await element.updateComplete;
    expect(warning.textContent!.trim()).to.equal('');
    expect(part(element, 'status').textContent).to.equal('Security code updated. Your card is ready.');
    const [fresh] = await attachedIds(checkoutId);
    expect(fresh).not.to.equal(stale);
    // Number and expiry came from the fields, untouched.
    expect((await sourceOf(fresh!)).creditCard).to.deep.include({ brand: 'MasterCard', lastFourDigits: '0008', expirationMonth: 12, expirationYear: 2034 });
    expect((await sourceOf(stale!)).state).to.equal('cancelled');
    expect((await sk.createOrder(checkoutId)).error).to.equal(undefined);
  });

  it('a failed attach is told in shopper words with the code, keeps the card, and a retry attaches one source', async () => {
    const { element, checkoutId, events } = await mount();
    await typeCard(element, '4444222233331111');
    await sandbox.setScenario({ name: 'server_error', endpoint: 'POST /checkouts/:id/sources/:sourceId', times: 1 });
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('We could not reach the payment service. Try again.');
    expect(part(element, 'status').dataset.errorCode).to.equal('internal_server_error');
    expect(events).to.deep.equal(['dr-payment-error']);
    expectCardKept(element, 'visa');
    // Nothing is typed again.
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('Visa ending 1111 added to your order.');
    expect(await attachedIds(checkoutId)).to.have.length(1);
    expect(await sourceCount()).to.equal(1);
  });

  it('a failure to create the source keeps the card, and a retry without typing pays', async () => {
    const { element, checkoutId, events } = await mount();
    await typeCard(element, '4444222233331111');
    // No `times`: a browser retries a POST once when its reused connection drops, so the fault stays until cleared.
    await sandbox.setScenario({ name: 'network_error', endpoint: 'POST /sources' });
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('We could not reach the payment service. Try again.');
    expect(events).to.deep.equal(['dr-payment-error']);
    expect(await sourceCount()).to.equal(0);
    expectCardKept(element, 'visa');
    await sandbox.setScenario(null);
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('Visa ending 1111 added to your order.');
    expect(await attachedIds(checkoutId)).to.have.length(1);
    expect(await sourceCount()).to.equal(1);
  });

  it('lists saved cards; pays with one after its code; saves a new card; default and remove', async () => {
    const customer = (await sk.createCustomer({ email: 'grace@example.test' })).data!;
    const card = (await sk.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 7, expirationYear: 2031, cvv: '123' } })).data!;
    await sk.saveSource(customer.id, card.id);
    const { element, checkoutId } = await mount({ customerId: customer.id });
    await waitUntil(() => element.shadowRoot!.querySelector('input[type="radio"]'), 'no saved cards');
    const label = () => [...element.shadowRoot!.querySelectorAll('.saved-card')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(label()).to.deep.equal(['MasterCard ending 0008, expires 07/31 (default)']);

    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await element.updateComplete;
    button(element, 'Use this card').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#saved-cvv'));
    const savedCvv = field(element, '#saved-cvv');
    expect(element.shadowRoot!.querySelector('[part="saved-cards"] dr-card-cvv')).to.equal(savedCvv);
    // The declarative field gets the element's frame URL.
    expect(new URL(savedCvv.shadowRoot!.querySelector('iframe')!.src).origin).to.equal(otherOrigin());
    // Once its frame is ready, the element moves the focus into it.
    await whenFocused(savedCvv);
    await type(element, '#saved-cvv', '123');
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('MasterCard ending 0008 added to your order.');
    expect(await attachedIds(checkoutId)).to.deep.equal([card.id]);
    expect((await sourceOf(card.id)).paymentSessionId).to.equal(element.sessionId);

    // The element moves the focus into the card number; the shopper types there.
    button(element, 'Use a new card instead').click();
    await whenFocused(field(element, '#card-number'));
    await typeCard(element, '6011987698769876');
    element.shadowRoot!.querySelector<HTMLInputElement>('#save-card')!.click();
    await pay(element);
    expect(part(element, 'status').textContent).to.contain('saved for next time');
    await waitUntil(() => label().length === 2, 'the new card is not listed');
    element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    await element.updateComplete;
    button(element, 'Make default').click();
    await waitUntil(() => label()[1]!.endsWith('(default)'), 'not the default');
    element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[0]!.click();
    await element.updateComplete;
    button(element, 'Remove').click();
    await waitUntil(() => label().length === 1, 'not removed');
    expect(label()).to.deep.equal(['Discover ending 9876, expires 12/34 (default)']);
  });

  it('updates a saved card’s expiration date from a lone expiration field', async () => {
    const customer = (await sk.createCustomer({ email: 'grace@example.test' })).data!;
    const card = (await sk.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 7, expirationYear: 2031, cvv: '123' } })).data!;
    await sk.saveSource(customer.id, card.id);
    const { element } = await mount({ customerId: customer.id });
    await waitUntil(() => element.shadowRoot!.querySelector('input[type="radio"]'), 'no saved cards');
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    await element.updateComplete;
    button(element, 'Update expiration date').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#saved-expiry'));
    const expiry = field(element, '#saved-expiry');
    expect(new URL(expiry.shadowRoot!.querySelector('iframe')!.src).origin).to.equal(otherOrigin());
    await whenFocused(expiry);
    await type(element, '#saved-expiry', '0933');
    button(element, 'Save expiration date').click();
    await waitUntil(() => element.shadowRoot!.querySelector('#saved-expiry') === null, 'the expiry editor stayed open', { timeout: 8000 });
    expect(part(element, 'status').textContent).to.equal('MasterCard ending 0008 now expires 09/33.');
    expect((await sourceOf(card.id)).creditCard).to.deep.include({ expirationMonth: 9, expirationYear: 2033, lastFourDigits: '0008' });
    await waitUntil(() => element.shadowRoot!.querySelector('.saved-card')!.textContent!.includes('expires 09/33'), 'the list shows the old date');
  });
});
