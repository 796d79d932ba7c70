import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearField, typeIn, whenReady } from '../../test/browser/card-typing.fixtures.js';
import { frameUrl, sandboxForTests } from '../../test/browser/secure-fields.fixtures.js';
import { createCommerceClient, type CommerceClient } from '../api/commerce-client.js';
import type { Source } from '../api/schemas.js';
import { DigitalRiver } from '../core/digital-river.js';
import type { DigitalRiverElement } from '../core/element.js';
import type { DrCardFieldElement } from '../elements/card-field/card-field.component.js';
import '../elements/define.js';
import { sandboxCheckoutServer } from '../sandbox/checkout-server.js';
import type { RemoteSandbox } from '../sandbox/remote.js';
import type { CheckoutEventMap, CheckoutSession } from './checkout-session.js';
import './install.js'; // dr.checkout()
import { SHOPPER_MESSAGES } from './messages.js';

const KEY = 'pk_test_checkout_session';
// The test's own sandbox over HTTP: the card fields' frames call it from their origin, the page and the secret-key
// client (the storefront's server) from this one. Its 3-D Secure challenge page is public/sandbox/challenge.html,
// which web-test-runner serves at /sandbox/ on the sandbox's host.
let sandbox: RemoteSandbox;
let sk: CommerceClient;

before(async () => {
  sandbox = await sandboxForTests();
  sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_checkout_session' });
});
afterEach(() => sandbox.reset());

interface Page {
  dr: DigitalRiver;
  number: DigitalRiverElement;
  expiration: DigitalRiverElement;
  cvv: DigitalRiverElement;
  savedCvv: DrCardFieldElement;
  session: CheckoutSession;
  checkoutId: string;
  sessionId: string;
  events: string[];
  ticks: () => void;
}

let savedGroups = 0;

async function setUp(extra: { customerId?: string; cvcLifetimeMs?: number; cvcWarningMs?: number; timeoutMs?: number } = {}): Promise<Page> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label for="n">Card number</label><div id="n"></div>
    <label for="e">Expiry</label><div id="e"></div>
    <label for="c">Security code</label><div id="c"></div>
    <label for="s">Saved card's security code</label>
    <dr-card-cvv id="s" group="saved-card-${++savedGroups}" frame-url=${frameUrl()}></dr-card-cvv>
  </form>`);
  const checkout = await sk.createCheckout({ currency: 'USD', items: [{ name: 'Book', quantity: 1, price: 50 }], ...(extra.customerId ? { customerId: extra.customerId } : {}) });
  if (checkout.error) throw new Error(checkout.error.message);
  const dr = new DigitalRiver(KEY, { apiBaseUrl: sandbox.url, frameUrl: frameUrl(), clock: sandbox.clock });
  const [number, expiration, cvv] = (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((t) => dr.createElement(t)!) as [DigitalRiverElement, DigitalRiverElement, DigitalRiverElement];
  number.mount('n');
  expiration.mount('e');
  cvv.mount('c');
  // A saved card's code is collected by a lone security-code element with a group of its own.
  const savedCvv = form.querySelector('dr-card-cvv')!;
  let tickCallback = () => {};
  const session = dr.checkout({
    checkoutId: checkout.data.id,
    sessionId: checkout.data.payment.session.id,
    server: sandboxCheckoutServer({ baseUrl: sandbox.url, ...(extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {}) }),
    clock: sandbox.clock,
    tick: (callback) => ((tickCallback = callback), () => (tickCallback = () => {})),
    ...extra,
  });
  const events: string[] = [];
  const names: (keyof CheckoutEventMap)[] = ['sourceattached', 'sourcedetached', 'cvcexpiring', 'cvcexpired', 'cvcrefreshed', 'error'];
  for (const name of names) {
    session.on(name, (data) => {
      const d = data as Partial<CheckoutEventMap['cvcexpiring'] & CheckoutEventMap['error'] & CheckoutEventMap['sourceattached']>;
      events.push(`${name}${d.secondsLeft !== undefined ? ` ${d.secondsLeft}` : ''}${d.error ? ` ${d.error.errors[0]?.code}` : ''}`);
    });
  }
  await Promise.all([number.fieldElement, expiration.fieldElement, cvv.fieldElement, savedCvv].map(whenReady));
  return { dr, number, expiration, cvv, savedCvv, session, checkoutId: checkout.data.id, sessionId: checkout.data.payment.session.id, events, ticks: () => tickCallback() };
}

async function typeCard(page: Page, number: string, expiry = '1234', cvv = '123'): Promise<void> {
  await typeIn(page.number, number);
  await typeIn(page.expiration, expiry);
  await typeIn(page.cvv, cvv);
}

function ok<T extends object>(result: T): Exclude<T, { error: unknown }> {
  if ('error' in result && result.error) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result as Exclude<T, { error: unknown }>;
}

/** What the checkout holds, read as the storefront's server would (secret key). */
const attachedIds = async (page: Page) => ok(await sk.retrieveCheckout(page.checkoutId)).data.sources.map((s) => s.id);
const sourceOf = async (id: string) => ok(await sk.retrieveSource(id)).data;
const stateOf = async (id: string) => (await sourceOf(id)).state;
const sourceCount = async () => (await sandbox.sources()).length;
/** Single-use sources that could still be charged but sit on no checkout (each test makes one checkout). */
async function orphans(page: Page): Promise<string[]> {
  const attached = await attachedIds(page);
  return (await sandbox.sources()).filter((s) => s.state === 'chargeable' && !s.reusable && !attached.includes(s.id)).map((s) => s.id);
}
/** The card fields still hold what was typed: every one complete, the number of the expected brand. */
function expectCardKept(page: Page, brand: string): void {
  expect(page.number.fieldElement.state).to.deep.include({ complete: true, brand });
  expect(page.expiration.fieldElement.state.complete).to.equal(true);
  expect(page.cvv.fieldElement.state.complete).to.equal(true);
}

async function answerChallenge(result: 'approve' | 'decline'): Promise<void> {
  await waitUntil(() => document.querySelector('dialog[open] iframe')?.getAttribute('src'), 'no challenge dialog', { timeout: 5000 });
  const dialog = document.querySelector('dialog[open]')!;
  expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Verify your payment');
  const frame = dialog.querySelector('iframe')!;
  const ready = () => frame.contentDocument?.querySelector<HTMLButtonElement>(`button[data-result="${result}"]`)?.disabled === false;
  await waitUntil(ready, 'no challenge buttons', { timeout: 5000 });
  const button = frame.contentDocument!.querySelector<HTMLButtonElement>(`button[data-result="${result}"]`)!;
  expect(button.textContent).to.equal(result === 'approve' ? 'Approve' : 'Decline');
  button.click();
}

describe('CheckoutSession.pay', () => {
  it('creates the source with the session id and attaches it', async () => {
    const page = await setUp();
    await typeCard(page, '4444222233331111');
    const { source, checkout } = ok(await page.session.pay(page.number, { owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' } }));
    expect(source).to.include({ state: 'chargeable', reusable: false });
    expect((await sourceOf(source.id)).paymentSessionId).to.equal(page.sessionId);
    expect(checkout.sources.map((s) => s.id)).to.deep.equal([source.id]);
    expect(await attachedIds(page)).to.deep.equal([source.id]);
    expect(page.events).to.deep.equal(['sourceattached']);
    expect(page.session.cvcState?.status).to.equal('fresh');
  });

  it('replaces the primary: the old single-use source is detached and cancelled', async () => {
    const page = await setUp();
    await typeCard(page, '4444222233331111');
    const first = ok(await page.session.pay(page.number)).source;
    await clearField(page.number);
    await typeIn(page.number, '5466160000000008');
    const second = ok(await page.session.pay(page.number)).source;
    expect(second.creditCard?.brand).to.equal('MasterCard');
    expect(await attachedIds(page)).to.deep.equal([second.id]);
    expect(await stateOf(first.id)).to.equal('cancelled');
    expect(page.events).to.deep.equal(['sourceattached', 'sourcedetached', 'sourceattached']);
    expect(await orphans(page)).to.deep.equal([]);
  });

  it('creates one source when Pay is clicked twice', async () => {
    const page = await setUp();
    await typeCard(page, '4444222233331111');
    const [a, b] = await Promise.all([page.session.pay(page.number), page.session.pay(page.number)]);
    expect(ok(a).source.id).to.equal(ok(b).source.id);
    expect(await sourceCount()).to.equal(1);
  });

  it('reports a failed source as a decline, with the source, and attaches nothing', async () => {
    const page = await setUp();
    await typeCard(page, '4000000000003295');
    const result = await page.session.pay(page.number);
    expect('error' in result && result.error.message).to.equal(SHOPPER_MESSAGES.declined);
    expect('source' in result && result.source.state).to.equal('failed');
    expect(await attachedIds(page)).to.deep.equal([]);
  });
});

describe('CheckoutSession security-code expiry', () => {
  it('warns, expires, and a refresh with only a new code replaces the stale source so the order goes through', async () => {
    const page = await setUp();
    await typeCard(page, '5466160000000008', '1234', '321');
    const stale = ok(await page.session.pay(page.number)).source;
    await sandbox.clock.advance(sandbox.cvcLifetimeMs - 90_000);
    page.ticks();
    expect(page.events.at(-1)).to.equal('cvcexpiring 90');
    await sandbox.clock.advance(1000);
    page.ticks();
    expect(page.events.at(-1)).to.equal('cvcexpiring 89');
    await sandbox.clock.advance(90_000);
    page.ticks();
    expect(page.events.at(-1)).to.equal('cvcexpired');
    expect(page.session.cvcState?.status).to.equal('expired');
    const declined = await sk.createOrder(page.checkoutId);
    expect(declined.error?.errors[0]).to.include({ code: 'card_declined', parameter: 'creditCard.cvv' });

    await clearField(page.cvv);
    await typeIn(page.cvv, '654');
    const fresh = ok(await page.session.refreshSecurityCode()).source;
    expect(fresh.id).not.to.equal(stale.id);
    // Number and expiry were not typed again: the fresh source has them from the fields.
    expect(fresh.creditCard).to.deep.include({ brand: 'MasterCard', lastFourDigits: '0008', expirationMonth: 12, expirationYear: 2034 });
    expect(page.number.fieldElement.state).to.deep.include({ complete: true, brand: 'mastercard' });
    expect(await attachedIds(page)).to.deep.equal([fresh.id]);
    expect(await stateOf(stale.id)).to.equal('cancelled');
    expect(page.events.slice(-3)).to.deep.equal(['sourcedetached', 'sourceattached', 'cvcrefreshed']);
    expect(page.session.cvcState?.status).to.equal('fresh');
    const order = await sk.createOrder(page.checkoutId);
    expect(order.error).to.equal(undefined);
  });

  it('follows a configured lifetime and lead', async () => {
    const page = await setUp({ cvcLifetimeMs: 60_000, cvcWarningMs: 20_000 });
    await typeCard(page, '5466160000000008');
    ok(await page.session.pay(page.number));
    await sandbox.clock.advance(41_000);
    page.ticks();
    expect(page.events.at(-1)).to.match(/^cvcexpiring (19|20)$/);
  });
});

describe('CheckoutSession 3-D Secure', () => {
  it('shows the challenge; approving completes it and the source is attached', async () => {
    const page = await setUp();
    await typeCard(page, '5454545454545454', '0330', '737');
    const paying = page.session.pay(page.number);
    await answerChallenge('approve');
    const { source } = ok(await paying);
    expect(source.state).to.equal('chargeable');
    expect(await stateOf(source.id)).to.equal('chargeable');
    expect(await attachedIds(page)).to.deep.equal([source.id]);
    expect(document.querySelector('dialog')).to.equal(null);
  });

  it('declining fails the payment, keeps the fields, attaches nothing; the retry types nothing', async () => {
    const page = await setUp();
    await typeCard(page, '4917610000000000', '0330', '737');
    const paying = page.session.pay(page.number);
    await answerChallenge('decline');
    const result = await paying;
    expect('error' in result && result.error.errors[0]!.code).to.equal('authentication_failed');
    expect('error' in result && result.error.message).to.equal(SHOPPER_MESSAGES.notVerified);
    expect(await attachedIds(page)).to.deep.equal([]);
    expect((await sandbox.sources()).map((s) => s.state)).to.deep.equal(['failed']);
    expectCardKept(page, 'visa');
    // What the shopper typed is still in the fields: paying again challenges a new source of the same card.
    const retrying = page.session.pay(page.number);
    await answerChallenge('approve');
    const { source } = ok(await retrying);
    expect(source.creditCard).to.deep.include({ brand: 'Visa', lastFourDigits: '0000', expirationMonth: 3, expirationYear: 2030 });
    expect(await attachedIds(page)).to.deep.equal([source.id]);
    expect((await sandbox.sources()).map((s) => s.state)).to.deep.equal(['failed', 'chargeable']);
  });

  it('authenticateSource resolves complete / failed, and Escape cancels as failed', async () => {
    const page = await setUp();
    const created = async () => ok(await sk.createSource({ type: 'creditCard', creditCard: { number: '5454545454545454', expirationMonth: 3, expirationYear: 2030, cvv: '737' } })).data;
    const approve = await created();
    const approving = page.dr.authenticateSource({ sessionId: 'ps_x', sourceId: approve.id, sourceClientSecret: approve.clientSecret });
    await answerChallenge('approve');
    expect(await approving).to.deep.equal({ status: 'complete' });

    const escape = await created();
    const escaping = page.dr.authenticateSource({ sourceId: escape.id, sourceClientSecret: escape.clientSecret });
    await waitUntil(() => document.querySelector('dialog[open]'));
    document.querySelector<HTMLButtonElement>('dialog[open] button')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(await escaping).to.deep.equal({ status: 'failed' });
    expect(await stateOf(escape.id)).to.equal('requires_action');

    const plain = ok(await sk.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 3, expirationYear: 2030, cvv: '737' } })).data;
    expect(await page.dr.authenticateSource({ sourceId: plain.id, sourceClientSecret: plain.clientSecret })).to.deep.equal({ status: 'authentication_not_required' });
  });
});

describe('CheckoutSession with saved cards', () => {
  async function customerWithCard(): Promise<{ customerId: string; saved: Source }> {
    const customer = ok(await sk.createCustomer({ email: 'grace@example.test' })).data;
    const card = ok(await sk.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 7, expirationYear: 2031, cvv: '123' } })).data;
    const saved = ok(await sk.saveSource(customer.id, card.id)).data;
    return { customerId: customer.id, saved };
  }

  it('pays with a saved card after its code is re-collected with a lone cvv element', async () => {
    const { customerId, saved } = await customerWithCard();
    const page = await setUp({ customerId });
    const list = ok(await page.session.listSavedSources());
    expect(list.sources.map((s) => s.id)).to.deep.equal([saved.id]);
    expect(list.defaultSourceId).to.equal(saved.id);
    await sandbox.clock.advance(60 * 60_000);
    const before = await sandbox.sources();
    const incomplete = await page.session.useSavedSource(saved, page.savedCvv);
    expect('error' in incomplete && incomplete.error.type).to.equal('validation_error');
    expect('error' in incomplete && incomplete.error.errors[0]!.code).to.equal('incomplete_security_code');
    await typeIn(page.savedCvv, '123');
    const { source } = ok(await page.session.useSavedSource(saved, page.savedCvv));
    expect(source).to.include({ id: saved.id, reusable: true });
    // The security-code frame authenticated the saved source with the checkout's payment session.
    expect((await sourceOf(saved.id)).paymentSessionId).to.equal(page.sessionId);
    expect(await sandbox.sources()).to.deep.equal(before);
    expect(await attachedIds(page)).to.deep.equal([saved.id]);
    expect(page.session.cvcState).to.equal(undefined);
    expect((await sk.createOrder(page.checkoutId)).error).to.equal(undefined);
    expect(await stateOf(saved.id)).to.equal('chargeable');
  });

  it('saves a new card, makes it the default and removes the old one', async () => {
    const { customerId, saved } = await customerWithCard();
    const page = await setUp({ customerId });
    await typeCard(page, '6011987698769876');
    const { source } = ok(await page.session.pay(page.number, { saveCard: true }));
    expect(source).to.include({ reusable: true, customerId });
    ok(await page.session.setDefaultSource(source.id));
    ok(await page.session.removeSavedSource(saved.id));
    const list = ok(await page.session.listSavedSources());
    expect(list.sources.map((s) => s.id)).to.deep.equal([source.id]);
    expect(list.defaultSourceId).to.equal(source.id);
    expect(await stateOf(saved.id)).to.equal('cancelled');
  });

  it('updateSource changes a saved card’s expiry from an expiration element', async () => {
    const { saved } = await customerWithCard();
    const page = await setUp();
    await typeIn(page.expiration, '0933');
    const result = await page.dr.updateSource(page.expiration, { id: saved.id, clientSecret: saved.clientSecret });
    expect('source' in result && result.source.creditCard).to.deep.include({ expirationMonth: 9, expirationYear: 2033 });
    expect((await sourceOf(saved.id)).creditCard).to.deep.include({ expirationMonth: 9, expirationYear: 2033, lastFourDigits: '0008' });
    const owner = await page.dr.updateSource({ id: saved.id, clientSecret: saved.clientSecret, owner: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.test' } });
    expect('source' in owner && owner.source.owner?.lastName).to.equal('Hopper');
  });
});

describe('CheckoutSession store credit', () => {
  it('combines credit attached before the card', async () => {
    const page = await setUp();
    const credit = ok(await page.session.addStoreCredit({ amount: 20, currency: 'USD' }));
    expect(credit.source.type).to.equal('customerCredit');
    await typeCard(page, '4444222233331111');
    const { checkout } = ok(await page.session.pay(page.number));
    expect(checkout.sources.map((s) => [s.type, s.amount])).to.deep.equal([
      ['customerCredit', 20],
      ['creditCard', 30],
    ]);
    expect((await sk.createOrder(page.checkoutId)).error).to.equal(undefined);
  });

  it('surfaces the 409 of credit after a single-use card as a clear message', async () => {
    const page = await setUp();
    await typeCard(page, '4444222233331111');
    ok(await page.session.pay(page.number));
    const result = await page.session.addStoreCredit({ amount: 20, currency: 'USD' });
    expect('error' in result && result.error.errors[0]!.code).to.equal('session_update_not_allowed');
    expect('error' in result && result.error.message).to.equal(SHOPPER_MESSAGES.creditOrder);
    expect(page.events.at(-1)).to.equal('error session_update_not_allowed');
    expect(await attachedIds(page)).to.have.length(1);
  });
});

describe('CheckoutSession failures keep the shopper whole', () => {
  const attachEndpoint = 'POST /checkouts/:id/sources/:sourceId';

  for (const [name, scenario] of [
    ['a server error', { name: 'server_error', endpoint: attachEndpoint, times: 1 }],
    ['a timeout', { name: 'timeout', endpoint: attachEndpoint, times: 1 }],
  ] as const) {
    it(`${name} on attach keeps the fields; the retry attaches the same source, leaving one primary`, async () => {
      const page = await setUp({ timeoutMs: 300 });
      await typeCard(page, '4444222233331111');
      const first = ok(await page.session.pay(page.number)).source;
      await clearField(page.number);
      await typeIn(page.number, '5466160000000008');
      await sandbox.setScenario(scenario);
      const failed = await page.session.pay(page.number);
      expect('error' in failed && failed.error.message).to.equal(SHOPPER_MESSAGES.unreachable);
      expectCardKept(page, 'mastercard');
      expect(await attachedIds(page)).to.deep.equal([first.id]);
      // Nothing is typed again: the source made before the failed attach is the one attached now.
      const retried = ok(await page.session.pay(page.number)).source;
      expect(retried.creditCard).to.deep.include({ brand: 'MasterCard', lastFourDigits: '0008' });
      expect(await attachedIds(page)).to.deep.equal([retried.id]);
      expect(await sourceCount()).to.equal(2);
      expect(await stateOf(first.id)).to.equal('cancelled');
      expect(await orphans(page)).to.deep.equal([]);
    });
  }

  it('a decline when creating the source keeps the previous primary and the typed card', async () => {
    const page = await setUp();
    await typeCard(page, '5466160000000008');
    const first = ok(await page.session.pay(page.number)).source;
    await clearField(page.number);
    await typeIn(page.number, '4444222233331111');
    await clearField(page.cvv);
    await typeIn(page.cvv, '999'); // this test card wants 123
    const result = await page.session.pay(page.number);
    expect('error' in result && result.error.type).to.equal('card_error');
    expect('error' in result && result.error.message).to.equal(SHOPPER_MESSAGES.declinedCode);
    expect(await attachedIds(page)).to.deep.equal([first.id]);
    expectCardKept(page, 'visa');
    expect(await orphans(page)).to.deep.equal([]);
    // Only the code is typed again; the number stayed in its field.
    await clearField(page.cvv);
    await typeIn(page.cvv, '123');
    const second = ok(await page.session.pay(page.number)).source;
    expect(second.creditCard).to.deep.include({ brand: 'Visa', lastFourDigits: '1111' });
    expect(await attachedIds(page)).to.deep.equal([second.id]);
    expect(await orphans(page)).to.deep.equal([]);
  });

  it('a failure to create the source says to try again; the retry types nothing', async () => {
    const page = await setUp();
    await typeCard(page, '4444222233331111');
    // No `times`: a browser retries a POST once when its reused connection drops, so the fault stays until cleared.
    await sandbox.setScenario({ name: 'network_error', endpoint: 'POST /sources' });
    const result = await page.session.pay(page.number);
    expect('error' in result && result.error.type).to.equal('network_error');
    expect('error' in result && result.error.message).to.equal(SHOPPER_MESSAGES.unreachable);
    expect(await sourceCount()).to.equal(0);
    await sandbox.setScenario(null);
    const { source } = ok(await page.session.pay(page.number));
    expect(source).to.include({ state: 'chargeable' });
    expect(source.creditCard).to.deep.include({ brand: 'Visa', lastFourDigits: '1111' });
    expect(await attachedIds(page)).to.deep.equal([source.id]);
    expect(await sourceCount()).to.equal(1);
  });

  it('answers a missing server or ids with an integration error instead of throwing', async () => {
    const page = await setUp();
    const session = page.dr.checkout({ checkoutId: '', sessionId: 'x' });
    const result = await session.pay(page.number);
    expect('error' in result && result.error.type).to.equal('integration_error');
  });
});
