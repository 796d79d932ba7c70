import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeIn, whenReady } from '../../../test/browser/card-typing.fixtures.js';
import { frameUrl, sandboxForTests } from '../../../test/browser/secure-fields.fixtures.js';
import { createCommerceClient, type CommerceClient } from '../../api/commerce-client.js';
import { sandboxCheckoutServer } from '../../sandbox/checkout-server.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import type { DrCardFieldElement } from '../card-field/card-field.component.js';
import type { DrCheckoutElement } from './dr-checkout.component.js';
import './dr-checkout.js';

// <dr-checkout billing-address>: the billing address goes with the card as the source's owner.address.
let sandbox: RemoteSandbox;
let sk: CommerceClient;

before(async () => {
  sandbox = await sandboxForTests();
  sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_dr_checkout_billing' });
});
afterEach(() => sandbox.reset());

describe('<dr-checkout billing-address>', () => {
  it('asks for the address with the name and email, by keyboard, and sends it as the owner', async () => {
    const checkout = (await sk.createCheckout({ currency: 'USD', items: [{ name: 'Book', quantity: 1, price: 50 }] })).data!;
    const element = await fixture<DrCheckoutElement>(html`<dr-checkout
      public-key="pk_test_dr_checkout_billing"
      api-base-url=${sandbox.url}
      frame-url=${frameUrl()}
      checkout-id=${checkout.id}
      session-id=${checkout.payment.session.id}
      billing-address
      .server=${sandboxCheckoutServer({ baseUrl: sandbox.url })}
    ></dr-checkout>`);
    const root = element.shadowRoot!;
    const field = (id: string) => root.querySelector<DrCardFieldElement>(`#${id}`)!;
    await Promise.all(['card-number', 'card-expiration', 'card-cvv'].map((id) => whenReady(field(id))));
    await expect(element).to.be.accessible();
    const status = root.querySelector('[part="status"]')!;
    const billing = root.querySelector('[part="billing-fields"]')!;
    expect([...billing.querySelectorAll('label')].map((label) => label.textContent)).to.deep.equal([
      'First name', 'Last name', 'Email', 'Address', 'Apartment, suite, etc. (optional)', 'City', 'State or province (optional)', 'Postal code', 'Country',
    ]);

    await typeIn(field('card-number'), '4444222233331111');
    await typeIn(field('card-expiration'), '1234');
    await typeIn(field('card-cvv'), '123');
    root.querySelector<HTMLInputElement>('#owner-firstName')!.focus();
    for (const text of ['Ada', 'Lovelace', 'ada@example.test', '12 St James’s Square']) {
      await sendKeys({ type: text });
      await sendKeys({ press: 'Tab' });
    }
    // Enter in a billing field pays, as in any form; the missing city is named and gets the focus.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent === 'Enter your city.', 'the missing city was not named');
    expect(root.activeElement?.id).to.equal('owner-city');
    expect(root.querySelector('#owner-city')!.getAttribute('aria-invalid')).to.equal('true');
    expect(await sandbox.sources()).to.have.length(0);

    await sendKeys({ type: 'London' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'SW1Y 4LB' });
    root.querySelector<HTMLSelectElement>('#owner-country')!.value = 'GB';
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status.textContent === 'Visa ending 1111 added to your order.', 'not paid', { timeout: 8000 });
    const [attached] = (await sk.retrieveCheckout(checkout.id)).data!.sources;
    expect((await sk.retrieveSource(attached!.id)).data!.owner).to.deep.include({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.test',
      address: { line1: '12 St James’s Square', city: 'London', postalCode: 'SW1Y 4LB', country: 'GB' },
    });
  });
});
