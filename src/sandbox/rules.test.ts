/**
 * Every backend rule of DESIGN.md and issue #3, one named test each ("rule: …"), against the service-worker
 * sandbox through the same clients the widget and a storefront back end use.
 */
import { expect } from '@open-wc/testing';
import { createApiClient } from '../api/client.js';
import { createCommerceClient } from '../api/commerce-client.js';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import type { ApiResult } from '../api/request.js';
import type { CreateAnySourceRequest, Source } from '../api/schemas.js';
import { PENDING_FAILS_AFTER_MS, startSandbox, type Sandbox } from './index.js';

const BASE = DEFAULT_API_BASE_URL;
const pk = createApiClient({ baseUrl: BASE, publicKey: 'pk_test_rules' });
const sk = createCommerceClient({ baseUrl: BASE, secretKey: 'sk_test_rules' });
let sandbox: Sandbox;

const owner = (lastName = 'Lovelace') => ({ firstName: 'Ada', lastName, email: 'ada@example.test' });

function ok<T>(result: ApiResult<T>): T {
  if (result.error) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

function failsWith(result: ApiResult<unknown>, type: string, code: string) {
  expect(result.error, `expected ${type}/${code}`).not.to.equal(undefined);
  expect(result.error!.type).to.equal(type);
  expect(result.error!.errors.map((e) => e.code)).to.include(code);
}

const card = async (number = '5466160000000008', cvv = '123', expirationMonth = 12, expirationYear = 2030) =>
  ok(await pk.createSource({ type: 'creditCard', owner: owner(), creditCard: { number, expirationMonth, expirationYear, cvv } }));
const source = async (body: CreateAnySourceRequest) => ok(await sk.createSource(body));
const credit = (amount: number) => source({ type: 'customerCredit', amount, currency: 'USD' });
const checkout = async (total = 100, extra: { customerId?: string; sourceId?: string } = {}) =>
  ok(await sk.createCheckout({ currency: 'USD', items: [{ name: 'Widget', quantity: 1, price: total }], ...extra }));
const customer = async () => ok(await sk.createCustomer({ email: 'ada@example.test' }));
const stateOf = async (id: string) => ok(await sk.retrieveSource(id)).state;

/** Orders a checkout paid by one card (and optional store credits first). */
async function orderWith(number: string, credits: number[] = []) {
  const chk = await checkout(100);
  for (const amount of credits) ok(await sk.attachSource(chk.id, (await credit(amount)).id));
  ok(await sk.attachSource(chk.id, (await card(number)).id));
  return ok(await sk.createOrder(chk.id));
}

describe('sandbox backend rules', () => {
  before(async () => {
    sandbox = await startSandbox({ quiet: true });
  });
  after(() => sandbox.stop());
  beforeEach(() => sandbox.reset());

  describe('keys', () => {
    it('rule: a publishable key creates only single-use sources', async () => {
      expect((await card()).reusable).to.equal(false);
      const wallet = ok(await pk.createSource({ type: 'googlePay', owner: owner() } as never));
      expect(wallet.reusable).to.equal(false);
    });

    it('rule: a publishable key cannot create store credit (401)', async () => {
      const res = await fetch(`${BASE}/sources`, {
        method: 'POST',
        headers: { Authorization: 'Bearer pk_test_x' },
        body: JSON.stringify({ type: 'customerCredit', amount: 5, currency: 'USD' }),
      });
      expect(res.status).to.equal(401);
    });

    it('rule: checkouts, customers and orders need a secret key (401 with a publishable one)', async () => {
      const asPublic = createCommerceClient({ baseUrl: BASE, secretKey: 'pk_test_nope' });
      failsWith(await asPublic.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 1 }] }), 'unauthorized', 'unauthorized');
      failsWith(await asPublic.createCustomer(), 'unauthorized', 'unauthorized');
      failsWith(await asPublic.createOrder('chk_x'), 'unauthorized', 'unauthorized');
    });

    it('rule: a missing or wrong key gets 401 with the usual error shape', async () => {
      for (const headers of <Record<string, string>[]>[{}, { Authorization: 'Bearer sk_live_real' }, { Authorization: 'Basic abc' }]) {
        const res = await fetch(`${BASE}/customers`, { method: 'POST', headers, body: '{}' });
        expect(res.status).to.equal(401);
        expect((await res.json()).errors[0].code).to.equal('unauthorized');
      }
    });

    it('rule: a publishable key reads a source only with its client secret', async () => {
      const src = await card();
      failsWith(await pk.retrieveSource(src.id, 'src_wrong_secret_x'), 'not_found', 'not_found');
      expect(ok(await pk.retrieveSource(src.id, src.clientSecret)).id).to.equal(src.id);
      expect(ok(await sk.retrieveSource(src.id)).id).to.equal(src.id);
    });

    it('rule: answers carry CORS headers and preflights succeed', async () => {
      const res = await fetch(`${BASE}/checkouts`, { method: 'OPTIONS' });
      expect(res.status).to.equal(204);
      expect(res.headers.get('access-control-allow-headers')).to.contain('Authorization');
    });
  });

  describe('payment methods', () => {
    it('rule: card sources are synchronous: chargeable or failed at once', async () => {
      expect((await card()).state).to.equal('chargeable');
      expect((await card('4000000000003295')).state).to.equal('failed');
    });

    it('rule: Google Pay and Apple Pay are synchronous standard-flow sources', async () => {
      for (const type of ['googlePay', 'applePay'] as const) {
        const src = await source({ type } as CreateAnySourceRequest);
        expect(src).to.deep.include({ state: 'chargeable', flow: 'standard', reusable: false });
      }
    });

    it('rule: PayPal starts pending_redirect with a redirect URL; approval makes it chargeable', async () => {
      const src = await source({ type: 'payPal', owner: owner(), payPal: { returnUrl: 'https://shop.example/back' } });
      expect(src).to.deep.include({ state: 'pending_redirect', flow: 'redirect' });
      expect(src.redirect?.redirectUrl).to.contain(src.id);
      const res = await fetch(`${BASE}/__sandbox/sources/${src.id}/approve`, { method: 'POST' });
      expect((await res.json()).state).to.equal('chargeable');
    });

    it('rule: a declined redirect fails the source', async () => {
      const src = await source({ type: 'directDebit', owner: owner(), directDebit: { returnUrl: 'https://shop.example/back' } });
      expect(sandbox.declineRedirect(src.id).state).to.equal('failed');
    });

    it('rule: a wire transfer starts pending_funds with instructions until the funds arrive', async () => {
      const src = await source({ type: 'wireTransfer', owner: owner() });
      expect(src).to.deep.include({ state: 'pending_funds', flow: 'receiver' });
      expect(src.wireTransfer?.iban).to.be.a('string');
      expect(sandbox.receiveFunds(src.id).state).to.equal('chargeable');
    });

    it('rule: a wire-transfer order waits for funds, then its charge becomes capturable', async () => {
      const src = await source({ type: 'wireTransfer', owner: owner() });
      const chk = await checkout(40, { sourceId: src.id });
      const order = ok(await sk.createOrder(chk.id));
      expect(order.state).to.equal('pending_payment');
      await fetch(`${BASE}/__sandbox/sources/${src.id}/funds`, { method: 'POST' });
      const after = ok(await sk.retrieveOrder(order.id));
      expect(after.charges[0]!.state).to.equal('capturable');
      expect(await stateOf(src.id)).to.equal('consumed');
    });

    it('rule: a 3-D Secure card starts requires_action until authenticated', async () => {
      const src = await card('4917610000000000', '737', 3, 2030);
      expect(src.state).to.equal('requires_action');
      const result = ok(await pk.authenticateSource(src.id, src.clientSecret, { sessionId: 'ps_1' }));
      expect(result.status).to.equal('complete');
      expect(result.source.state).to.equal('chargeable');
      const again = ok(await pk.authenticateSource(src.id, src.clientSecret, {}));
      expect(again.status).to.equal('authentication_not_required');
    });

    it('rule: a failed 3-D Secure challenge fails the source', async () => {
      const src = await card('5454545454545454', '737', 3, 2030);
      const result = ok(await pk.authenticateSource(src.id, src.clientSecret, { challengeResult: 'decline' }));
      expect(result).to.deep.include({ status: 'failed' });
      expect(result.source.state).to.equal('failed');
    });

    it('rule: redirect methods take their scenario from owner.lastName (SourceFail)', async () => {
      const src = await source({ type: 'payPal', owner: owner('SourceFail'), payPal: { returnUrl: 'https://shop.example/' } });
      expect(src.state).to.equal('failed');
    });

    it('rule: update changes only the owner and the card expiration', async () => {
      const src = await card();
      const updated = ok(await pk.updateSource(src.id, src.clientSecret, { owner: owner('Byron'), creditCard: { expirationMonth: 1, expirationYear: 2031 } }));
      expect(updated.owner?.lastName).to.equal('Byron');
      expect(updated.creditCard).to.deep.include({ expirationMonth: 1, expirationYear: 2031, lastFourDigits: '0008' });
      const refused = await pk.updateSource(src.id, src.clientSecret, { reusable: true, creditCard: { brand: 'Visa' } } as never);
      failsWith(refused, 'bad_request', 'invalid_parameter');
      expect(refused.error!.errors.map((e) => e.parameter)).to.include.members(['reusable', 'creditCard.brand']);
    });
  });

  describe('checkouts', () => {
    it('rule: the payment session moves from requires_source to requires_confirmation to complete', async () => {
      const chk = await checkout(50);
      expect(chk.payment.session).to.deep.include({ state: 'requires_source', amountContributed: 0, amountRemainingToBeContributed: 50 });
      const attached = ok(await sk.updateCheckout(chk.id, { sourceId: (await card()).id }));
      expect(attached.payment.session).to.deep.include({ state: 'requires_confirmation', amountContributed: 50, amountRemainingToBeContributed: 0 });
      ok(await sk.createOrder(chk.id));
      expect(ok(await sk.retrieveCheckout(chk.id)).payment.session.state).to.equal('complete');
    });

    it('rule: a source can be attached by body and by path', async () => {
      const byBody = ok(await sk.updateCheckout((await checkout()).id, { sourceId: (await card()).id }));
      const byPath = ok(await sk.attachSource((await checkout()).id, (await card()).id));
      expect(byBody.sources).to.have.length(1);
      expect(byPath.sources).to.have.length(1);
    });

    it('rule: one primary per checkout; a new primary replaces the old one', async () => {
      const chk = await checkout();
      const first = await card();
      const second = await card('6011987698769876');
      ok(await sk.attachSource(chk.id, first.id));
      const after = ok(await sk.attachSource(chk.id, second.id));
      expect(after.sources.map((s) => s.id)).to.deep.equal([second.id]);
      expect(await stateOf(first.id)).to.equal('cancelled');
    });

    it('rule: secondary amounts are capped by totalAmount (409 amount_exceeds_total)', async () => {
      const chk = await checkout(100);
      ok(await sk.attachSource(chk.id, (await credit(60)).id));
      failsWith(await sk.attachSource(chk.id, (await credit(50)).id), 'conflict', 'amount_exceeds_total');
      const after = ok(await sk.retrieveCheckout(chk.id));
      expect(after.sources.reduce((sum, s) => sum + s.amount, 0)).to.be.at.most(100);
    });

    it('rule: secondaries before a single-use primary; after it -> 409 session_update_not_allowed', async () => {
      const chk = await checkout(100);
      ok(await sk.attachSource(chk.id, (await credit(30)).id));
      const withPrimary = ok(await sk.attachSource(chk.id, (await card()).id));
      expect(withPrimary.sources.find((s) => s.type === 'creditCard')?.amount).to.equal(70);
      failsWith(await sk.attachSource(chk.id, (await credit(10)).id), 'conflict', 'session_update_not_allowed');
    });

    it('rule: a reusable primary\'s amount shrinks by each secondary', async () => {
      const cus = await customer();
      const saved = ok(await sk.saveSource(cus.id, (await card()).id));
      const chk = await checkout(100, { customerId: cus.id, sourceId: saved.id });
      ok(await sk.attachSource(chk.id, (await credit(25)).id));
      const after = ok(await sk.attachSource(chk.id, (await credit(15)).id));
      expect(after.sources.find((s) => s.id === saved.id)?.amount).to.equal(60);
      expect(after.payment.session.amountContributed).to.equal(100);
    });

    it('rule: detach answers 204 and cancels a single-use source; reattaching -> 409 source_status_invalid_for_session', async () => {
      const chk = await checkout();
      const src = await card();
      ok(await sk.attachSource(chk.id, src.id));
      const detached = await sk.detachSource(chk.id, src.id);
      expect(detached.error).to.equal(undefined);
      expect(await stateOf(src.id)).to.equal('cancelled');
      failsWith(await sk.attachSource(chk.id, src.id), 'conflict', 'source_status_invalid_for_session');
    });

    it('rule: a bad checkout body gets 400 naming each bad parameter', async () => {
      const bad = await sk.createCheckout({ currency: 'usd', items: [{ quantity: 0, price: -1 }] });
      failsWith(bad, 'bad_request', 'invalid_parameter');
      expect(bad.error!.errors.map((e) => e.parameter)).to.include.members(['currency', 'items.0.quantity', 'items.0.price']);
    });
  });

  describe('customers', () => {
    it('rule: saving a source to a customer makes it reusable', async () => {
      const saved = ok(await sk.saveSource((await customer()).id, (await card()).id));
      expect(saved.reusable).to.equal(true);
    });

    it('rule: the first saved source becomes the default; defaultSourceId can be changed', async () => {
      const cus = await customer();
      const a = ok(await sk.saveSource(cus.id, (await card()).id));
      const b = ok(await sk.saveSource(cus.id, (await card('3528987698769879')).id));
      expect(ok(await sk.retrieveCustomer(cus.id)).defaultSourceId).to.equal(a.id);
      expect(ok(await sk.updateCustomer(cus.id, { defaultSourceId: b.id })).defaultSourceId).to.equal(b.id);
    });

    it('rule: non-reusable types cannot be saved (409 nonreusable_source)', async () => {
      const cus = await customer();
      failsWith(await sk.saveSource(cus.id, (await credit(5)).id), 'conflict', 'nonreusable_source');
      failsWith(await sk.saveSource(cus.id, (await source({ type: 'applePay' } as CreateAnySourceRequest)).id), 'conflict', 'nonreusable_source');
    });

    it('rule: non-chargeable sources cannot be saved (409 source_not_chargeable)', async () => {
      const pending = await source({ type: 'payPal', owner: owner(), payPal: { returnUrl: 'https://shop.example/' } });
      failsWith(await sk.saveSource((await customer()).id, pending.id), 'conflict', 'source_not_chargeable');
    });

    it('rule: removing a saved source cancels it; saving it again -> 409 source_not_chargeable', async () => {
      const cus = await customer();
      const src = await card();
      ok(await sk.saveSource(cus.id, src.id));
      expect((await sk.removeSource(cus.id, src.id)).error).to.equal(undefined);
      expect(await stateOf(src.id)).to.equal('cancelled');
      failsWith(await sk.saveSource(cus.id, src.id), 'conflict', 'source_not_chargeable');
    });

    it('rule: a saved source on a checkout without its customer -> 409 source_in_use at order', async () => {
      const cus = await customer();
      const saved = ok(await sk.saveSource(cus.id, (await card()).id));
      const chk = await checkout(20, { sourceId: saved.id });
      failsWith(await sk.createOrder(chk.id), 'conflict', 'source_in_use');
    });
  });

  describe('orders', () => {
    it('rule: an order consumes single-use sources and leaves reusable ones chargeable', async () => {
      const cus = await customer();
      const saved = ok(await sk.saveSource(cus.id, (await card()).id));
      ok(await sk.createOrder((await checkout(10, { customerId: cus.id, sourceId: saved.id })).id));
      expect(await stateOf(saved.id)).to.equal('chargeable');
      const once = await card('30345678901235');
      ok(await sk.createOrder((await checkout(10, { sourceId: once.id })).id));
      expect(await stateOf(once.id)).to.equal('consumed');
    });

    it('rule: an unfunded session gives 400 order_submit_failed', async () => {
      failsWith(await sk.createOrder((await checkout()).id), 'bad_request', 'order_submit_failed');
      const partly = await checkout(100);
      ok(await sk.attachSource(partly.id, (await credit(40)).id));
      failsWith(await sk.createOrder(partly.id), 'bad_request', 'order_submit_failed');
    });

    it('rule: a source that is not chargeable cannot be ordered (409 source_not_chargeable)', async () => {
      const chk = await checkout(10, { sourceId: (await card('4917610000000000', '737', 3, 2030)).id });
      failsWith(await sk.createOrder(chk.id), 'conflict', 'source_not_chargeable');
    });

    it('rule: captures run secondary charges first, then the primary', async () => {
      const order = await orderWith('5466160000000008', [10, 20]);
      const captured = ok(await sk.captureOrder(order.id));
      const roles = captured.events.map((e) => captured.charges.find((c) => c.id === e.chargeId)!.role);
      expect(roles).to.deep.equal(['secondary', 'secondary', 'primary']);
      expect(captured.state).to.equal('complete');
    });

    it('rule: cancels run the primary charge first, then secondaries', async () => {
      const order = await orderWith('5466160000000008', [10]);
      const cancelled = ok(await sk.cancelOrder(order.id));
      expect(cancelled.events.map((e) => cancelled.charges.find((c) => c.id === e.chargeId)!.role)).to.deep.equal(['primary', 'secondary']);
      expect(cancelled.state).to.equal('cancelled');
    });

    it('rule: refunds run the primary charge first, then secondaries', async () => {
      const order = await orderWith('5466160000000008', [10]);
      ok(await sk.captureOrder(order.id));
      const refunded = ok(await sk.refundOrder(order.id));
      const refunds = refunded.events.filter((e) => e.action === 'refund');
      expect(refunds.map((e) => refunded.charges.find((c) => c.id === e.chargeId)!.role)).to.deep.equal(['primary', 'secondary']);
    });

    it('rule: card 4000000000003600 is declined when the order is created', async () => {
      const chk = await checkout(10, { sourceId: (await card('4000000000003600')).id });
      failsWith(await sk.createOrder(chk.id), 'card_error', 'card_declined');
    });

    it('rule: card 4000000000004103 fails its capture', async () => {
      const captured = ok(await sk.captureOrder((await orderWith('4000000000004103')).id));
      expect(captured.charges[0]!.state).to.equal('failed');
      expect(captured.charges[0]!.captures[0]!.state).to.equal('failed');
    });

    it('rule: card 4000000000004111 fails its refund', async () => {
      const order = await orderWith('4000000000004111');
      ok(await sk.captureOrder(order.id));
      expect(ok(await sk.refundOrder(order.id)).charges[0]!.refunds[0]!.state).to.equal('failed');
    });

    it('rule: card 4000000000004442 fails its cancel', async () => {
      const cancelled = ok(await sk.cancelOrder((await orderWith('4000000000004442')).id));
      expect(cancelled.charges[0]!.cancels[0]!.state).to.equal('failed');
      expect(cancelled.charges[0]!.state).to.equal('capturable');
    });

    it('rule: card 4485951788521565 captures pending, then fails', async () => {
      const order = await orderWith('4485951788521565');
      expect(ok(await sk.captureOrder(order.id)).charges[0]!.captures[0]!.state).to.equal('pending');
      sandbox.clock.advance(PENDING_FAILS_AFTER_MS + 1);
      expect(ok(await sk.retrieveOrder(order.id)).charges[0]!.captures[0]!.state).to.equal('failed');
    });

    it('rule: card 4556602564240839 refunds pending, then fails', async () => {
      const order = await orderWith('4556602564240839');
      ok(await sk.captureOrder(order.id));
      expect(ok(await sk.refundOrder(order.id)).charges[0]!.refunds[0]!.state).to.equal('pending');
      sandbox.clock.advance(PENDING_FAILS_AFTER_MS + 1);
      expect(ok(await sk.retrieveOrder(order.id)).charges[0]!.refunds[0]!.state).to.equal('failed');
    });

    it('rule: cards 4024007120579635 and 4000000000000028 keep their capture pending', async () => {
      for (const number of ['4024007120579635', '4000000000000028']) {
        const order = await orderWith(number);
        ok(await sk.captureOrder(order.id));
        sandbox.clock.advance(24 * 3600 * 1000);
        expect(ok(await sk.retrieveOrder(order.id)).charges[0]!.captures[0]!.state).to.equal('pending');
      }
    });

    it('rule: a stale card security code is declined at order time; a fresh one renews it', async () => {
      const src: Source = await card();
      const chk = await checkout(10, { sourceId: src.id });
      sandbox.clock.advance(sandbox.cvcLifetimeMs + 1000);
      const declined = await sk.createOrder(chk.id);
      failsWith(declined, 'card_error', 'card_declined');
      expect(declined.error!.errors[0]!.parameter).to.equal('creditCard.cvv');
      ok(await pk.authenticateSource(src.id, src.clientSecret, { cvv: '321' }));
      expect(ok(await sk.createOrder(chk.id)).state).to.equal('accepted');
    });
  });

  describe('control', () => {
    it('rule: the clock moves forward over HTTP and from the Sandbox object', async () => {
      const before = sandbox.clock.now().getTime();
      const res = await fetch(`${BASE}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 3_600_000 }) });
      expect(Date.parse((await res.json()).now) - before).to.be.at.least(3_600_000);
      expect(sandbox.clock.now().getTime() - before).to.be.at.least(3_600_000);
    });

    it('rule: reset over HTTP forgets everything', async () => {
      const src = await card();
      await fetch(`${BASE}/__sandbox/reset`, { method: 'POST' });
      failsWith(await sk.retrieveSource(src.id), 'not_found', 'not_found');
    });

    it('rule: scenarios make typed client errors (server_error, malformed bodies, network_error, timeout)', async () => {
      const cases = [
        { scenario: { name: 'server_error' as const, status: 503 }, type: 'api_error', code: 'internal_server_error' },
        { scenario: { name: 'malformed_json' as const }, type: 'api_error', code: 'invalid_response' },
        { scenario: { name: 'malformed_body' as const }, type: 'api_error', code: 'invalid_response' },
        { scenario: { name: 'network_error' as const }, type: 'network_error', code: 'network_error' },
      ];
      for (const { scenario, type, code } of cases) {
        await fetch(`${BASE}/__sandbox/scenario`, { method: 'POST', body: JSON.stringify({ ...scenario, endpoint: 'POST /sources', times: 1 }) });
        failsWith(await pk.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 1, expirationYear: 2030, cvv: '123' } }), type, code);
      }
      sandbox.setScenario({ name: 'timeout', endpoint: 'GET /sources/:id' });
      const quick = createApiClient({ baseUrl: BASE, publicKey: 'pk_test_x', timeoutMs: 100 });
      failsWith(await quick.retrieveSource('src_x', 's'), 'request_timeout', 'request_timeout');
      expect((await card()).state).to.equal('chargeable'); // other endpoints unaffected
    });

    it('rule: the latency scenario delays answers without changing them', async () => {
      sandbox.setScenario({ name: 'latency', latencyMs: 150 });
      const started = performance.now();
      expect((await card()).state).to.equal('chargeable');
      expect(performance.now() - started).to.be.at.least(140);
    });
  });
});
