import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createCommerceClient } from '../../api/commerce-client.js';
import { sandboxCheckoutServer } from '../../sandbox/checkout-server.js';
import { startSandbox, type Sandbox } from '../../sandbox/index.js';
import type { DrCheckoutElement } from './dr-checkout.component.js';
import './dr-checkout.js';

const sk = createCommerceClient({ baseUrl: 'https://api.digitalriver.com', secretKey: 'sk_test_dr_checkout' });
let sandbox: Sandbox;

before(async () => {
  sandbox = await startSandbox({ quiet: true, challengePageUrl: '/public/sandbox/challenge.html' });
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
    checkout-id=${checkout.data.id}
    session-id=${checkout.data.payment.session.id}
    customer-id=${options.customerId ?? ''}
    ?billing=${options.billing}
    .server=${sandboxCheckoutServer()}
    .clock=${sandbox.clock}
    .tick=${(callback: () => void) => ((tickCallback = callback), () => {})}
  ></dr-checkout>`);
  if (!options.customerId) element.removeAttribute('customer-id');
  await element.updateComplete;
  const events: string[] = [];
  for (const name of ['dr-source-attached', 'dr-source-detached', 'dr-cvc-expiring', 'dr-cvc-expired', 'dr-cvc-refreshed', 'dr-payment-error'] as const) {
    element.addEventListener(name, () => events.push(name));
  }
  return { element, checkoutId: checkout.data.id, events, tick: () => tickCallback() };
}

const part = (element: DrCheckoutElement, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const input = (element: DrCheckoutElement, selector: string) => element.shadowRoot!.querySelector(selector)!.shadowRoot!.querySelector('input')!;
const button = (element: DrCheckoutElement, name: string) =>
  [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const attachedIds = (checkoutId: string) => sandbox.store.checkouts.get(checkoutId)!.attachments.map((a) => a.sourceId);

async function type(element: DrCheckoutElement, selector: string, text: string): Promise<void> {
  const target = element.shadowRoot!.querySelector(selector)!;
  (target instanceof HTMLInputElement ? target : input(element, selector)).focus();
  await sendKeys({ type: text });
}

async function typeCard(element: DrCheckoutElement, number: string, expiry = '1234', cvv = '123'): Promise<void> {
  await type(element, '#card-number', number);
  await type(element, '#card-expiration', expiry);
  await type(element, '#card-cvv', cvv);
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

  it('renders labelled fields, a Pay button and empty polite status regions', async () => {
    const { element } = await mount();
    expect(input(element, '#card-number').getAttribute('aria-label')).to.equal('Card number');
    expect(input(element, '#card-cvv').getAttribute('aria-label')).to.equal('Security code');
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
    expect(sandbox.store.sources.size).to.equal(1);
    const [id] = attachedIds(checkoutId);
    expect(sandbox.store.sources.get(id!)!.source.owner?.lastName).to.equal('Lovelace');
  });

  it('asks for a missing billing name before sending anything', async () => {
    const { element } = await mount({ billing: true });
    await typeCard(element, '4444222233331111');
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('Enter your first name.');
    expect(element.shadowRoot!.querySelector('#owner-firstName')!.getAttribute('aria-invalid')).to.equal('true');
    expect(sandbox.store.sources.size).to.equal(0);
  });

  it('announces the countdown and the expiry after the sandbox clock moves, and refreshes with only a new code', async () => {
    const { element, checkoutId, events, tick } = await mount();
    await typeCard(element, '5466160000000008', '1234', '321');
    await pay(element);
    const [stale] = attachedIds(checkoutId);
    sandbox.clock.advance(sandbox.cvcLifetimeMs - 90_000);
    tick();
    await element.updateComplete;
    const warning = part(element, 'cvc-warning');
    expect(warning.textContent).to.contain('Your security code expires in 1:30.');
    expect(warning.querySelector('.sr-only')!.textContent).to.contain('Your security code expires in 1:30.');
    sandbox.clock.advance(5_000);
    tick();
    await element.updateComplete;
    expect(warning.querySelector('[aria-hidden="true"]')!.textContent).to.contain('1:25');
    expect(warning.querySelector('.sr-only')!.textContent).to.contain('1:30'); // the live text does not change every second
    sandbox.clock.advance(90_000);
    tick();
    await element.updateComplete;
    expect(warning.textContent!.trim()).to.equal('Your security code has expired. Enter it again to continue.');
    expect(input(element, '#card-cvv').value).to.equal('');
    expect(element.shadowRoot!.activeElement?.id).to.equal('card-cvv');
    expect(input(element, '#card-number').value).to.equal('5466 1600 0000 0008');
    expect(events).to.include.members(['dr-cvc-expiring', 'dr-cvc-expired']);

    await sendKeys({ type: '654' });
    button(element, 'Update security code').click();
    await waitUntil(() => events.includes('dr-cvc-refreshed'), 'no refresh', { timeout: 8000 });
    await element.updateComplete;
    expect(warning.textContent!.trim()).to.equal('');
    expect(part(element, 'status').textContent).to.equal('Security code updated. Your card is ready.');
    const [fresh] = attachedIds(checkoutId);
    expect(fresh).not.to.equal(stale);
    expect(sandbox.store.sources.get(stale!)!.source.state).to.equal('cancelled');
  });

  it('a failed attach is told in shopper words with the code, keeps the card, and a retry attaches one source', async () => {
    const { element, checkoutId, events } = await mount();
    await typeCard(element, '4444222233331111');
    sandbox.setScenario({ name: 'server_error', endpoint: 'POST /checkouts/:id/sources/:sourceId', times: 1 });
    await pay(element);
    expect(part(element, 'status').textContent).to.equal('We could not reach the payment service. Try again.');
    expect(part(element, 'status').dataset.errorCode).to.equal('internal_server_error');
    expect(events).to.deep.equal(['dr-payment-error']);
    expect(input(element, '#card-number').value).to.equal('4444 2222 3333 1111');
    expect(input(element, '#card-cvv').value).to.equal('123');
    await pay(element);
    expect(attachedIds(checkoutId)).to.have.length(1);
    expect(sandbox.store.sources.size).to.equal(1);
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
    expect(element.shadowRoot!.querySelector('[part="saved-cards"] dr-card-cvv')).to.equal(element.shadowRoot!.querySelector('dr-card-cvv'));
    await type(element, '#saved-cvv', '123');
    await pay(element);
    expect(attachedIds(checkoutId)).to.deep.equal([card.id]);

    button(element, 'Use a new card instead').click();
    await element.updateComplete;
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
});
