/**
 * Long random sequences of API calls against one sandbox, checking its invariants after every call:
 * - a consumed or cancelled source never changes state again, and every move follows SOURCE_TRANSITIONS;
 * - a checkout never holds two primary sources, and its source amounts never exceed its totalAmount;
 * - `reusable` becomes true only by saving the source to a customer;
 * - nothing that was created is lost; no answer is a 5xx or fails its schema.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { getResponse } from 'msw';
import { createApiClient } from '../../src/api/client.js';
import { createCommerceClient } from '../../src/api/commerce-client.js';
import type { ApiResult } from '../../src/api/request.js';
import { createHandlers } from '../../src/sandbox/handlers.js';
import { createControls } from '../../src/sandbox/controls.js';
import { PAYMENT_METHODS, SOURCE_TRANSITIONS } from '../../src/sandbox/payment-methods.data.js';
import { createSandboxState } from '../../src/sandbox/state.js';

export const NUM_RUNS = Number(process.env.SANDBOX_PROPERTY_RUNS ?? 200);
const MIN_COMMANDS = 30;
const MAX_COMMANDS = 120;
const BASE = 'http://sandbox.test';

const state = createSandboxState({ baseUrls: [BASE] });
const controls = createControls(state);
const handlers = createHandlers({ state, baseUrls: [BASE] });
// Straight to the handlers: no sockets, no interception, so hundreds of sequences run in seconds.
const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) =>
  (await getResponse(handlers, new Request(input, init))) ?? new Response('unhandled', { status: 599 })) as typeof fetch;
const pk = createApiClient({ baseUrl: BASE, publicKey: 'pk_test_prop', fetch: fetchImpl });
const sk = createCommerceClient({ baseUrl: BASE, secretKey: 'sk_test_prop', fetch: fetchImpl });

const CARDS = ['5466160000000008', '4000000000003295', '4917610000000000', '4000000000003600', '4000000000004103', '4000000000004111', '4000000000004442', '4485951788521565', '4556602564240839', '4024007120579635'];
const LAST_NAMES = ['Lovelace', 'SourceFail', 'ChargeFail', 'CaptureFail', 'RefundFail', 'CancelFail'];
const OTHER_TYPES = ['googlePay', 'applePay', 'payPal', 'directDebit', 'wireTransfer'] as const;

const i = fc.nat(50);
const command = fc.oneof(
  fc.record({ k: fc.constant('card' as const), card: fc.constantFrom(...CARDS) }),
  fc.record({ k: fc.constant('other' as const), type: fc.constantFrom(...OTHER_TYPES), lastName: fc.constantFrom(...LAST_NAMES) }),
  fc.record({ k: fc.constant('credit' as const), amount: fc.integer({ min: 1, max: 120 }) }),
  fc.record({ k: fc.constant('checkout' as const), total: fc.integer({ min: 1, max: 200 }), customer: fc.option(i) }),
  fc.record({ k: fc.constant('customer' as const) }),
  fc.record({ k: fc.constant('attach' as const), chk: i, src: i, byBody: fc.boolean() }),
  fc.record({ k: fc.constant('detach' as const), chk: i, src: i }),
  fc.record({ k: fc.constant('items' as const), chk: i, total: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ k: fc.constant('save' as const), cus: i, src: i }),
  fc.record({ k: fc.constant('remove' as const), cus: i, src: i }),
  fc.record({ k: fc.constant('default' as const), cus: i, src: i }),
  fc.record({ k: fc.constant('order' as const), chk: i }),
  fc.record({ k: fc.constant('orderAction' as const), ord: i, action: fc.constantFrom('capture', 'cancel', 'refund') }),
  fc.record({ k: fc.constant('shopper' as const), src: i, action: fc.constantFrom('approve', 'decline', 'funds', 'authenticate', 'authenticateFail') }),
  fc.record({ k: fc.constant('clock' as const), ms: fc.integer({ min: 0, max: 20 * 60 * 1000 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer T> ? T : never;

interface World {
  sources: { id: string; clientSecret: string }[];
  checkouts: string[];
  customers: string[];
  orders: string[];
  saved: Set<string>;
  lastState: Map<string, string>;
  historyLength: Map<string, number>;
}

const pick = <T>(list: T[], index: number): T | undefined => (list.length ? list[index % list.length] : undefined);

/** Any result is fine except a sandbox fault or an answer that fails its schema. */
const outcomes = new Map<string, number>();
function healthy(result: ApiResult<unknown>): boolean {
  assert.ok(!result.error || result.error.type !== 'api_error', `sandbox fault: ${JSON.stringify(result.error)}`);
  assert.ok(!result.error || result.error.type !== 'network_error');
  const key = result.error ? result.error.errors[0]!.code : 'ok';
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  return !result.error;
}

async function run(world: World, c: Command): Promise<void> {
  const src = 'src' in c ? pick(world.sources, c.src) : undefined;
  const chk = 'chk' in c ? pick(world.checkouts, c.chk) : undefined;
  const cus = 'cus' in c ? pick(world.customers, c.cus) : undefined;
  switch (c.k) {
    case 'card': {
      const r = await pk.createSource({ type: 'creditCard', creditCard: { number: c.card, expirationMonth: 3, expirationYear: 2030, cvv: '737' } });
      if (healthy(r)) world.sources.push(r.data!);
      return;
    }
    case 'other': {
      const r = await sk.createSource({ type: c.type, owner: { firstName: 'A', lastName: c.lastName, email: 'a@example.test' }, payPal: { returnUrl: 'https://s.example/' }, directDebit: { returnUrl: 'https://s.example/' } } as never);
      if (healthy(r)) world.sources.push(r.data!);
      return;
    }
    case 'credit': {
      const r = await sk.createSource({ type: 'customerCredit', amount: c.amount, currency: 'USD' });
      if (healthy(r)) world.sources.push(r.data!);
      return;
    }
    case 'checkout': {
      const customerId = c.customer === null ? undefined : pick(world.customers, c.customer);
      const r = await sk.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: c.total }], customerId });
      if (healthy(r)) world.checkouts.push(r.data!.id);
      return;
    }
    case 'customer': {
      const r = await sk.createCustomer({});
      if (healthy(r)) world.customers.push(r.data!.id);
      return;
    }
    case 'attach':
      if (chk && src) healthy(c.byBody ? await sk.updateCheckout(chk, { sourceId: src.id }) : await sk.attachSource(chk, src.id));
      return;
    case 'detach':
      if (chk && src) healthy(await sk.detachSource(chk, src.id));
      return;
    case 'items':
      if (chk) healthy(await sk.updateCheckout(chk, { items: [{ quantity: 1, price: c.total }] }));
      return;
    case 'save':
      if (cus && src && healthy(await sk.saveSource(cus, src.id))) world.saved.add(src.id);
      return;
    case 'remove':
      if (cus && src) healthy(await sk.removeSource(cus, src.id));
      return;
    case 'default':
      if (cus && src) healthy(await sk.updateCustomer(cus, { defaultSourceId: src.id }));
      return;
    case 'order': {
      if (!chk) return;
      const r = await sk.createOrder(chk);
      if (healthy(r)) world.orders.push(r.data!.id);
      return;
    }
    case 'orderAction': {
      const ord = pick(world.orders, c.ord);
      if (ord) healthy(c.action === 'capture' ? await sk.captureOrder(ord) : c.action === 'cancel' ? await sk.cancelOrder(ord) : await sk.refundOrder(ord));
      return;
    }
    case 'shopper': {
      if (!src) return;
      if (c.action.startsWith('authenticate')) {
        healthy(await pk.authenticateSource(src.id, src.clientSecret, { challengeResult: c.action === 'authenticate' ? 'approve' : 'decline' }));
        return;
      }
      const res = await fetchImpl(`${BASE}/__sandbox/sources/${src.id}/${c.action}`, { method: 'POST' });
      assert.ok(res.status < 500, `control fault ${res.status}`);
      return;
    }
    case 'clock':
      controls.clock.advance(c.ms);
      return;
  }
}

function checkInvariants(world: World): void {
  const { store } = state;
  assert.deepEqual(state.faults, [], 'the sandbox hit an internal error');
  // Nothing created is lost.
  for (const s of world.sources) assert.ok(store.sources.has(s.id), 'lost a source');
  for (const id of world.checkouts) assert.ok(store.checkouts.has(id), 'lost a checkout');
  for (const id of world.customers) assert.ok(store.customers.has(id), 'lost a customer');
  for (const id of world.orders) assert.ok(store.orders.has(id), 'lost an order');

  for (const [id, record] of store.sources) {
    const { state: now, reusable } = record.source;
    const before = world.lastState.get(id);
    if (before === 'consumed' || before === 'cancelled' || before === 'failed') assert.equal(now, before, `${id} left final state ${before}`);
    world.lastState.set(id, now);
    // Every move in the history is one the documented machine allows.
    const history = record.history;
    assert.ok(history.length >= (world.historyLength.get(id) ?? 0), 'history shrank');
    world.historyLength.set(id, history.length);
    for (let n = 1; n < history.length; n++) {
      assert.ok(SOURCE_TRANSITIONS[history[n - 1]!].includes(history[n]!), `illegal move ${history[n - 1]} -> ${history[n]}`);
    }
    assert.equal(history.at(-1), now, 'state changed outside moveSource');
    if (reusable) assert.ok(world.saved.has(id), `${id} became reusable without being saved`);
  }

  for (const checkout of store.checkouts.values()) {
    const primaries = checkout.attachments.filter((a) => !PAYMENT_METHODS[store.sources.get(a.sourceId)!.source.type].secondary);
    assert.ok(primaries.length <= 1, 'two primary sources on one checkout');
    const sum = checkout.attachments.reduce((total, a) => total + a.amount, 0);
    assert.ok(sum <= checkout.totalAmount + 1e-9, `sources (${sum}) exceed totalAmount (${checkout.totalAmount})`);
    for (const a of checkout.attachments) assert.ok(a.amount >= 0, 'negative source amount');
  }
}

describe('sandbox invariants under random API call sequences', () => {
  it(`hold for ${NUM_RUNS} sequences of ${MIN_COMMANDS}-${MAX_COMMANDS} calls`, async () => {
    let sequences = 0;
    const failures = new Set<string>();
    after(() => failures.size && console.log(`[property] failures seen:\n${[...failures].slice(-5).join('\n')}`));
    let calls = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: MIN_COMMANDS, maxLength: MAX_COMMANDS, size: 'max' }), async (commands) => {
        sequences++;
        controls.reset();
        const world: World = { sources: [], checkouts: [], customers: [], orders: [], saved: new Set(), lastState: new Map(), historyLength: new Map() };
        for (const [n, c] of commands.entries()) {
          calls++;
          try {
            await run(world, c);
            checkInvariants(world);
          } catch (error) {
            failures.add(`step ${n} ${c.k}: ${(error as Error).message}`);
            throw error;
          }
        }
      }),
      { numRuns: NUM_RUNS, seed: process.env.SANDBOX_PROPERTY_SEED ? Number(process.env.SANDBOX_PROPERTY_SEED) : undefined, verbose: 1 },
    );
    console.log(`[property] ${sequences} sequences, ${calls} calls; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`);
  });
});
