/**
 * Every backend rule of DESIGN.md and issue #3, one named test each ("rule: …"), through the same clients the widget
 * and a storefront back end use. The suite is defined once and run against each way the sandbox runs:
 * - the service worker in a browser (`rules.test.ts`, web-test-runner / mocha),
 * - msw/node in process (`test/node/rules.in-process.test.ts`, node:test),
 * - the standalone HTTP server on loopback (`test/node/rules.http-server.test.ts`, node:test).
 * It uses no test-runner globals and no Node or browser-only module: the caller hands in the test functions, and the
 * assertions below throw plain `Error`s.
 */
import { createApiClient, type ApiClient } from '../api/client.js';
import { createCommerceClient, type CommerceClient } from '../api/commerce-client.js';
import type { ApiResult } from '../api/request.js';
import type { CreateAnySourceRequest } from '../api/schemas.js';
import type { SandboxControls } from './controls.js';
import { PENDING_FAILS_AFTER_MS } from './orders.js';

type Body = () => unknown;

/** The subset of mocha (browser) and node:test (Node) the suite needs. */
export interface RuleTestFunctions {
  describe(name: string, fn: () => void): unknown;
  it(name: string, fn: () => Promise<void>): unknown;
  before(fn: Body): unknown;
  after(fn: Body): unknown;
  beforeEach(fn: Body): unknown;
}

/** A sandbox started for the suite. */
export interface RunningSandbox {
  /** Where the clients point; the sandbox's `/__sandbox` control routes are under it too. */
  baseUrl: string;
  /** Reset, clock, scenarios, shopper actions. */
  controls: SandboxControls;
  stop(): unknown;
}

export interface RuleTestEnv extends RuleTestFunctions {
  /** Names the mode in the suite's title, e.g. `service worker`. */
  name: string;
  /** Called once, before the first test. */
  start(): Promise<RunningSandbox> | RunningSandbox;
}

// ---- a minimal assertion layer: the same in mocha and node:test ----

export class RuleAssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

const show = (value: unknown): string => {
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

function fail(what: string, message: string): never {
  throw new RuleAssertionError(`${what}: ${message}`);
}

function deepEquals(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export const check = {
  equal(actual: unknown, expected: unknown, what = 'value'): void {
    if (!Object.is(actual, expected)) fail(what, `expected ${show(expected)}, got ${show(actual)}`);
  },
  deepEqual(actual: unknown, expected: unknown, what = 'value'): void {
    if (!deepEquals(actual, expected)) fail(what, `expected ${show(expected)}, got ${show(actual)}`);
  },
  /** Every key of `subset` is deeply equal in `actual`. */
  matches(actual: unknown, subset: Record<string, unknown>, what = 'object'): void {
    if (typeof actual !== 'object' || actual === null) fail(what, `expected an object with ${show(subset)}, got ${show(actual)}`);
    for (const [key, value] of Object.entries(subset)) {
      const got = (actual as Record<string, unknown>)[key];
      if (!deepEquals(got, value)) fail(`${what}.${key}`, `expected ${show(value)}, got ${show(got)}`);
    }
  },
  /** A string contains a substring, or an array holds every one of the values. */
  includes(actual: string | readonly unknown[] | undefined | null, ...values: unknown[]): void {
    const what = typeof actual === 'string' ? 'string' : 'list';
    if (typeof actual === 'string') {
      for (const value of values) if (!actual.includes(String(value))) fail(what, `expected ${show(actual)} to contain ${show(value)}`);
    } else if (Array.isArray(actual)) {
      for (const value of values) if (!actual.some((item) => deepEquals(item, value))) fail(what, `expected ${show(actual)} to include ${show(value)}`);
    } else {
      fail(what, `expected a string or an array containing ${show(values)}, got ${show(actual)}`);
    }
  },
  atLeast(actual: number, min: number, what = 'number'): void {
    if (!(actual >= min)) fail(what, `expected at least ${min}, got ${actual}`);
  },
  atMost(actual: number, max: number, what = 'number'): void {
    if (!(actual <= max)) fail(what, `expected at most ${max}, got ${actual}`);
  },
};

// ---- the rules ----

export function defineRuleTests(env: RuleTestEnv): void {
  const { describe, it, before, after, beforeEach } = env;
  let running: RunningSandbox | undefined;
  let base: string;
  let sandbox: SandboxControls;
  let pk: ApiClient;
  let sk: CommerceClient;

  const owner = (lastName = 'Lovelace') => ({ firstName: 'Ada', lastName, email: 'ada@example.test' });

  function ok<T>(result: ApiResult<T>): T {
    if (result.error) throw new RuleAssertionError(`expected success, got ${show(result.error)}`);
    return result.data as T;
  }

  function failsWith(result: ApiResult<unknown>, type: string, code: string) {
    if (!result.error) fail(`expected ${type}/${code}`, `got success ${show(result.data).slice(0, 200)}`);
    check.equal(result.error.type, type, 'error type');
    check.includes(result.error.errors.map((e) => e.code), code);
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

  describe(`sandbox backend rules (${env.name})`, () => {
    before(async () => {
      running = await env.start();
      base = running.baseUrl;
      sandbox = running.controls;
      pk = createApiClient({ baseUrl: base, publicKey: 'pk_test_rules' });
      sk = createCommerceClient({ baseUrl: base, secretKey: 'sk_test_rules' });
    });
    after(() => running?.stop());
    beforeEach(() => sandbox.reset());

    describe('keys', () => {
      it('rule: a publishable key creates only single-use sources', async () => {
        check.equal((await card()).reusable, false, 'card reusable');
        const wallet = ok(await pk.createSource({ type: 'googlePay', owner: owner() } as never));
        check.equal(wallet.reusable, false, 'Google Pay reusable');
      });

      it('rule: a publishable key cannot create store credit (401)', async () => {
        const res = await fetch(`${base}/sources`, {
          method: 'POST',
          headers: { Authorization: 'Bearer pk_test_x' },
          body: JSON.stringify({ type: 'customerCredit', amount: 5, currency: 'USD' }),
        });
        check.equal(res.status, 401, 'status');
      });

      it('rule: checkouts, customers and orders need a secret key (401 with a publishable one)', async () => {
        const asPublic = createCommerceClient({ baseUrl: base, secretKey: 'pk_test_nope' });
        failsWith(await asPublic.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 1 }] }), 'unauthorized', 'unauthorized');
        failsWith(await asPublic.createCustomer(), 'unauthorized', 'unauthorized');
        failsWith(await asPublic.createOrder('chk_x'), 'unauthorized', 'unauthorized');
      });

      it('rule: a publishable key in any documented shape works (pk_test_…, pk_hc_…, pk_ and hex); a live one gets 401', async () => {
        const request = { type: 'creditCard', owner: owner(), creditCard: { number: '5466160000000008', expirationMonth: 12, expirationYear: 2030, cvv: '123' } } as const;
        for (const publicKey of ['pk_test_2b5d4e6f', 'pk_hc_a1b2c3d4e5f60718293a4b5c6d7e8f90', 'pk_1a2b3c4d5e6f708192a3b4c5d6e7f809']) {
          const created = ok(await createApiClient({ baseUrl: base, publicKey }).createSource(request));
          check.equal(created.state, 'chargeable', `source made with ${publicKey}`);
        }
        failsWith(await createApiClient({ baseUrl: base, publicKey: 'pk_live_real' }).createSource(request), 'unauthorized', 'unauthorized');
      });

      it('rule: a missing or wrong key gets 401 with the usual error shape', async () => {
        for (const headers of <Record<string, string>[]>[{}, { Authorization: 'Bearer sk_live_real' }, { Authorization: 'Basic abc' }]) {
          const res = await fetch(`${base}/customers`, { method: 'POST', headers, body: '{}' });
          check.equal(res.status, 401, `status with ${show(headers)}`);
          check.equal((await res.json()).errors[0].code, 'unauthorized', 'error code');
        }
      });

      it('rule: a publishable key reads a source only with its client secret', async () => {
        const src = await card();
        failsWith(await pk.retrieveSource(src.id, 'src_wrong_secret_x'), 'not_found', 'not_found');
        check.equal(ok(await pk.retrieveSource(src.id, src.clientSecret)).id, src.id, 'id read with the client secret');
        check.equal(ok(await sk.retrieveSource(src.id)).id, src.id, 'id read with the secret key');
      });

      it('rule: answers carry CORS headers and preflights succeed', async () => {
        const res = await fetch(`${base}/checkouts`, { method: 'OPTIONS' });
        check.equal(res.status, 204, 'status');
        check.includes(res.headers.get('access-control-allow-headers'), 'Authorization');
      });
    });

    describe('payment methods', () => {
      it('rule: card sources are synchronous: chargeable or failed at once', async () => {
        check.equal((await card()).state, 'chargeable', 'state');
        check.equal((await card('4000000000003295')).state, 'failed', 'state of 4000000000003295');
      });

      it('rule: Google Pay and Apple Pay are synchronous standard-flow sources', async () => {
        for (const type of ['googlePay', 'applePay'] as const) {
          const src = await source({ type } as CreateAnySourceRequest);
          check.matches(src, { state: 'chargeable', flow: 'standard', reusable: false }, type);
        }
      });

      it('rule: PayPal starts pending_redirect with a redirect URL; approval makes it chargeable', async () => {
        const src = await source({ type: 'payPal', owner: owner(), payPal: { returnUrl: 'https://shop.example/back' } });
        check.matches(src, { state: 'pending_redirect', flow: 'redirect' }, 'source');
        check.includes(src.redirect?.redirectUrl, src.id);
        const res = await fetch(`${base}/__sandbox/sources/${src.id}/approve`, { method: 'POST' });
        check.equal((await res.json()).state, 'chargeable', 'state after approval');
      });

      it('rule: a declined redirect fails the source', async () => {
        const src = await source({ type: 'directDebit', owner: owner(), directDebit: { returnUrl: 'https://shop.example/back' } });
        check.equal(sandbox.declineRedirect(src.id).state, 'failed', 'state');
      });

      it('rule: a wire transfer starts pending_funds with instructions until the funds arrive', async () => {
        const src = await source({ type: 'wireTransfer', owner: owner() });
        check.matches(src, { state: 'pending_funds', flow: 'receiver' }, 'source');
        check.equal(typeof src.wireTransfer?.iban, 'string', 'typeof wireTransfer.iban');
        check.equal(sandbox.receiveFunds(src.id).state, 'chargeable', 'state after funds');
      });

      it('rule: a wire-transfer order waits for funds, then its charge becomes capturable', async () => {
        const src = await source({ type: 'wireTransfer', owner: owner() });
        const chk = await checkout(40, { sourceId: src.id });
        const order = ok(await sk.createOrder(chk.id));
        check.equal(order.state, 'pending_payment', 'order state');
        await fetch(`${base}/__sandbox/sources/${src.id}/funds`, { method: 'POST' });
        const after = ok(await sk.retrieveOrder(order.id));
        check.equal(after.charges[0]!.state, 'capturable', 'charge state');
        check.equal(await stateOf(src.id), 'consumed', 'source state');
      });

      it('rule: a 3-D Secure card starts requires_action until authenticated', async () => {
        const src = await card('4917610000000000', '737', 3, 2030);
        check.equal(src.state, 'requires_action', 'state');
        const result = ok(await pk.authenticateSource(src.id, src.clientSecret, { sessionId: 'ps_1' }));
        check.equal(result.status, 'complete', 'authentication status');
        check.equal(result.source.state, 'chargeable', 'state after authentication');
        const again = ok(await pk.authenticateSource(src.id, src.clientSecret, {}));
        check.equal(again.status, 'authentication_not_required', 'second authentication status');
      });

      it('rule: a failed 3-D Secure challenge fails the source', async () => {
        const src = await card('5454545454545454', '737', 3, 2030);
        const result = ok(await pk.authenticateSource(src.id, src.clientSecret, { challengeResult: 'decline' }));
        check.matches(result, { status: 'failed' }, 'authentication');
        check.equal(result.source.state, 'failed', 'state');
      });

      it('rule: redirect methods take their scenario from owner.lastName (SourceFail)', async () => {
        const src = await source({ type: 'payPal', owner: owner('SourceFail'), payPal: { returnUrl: 'https://shop.example/' } });
        check.equal(src.state, 'failed', 'state');
      });

      it('rule: update changes only the owner and the card expiration', async () => {
        const src = await card();
        const updated = ok(await pk.updateSource(src.id, src.clientSecret, { owner: owner('Byron'), creditCard: { expirationMonth: 1, expirationYear: 2031 } }));
        check.equal(updated.owner?.lastName, 'Byron', 'owner.lastName');
        check.matches(updated.creditCard, { expirationMonth: 1, expirationYear: 2031, lastFourDigits: '0008' }, 'creditCard');
        const refused = await pk.updateSource(src.id, src.clientSecret, { reusable: true, creditCard: { brand: 'Visa' } } as never);
        failsWith(refused, 'bad_request', 'invalid_parameter');
        check.includes(refused.error!.errors.map((e) => e.parameter), 'reusable', 'creditCard.brand');
      });

      it('rule: the methods offered follow the payment session (currency, billing country, amount) or the filters', async () => {
        const types = (answer: { paymentMethods: { type: string }[] }) => answer.paymentMethods.map((method) => method.type);
        const euros = ok(await sk.createCheckout({ currency: 'EUR', items: [{ quantity: 1, price: 450 }], billTo: { address: { country: 'FR' } } }));
        const inFrance = ok(await pk.retrieveAvailablePaymentMethods({ sessionId: euros.payment.session.id }));
        check.deepEqual(inFrance.sessionInformation, { currency: 'EUR', country: 'FR', amount: '450.00' }, 'sessionInformation');
        check.deepEqual(types(inFrance), ['creditCard', 'payPal', 'directDebit', 'wireTransfer', 'googlePay', 'applePay'], 'methods in France');
        // No billTo: the sandbox takes the US; dollars leave direct debit out, and a large amount PayPal.
        const dollars = await checkout(20_000);
        check.deepEqual(types(ok(await pk.retrieveAvailablePaymentMethods({ sessionId: dollars.payment.session.id }))), ['creditCard', 'wireTransfer', 'googlePay', 'applePay'], 'methods of a large US checkout');
        check.deepEqual(types(ok(await pk.retrieveAvailablePaymentMethods({ country: 'DE', supportsStorage: false }))), ['wireTransfer', 'applePay'], 'methods that cannot be saved');
        failsWith(await pk.retrieveAvailablePaymentMethods({ sessionId: 'ps_unknown' }), 'not_found', 'not_found');
        failsWith(await pk.retrieveAvailablePaymentMethods({ currency: 'EURO' }), 'bad_request', 'invalid_parameter');
      });
    });

    describe('checkouts', () => {
      it('rule: the payment session moves from requires_source to requires_confirmation to complete', async () => {
        const chk = await checkout(50);
        check.matches(chk.payment.session, { state: 'requires_source', amountContributed: 0, amountRemainingToBeContributed: 50 }, 'session');
        const attached = ok(await sk.updateCheckout(chk.id, { sourceId: (await card()).id }));
        check.matches(attached.payment.session, { state: 'requires_confirmation', amountContributed: 50, amountRemainingToBeContributed: 0 }, 'session');
        ok(await sk.createOrder(chk.id));
        check.equal(ok(await sk.retrieveCheckout(chk.id)).payment.session.state, 'complete', 'session state');
      });

      it('rule: a source can be attached by body and by path', async () => {
        const byBody = ok(await sk.updateCheckout((await checkout()).id, { sourceId: (await card()).id }));
        const byPath = ok(await sk.attachSource((await checkout()).id, (await card()).id));
        check.equal(byBody.sources.length, 1, 'sources attached by body');
        check.equal(byPath.sources.length, 1, 'sources attached by path');
      });

      it('rule: one primary per checkout; a new primary replaces the old one', async () => {
        const chk = await checkout();
        const first = await card();
        const second = await card('6011987698769876');
        ok(await sk.attachSource(chk.id, first.id));
        const after = ok(await sk.attachSource(chk.id, second.id));
        check.deepEqual(after.sources.map((s) => s.id), [second.id], 'source ids');
        check.equal(await stateOf(first.id), 'cancelled', 'state of the replaced source');
      });

      it('rule: secondary amounts are capped by totalAmount (409 amount_exceeds_total)', async () => {
        const chk = await checkout(100);
        ok(await sk.attachSource(chk.id, (await credit(60)).id));
        failsWith(await sk.attachSource(chk.id, (await credit(50)).id), 'conflict', 'amount_exceeds_total');
        const after = ok(await sk.retrieveCheckout(chk.id));
        check.atMost(after.sources.reduce((sum, s) => sum + s.amount, 0), 100, 'sum of source amounts');
      });

      it('rule: secondaries before a single-use primary; after it -> 409 session_update_not_allowed', async () => {
        const chk = await checkout(100);
        ok(await sk.attachSource(chk.id, (await credit(30)).id));
        const withPrimary = ok(await sk.attachSource(chk.id, (await card()).id));
        check.equal(withPrimary.sources.find((s) => s.type === 'creditCard')?.amount, 70, 'primary amount');
        failsWith(await sk.attachSource(chk.id, (await credit(10)).id), 'conflict', 'session_update_not_allowed');
      });

      it('rule: a reusable primary\'s amount shrinks by each secondary', async () => {
        const cus = await customer();
        const saved = ok(await sk.saveSource(cus.id, (await card()).id));
        const chk = await checkout(100, { customerId: cus.id, sourceId: saved.id });
        ok(await sk.attachSource(chk.id, (await credit(25)).id));
        const after = ok(await sk.attachSource(chk.id, (await credit(15)).id));
        check.equal(after.sources.find((s) => s.id === saved.id)?.amount, 60, 'primary amount');
        check.equal(after.payment.session.amountContributed, 100, 'amountContributed');
      });

      it('rule: detach answers 204 and cancels a single-use source; reattaching -> 409 source_status_invalid_for_session', async () => {
        const chk = await checkout();
        const src = await card();
        ok(await sk.attachSource(chk.id, src.id));
        const detached = await sk.detachSource(chk.id, src.id);
        check.equal(detached.error, undefined, 'detach error');
        check.equal(await stateOf(src.id), 'cancelled', 'state');
        failsWith(await sk.attachSource(chk.id, src.id), 'conflict', 'source_status_invalid_for_session');
      });

      it('rule: a bad checkout body gets 400 naming each bad parameter', async () => {
        const bad = await sk.createCheckout({ currency: 'usd', items: [{ quantity: 0, price: -1 }] });
        failsWith(bad, 'bad_request', 'invalid_parameter');
        check.includes(bad.error!.errors.map((e) => e.parameter), 'currency', 'items.0.quantity', 'items.0.price');
      });
    });

    describe('customers', () => {
      it('rule: saving a source to a customer makes it reusable', async () => {
        const saved = ok(await sk.saveSource((await customer()).id, (await card()).id));
        check.equal(saved.reusable, true, 'reusable');
      });

      it('rule: the first saved source becomes the default; defaultSourceId can be changed', async () => {
        const cus = await customer();
        const a = ok(await sk.saveSource(cus.id, (await card()).id));
        const b = ok(await sk.saveSource(cus.id, (await card('3528987698769879')).id));
        check.equal(ok(await sk.retrieveCustomer(cus.id)).defaultSourceId, a.id, 'defaultSourceId');
        check.equal(ok(await sk.updateCustomer(cus.id, { defaultSourceId: b.id })).defaultSourceId, b.id, 'defaultSourceId after update');
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
        check.equal((await sk.removeSource(cus.id, src.id)).error, undefined, 'remove error');
        check.equal(await stateOf(src.id), 'cancelled', 'state');
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
        check.equal(await stateOf(saved.id), 'chargeable', 'state of the saved source');
        const once = await card('30345678901235');
        ok(await sk.createOrder((await checkout(10, { sourceId: once.id })).id));
        check.equal(await stateOf(once.id), 'consumed', 'state of the single-use source');
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
        check.deepEqual(roles, ['secondary', 'secondary', 'primary'], 'capture order');
        check.equal(captured.state, 'complete', 'order state');
      });

      it('rule: cancels run the primary charge first, then secondaries', async () => {
        const order = await orderWith('5466160000000008', [10]);
        const cancelled = ok(await sk.cancelOrder(order.id));
        check.deepEqual(cancelled.events.map((e) => cancelled.charges.find((c) => c.id === e.chargeId)!.role), ['primary', 'secondary'], 'cancel order');
        check.equal(cancelled.state, 'cancelled', 'order state');
      });

      it('rule: refunds run the primary charge first, then secondaries', async () => {
        const order = await orderWith('5466160000000008', [10]);
        ok(await sk.captureOrder(order.id));
        const refunded = ok(await sk.refundOrder(order.id));
        const refunds = refunded.events.filter((e) => e.action === 'refund');
        check.deepEqual(refunds.map((e) => refunded.charges.find((c) => c.id === e.chargeId)!.role), ['primary', 'secondary'], 'refund order');
      });

      it('rule: card 4000000000003600 is declined when the order is created', async () => {
        const chk = await checkout(10, { sourceId: (await card('4000000000003600')).id });
        failsWith(await sk.createOrder(chk.id), 'card_error', 'card_declined');
      });

      it('rule: card 4000000000004103 fails its capture', async () => {
        const captured = ok(await sk.captureOrder((await orderWith('4000000000004103')).id));
        check.equal(captured.charges[0]!.state, 'failed', 'charge state');
        check.equal(captured.charges[0]!.captures[0]!.state, 'failed', 'capture state');
      });

      it('rule: card 4000000000004111 fails its refund', async () => {
        const order = await orderWith('4000000000004111');
        ok(await sk.captureOrder(order.id));
        check.equal(ok(await sk.refundOrder(order.id)).charges[0]!.refunds[0]!.state, 'failed', 'refund state');
      });

      it('rule: card 4000000000004442 fails its cancel', async () => {
        const cancelled = ok(await sk.cancelOrder((await orderWith('4000000000004442')).id));
        check.equal(cancelled.charges[0]!.cancels[0]!.state, 'failed', 'cancel state');
        check.equal(cancelled.charges[0]!.state, 'capturable', 'charge state');
      });

      it('rule: card 4485951788521565 captures pending, then fails', async () => {
        const order = await orderWith('4485951788521565');
        check.equal(ok(await sk.captureOrder(order.id)).charges[0]!.captures[0]!.state, 'pending', 'capture state');
        sandbox.clock.advance(PENDING_FAILS_AFTER_MS + 1);
        check.equal(ok(await sk.retrieveOrder(order.id)).charges[0]!.captures[0]!.state, 'failed', 'capture state later');
      });

      it('rule: card 4556602564240839 refunds pending, then fails', async () => {
        const order = await orderWith('4556602564240839');
        ok(await sk.captureOrder(order.id));
        check.equal(ok(await sk.refundOrder(order.id)).charges[0]!.refunds[0]!.state, 'pending', 'refund state');
        sandbox.clock.advance(PENDING_FAILS_AFTER_MS + 1);
        check.equal(ok(await sk.retrieveOrder(order.id)).charges[0]!.refunds[0]!.state, 'failed', 'refund state later');
      });

      it('rule: cards 4024007120579635 and 4000000000000028 keep their capture pending', async () => {
        for (const number of ['4024007120579635', '4000000000000028']) {
          const order = await orderWith(number);
          ok(await sk.captureOrder(order.id));
          sandbox.clock.advance(24 * 3600 * 1000);
          check.equal(ok(await sk.retrieveOrder(order.id)).charges[0]!.captures[0]!.state, 'pending', `capture state of ${number}`);
        }
      });

      it('rule: a stale card security code is declined at order time; a fresh one renews it', async () => {
        const src = await card();
        const chk = await checkout(10, { sourceId: src.id });
        sandbox.clock.advance(sandbox.cvcLifetimeMs + 1000);
        const declined = await sk.createOrder(chk.id);
        failsWith(declined, 'card_error', 'card_declined');
        check.equal(declined.error!.errors[0]!.parameter, 'creditCard.cvv', 'error parameter');
        ok(await pk.authenticateSource(src.id, src.clientSecret, { cvv: '321' }));
        check.equal(ok(await sk.createOrder(chk.id)).state, 'accepted', 'order state');
      });
    });

    describe('control', () => {
      it('rule: the clock moves forward over HTTP and from the Sandbox object', async () => {
        const before = sandbox.clock.now().getTime();
        const res = await fetch(`${base}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 3_600_000 }) });
        check.atLeast(Date.parse((await res.json()).now) - before, 3_600_000, 'clock moved (HTTP answer)');
        check.atLeast(sandbox.clock.now().getTime() - before, 3_600_000, 'clock moved (Sandbox object)');
      });

      it('rule: reset over HTTP forgets everything', async () => {
        const src = await card();
        await fetch(`${base}/__sandbox/reset`, { method: 'POST' });
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
          await fetch(`${base}/__sandbox/scenario`, { method: 'POST', body: JSON.stringify({ ...scenario, endpoint: 'POST /sources', times: 1 }) });
          failsWith(await pk.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 1, expirationYear: 2030, cvv: '123' } }), type, code);
        }
        sandbox.setScenario({ name: 'timeout', endpoint: 'GET /sources/:id' });
        const quick = createApiClient({ baseUrl: base, publicKey: 'pk_test_x', timeoutMs: 100 });
        failsWith(await quick.retrieveSource('src_x', 's'), 'request_timeout', 'request_timeout');
        check.equal((await card()).state, 'chargeable', 'state on an unaffected endpoint');
      });

      it('rule: the latency scenario delays answers without changing them', async () => {
        sandbox.setScenario({ name: 'latency', latencyMs: 150 });
        const started = performance.now();
        check.equal((await card()).state, 'chargeable', 'state');
        check.atLeast(performance.now() - started, 140, 'milliseconds taken');
      });
    });
  });
}
