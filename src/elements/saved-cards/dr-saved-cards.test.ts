import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { typeIn, whenFocused, whenReady } from '../../../test/browser/card-typing.fixtures.js';
import { frameUrl, otherOrigin, sandboxForTests } from '../../../test/browser/secure-fields.fixtures.js';
import { createCommerceClient, type CommerceClient } from '../../api/commerce-client.js';
import type { Source } from '../../api/source.js';
import '../../checkout/install.js';
import type { CheckoutSession } from '../../checkout/checkout-session.js';
import { DigitalRiver } from '../../core/digital-river.js';
import german from '../../page-texts/de.js';
import { sandboxCheckoutServer } from '../../sandbox/checkout-server.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import type { DrCardFieldElement } from '../card-field/card-field.component.js';
import type { DrSavedCardsElement } from './dr-saved-cards.component.js';
import './dr-saved-cards.js';

// <dr-saved-cards> on its own, in a page's form, over a checkout session on the test's sandbox: the customer's saved
// cards as a shopper and an integrator see them.
let sandbox: RemoteSandbox;
let sk: CommerceClient;

before(async () => {
  sandbox = await sandboxForTests();
  sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_saved_cards' });
});
afterEach(() => sandbox.reset());

interface Mounted {
  element: DrSavedCardsElement;
  session: CheckoutSession;
  checkoutId: string;
  cards: Source[];
  events: { type: string; detail: Record<string, unknown> }[];
}

/** A customer with the given saved cards (the first is the default), and the element listing them. */
async function mount(numbers: string[], options: { texts?: typeof german.checkout } = {}): Promise<Mounted> {
  const customer = (await sk.createCustomer({ email: 'ada@example.test' })).data!;
  const cards: Source[] = [];
  for (const [index, number] of numbers.entries()) {
    const card = (await sk.createSource({ type: 'creditCard', creditCard: { number, expirationMonth: 7 + index, expirationYear: 2031, cvv: '123' } })).data!;
    await sk.saveSource(customer.id, card.id);
    cards.push(card);
  }
  const checkout = (await sk.createCheckout({ currency: 'USD', customerId: customer.id, items: [{ name: 'Book', quantity: 1, price: 50 }] })).data!;
  const dr = new DigitalRiver('pk_test_saved_cards', { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });
  const session = dr.checkout({ checkoutId: checkout.id, sessionId: checkout.payment.session.id, customerId: customer.id, server: sandboxCheckoutServer({ baseUrl: sandbox.url }) });
  const events: Mounted['events'] = [];
  const record = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
  const form = await fixture<HTMLFormElement>(html`<form
    @dr-saved-cards-load=${record}
    @dr-saved-card-choose=${record}
    @dr-saved-card-change=${record}
    @dr-saved-card-error=${record}
  >
    <dr-saved-cards .service=${session} .texts=${options.texts} frame-url=${frameUrl()}></dr-saved-cards>
  </form>`);
  const element = form.querySelector('dr-saved-cards')!;
  await waitUntil(() => events.some((e) => e.type === 'dr-saved-cards-load'), 'the cards were not loaded');
  return { element, session, checkoutId: checkout.id, cards, events };
}

const labels = (element: DrSavedCardsElement) => [...element.querySelectorAll('[part="saved-card"]')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
const button = (element: DrSavedCardsElement, name: string) => [...element.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)!;
const radios = (element: DrSavedCardsElement) => [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const last = (events: Mounted['events'], type: string) => events.filter((e) => e.type === type).at(-1)?.detail;

describe('<dr-saved-cards>', () => {
  it('is accessible while the shopper pays with a saved card', async () => {
    const { element } = await mount(['5466160000000008', '6011987698769876']);
    await expect(element).to.be.accessible();
    radios(element)[0]!.click();
    await element.updateComplete;
    button(element, 'Use this card').click();
    await waitUntil(() => element.securityCodeField);
    await whenReady(element.securityCodeField!);
    await expect(element).to.be.accessible();
  });

  it('shows nothing, and reports an empty list, for a customer without saved cards', async () => {
    const { element, events } = await mount([]);
    expect(element.querySelector('fieldset')).to.equal(null);
    expect(element.getBoundingClientRect().height).to.equal(0);
    expect(last(events, 'dr-saved-cards-load')).to.deep.equal({ sources: [] });
  });

  it("lists the customer's cards in a labelled group, with their expiry and the default, with nothing chosen yet", async () => {
    const { element, cards, events } = await mount(['5466160000000008', '6011987698769876']);
    expect(element.shadowRoot).to.equal(null);
    expect(element.querySelector('fieldset legend')!.textContent).to.equal('Saved cards');
    expect(labels(element)).to.deep.equal(['MasterCard ending 0008, expires 07/31 (default)', 'Discover ending 9876, expires 08/31']);
    const loaded = last(events, 'dr-saved-cards-load') as { sources: Source[]; defaultSourceId: string };
    expect(loaded.sources.map((s) => [s.id, s.reusable])).to.deep.equal(cards.map((c) => [c.id, true]));
    expect(loaded.defaultSourceId).to.equal(cards[0]!.id);
    for (const name of ['Use this card', 'Make default', 'Update expiration date', 'Remove']) expect(button(element, name).disabled, name).to.equal(true);
    expect(element.chosen).to.equal(undefined);
    expect(element.securityCodeField).to.equal(null);
  });

  it('by keyboard: chooses a card, pays with it after its security code, and goes back to a new card', async () => {
    const { element, session, checkoutId, cards, events } = await mount(['5466160000000008', '6011987698769876']);
    radios(element)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(radios(element)[1]!.checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(button(element, 'Use this card'));
    const chosen = oneEvent(element, 'dr-saved-card-choose');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.some((e) => e.type === 'dr-saved-card-choose'), 'Enter on "Use this card" chose nothing', { timeout: 3000 });
    expect((await chosen).detail.source.id).to.equal(cards[1]!.id);
    // The security-code field of that card, in a frame on the frame origin, labelled with the card, has the focus.
    const cvv = element.securityCodeField!;
    expect(element.chosen?.id).to.equal(cards[1]!.id);
    expect(element.querySelector('label[for="saved-cvv"]')!.textContent).to.equal('Security code for Discover ending 9876');
    expect(new URL(cvv.shadowRoot!.querySelector('iframe')!.src).origin).to.equal(otherOrigin());
    await whenFocused(cvv);
    await typeIn(cvv, '123');
    const paying = session.useSavedSource(element.chosen!, cvv);
    let done = false;
    void paying.then(() => (done = true));
    await waitUntil(() => done, 'the saved card was not paid with', { timeout: 8000 });
    const paid = await paying;
    expect('source' in paid && paid.source.id).to.equal(cards[1]!.id);
    expect((await sk.retrieveCheckout(checkoutId)).data!.sources.map((s) => s.id)).to.deep.equal([cards[1]!.id]);

    // The shopper's way on from the security code: Tab leaves its frame for the button after it.
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => document.activeElement === button(element, 'Use a new card instead'), 'Tab from the security code did not reach "Use a new card instead"', { timeout: 3000 });
    const back = oneEvent(element, 'dr-saved-card-choose');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.filter((e) => e.type === 'dr-saved-card-choose').length === 2, 'Enter on "Use a new card instead" did nothing', { timeout: 3000 });
    expect((await back).detail).to.deep.equal({ source: null });
    expect(element.securityCodeField).to.equal(null);
    expect(element.chosen).to.equal(undefined);
    expect(events.filter((e) => e.type === 'dr-saved-card-error')).to.deep.equal([]);
  });

  it('makes a card the default and removes one, saying so in the change event', async () => {
    const { element, cards, events } = await mount(['5466160000000008', '6011987698769876']);
    radios(element)[1]!.click();
    await element.updateComplete;
    button(element, 'Make default').click();
    await waitUntil(() => labels(element)[1]!.endsWith('(default)'), 'not the default');
    expect(last(events, 'dr-saved-card-change')).to.deep.include({ change: 'default', message: 'Discover ending 9876 is now your default card.' });
    radios(element)[0]!.click();
    await element.updateComplete;
    button(element, 'Remove').click();
    await waitUntil(() => labels(element).length === 1, 'not removed');
    expect(labels(element)).to.deep.equal(['Discover ending 9876, expires 08/31 (default)']);
    expect(last(events, 'dr-saved-card-change')).to.deep.include({ change: 'remove', message: 'MasterCard ending 0008 was removed.' });
    expect((await sk.retrieveSource(cards[0]!.id)).data!.state).to.equal('cancelled');
  });

  it('gives a card a new expiration date from a lone secure field, or leaves it with Cancel', async () => {
    const { element, cards, events } = await mount(['5466160000000008']);
    radios(element)[0]!.click();
    await element.updateComplete;
    button(element, 'Update expiration date').click();
    await waitUntil(() => element.querySelector('#saved-expiry'));
    expect(element.querySelector('label[for="saved-expiry"]')!.textContent).to.equal('New expiration date for MasterCard ending 0008');
    button(element, 'Cancel').click();
    await element.updateComplete;
    expect(element.querySelector('#saved-expiry')).to.equal(null);

    button(element, 'Update expiration date').click();
    await waitUntil(() => element.querySelector('#saved-expiry'));
    const expiry = element.querySelector<DrCardFieldElement>('#saved-expiry')!;
    await whenFocused(expiry);
    await typeIn(expiry, '0933');
    button(element, 'Save expiration date').click();
    await waitUntil(() => last(events, 'dr-saved-card-change'), 'no change', { timeout: 8000 });
    expect(last(events, 'dr-saved-card-change')).to.deep.include({ change: 'expiration', message: 'MasterCard ending 0008 now expires 09/33.' });
    await waitUntil(() => labels(element)[0]!.includes('expires 09/33'), 'the list shows the old date');
    expect(element.querySelector('#saved-expiry')).to.equal(null);
    expect((await sk.retrieveSource(cards[0]!.id)).data!.creditCard).to.deep.include({ expirationMonth: 9, expirationYear: 2033 });
  });

  it('reports a failed change as an error event in the shopper’s words, and keeps the card', async () => {
    const { element, events } = await mount(['5466160000000008']);
    await sandbox.setScenario({ name: 'server_error', endpoint: 'DELETE /customers/:id/sources/:sourceId', times: 1 });
    radios(element)[0]!.click();
    await element.updateComplete;
    button(element, 'Remove').click();
    await waitUntil(() => last(events, 'dr-saved-card-error'), 'no error', { timeout: 8000 });
    const { error } = last(events, 'dr-saved-card-error') as { error: { message: string; errors: { code: string }[] } };
    expect(error.message).to.equal('We could not reach the payment service. Try again.');
    expect(error.errors[0]!.code).to.equal('internal_server_error');
    expect(labels(element)).to.have.length(1);
    expect(button(element, 'Remove').disabled).to.equal(false);
  });

  it("speaks the host's language when the host gives its texts", async () => {
    const { element } = await mount(['5466160000000008'], { texts: german.checkout });
    expect(element.querySelector('legend')!.textContent).to.equal('Gespeicherte Karten');
    expect(labels(element)).to.deep.equal(['MasterCard mit Endung 0008, gültig bis 07/31 (Standard)']);
    expect(button(element, 'Diese Karte verwenden')).to.not.equal(undefined);
  });
});
