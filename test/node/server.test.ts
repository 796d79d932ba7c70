import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApiClient } from '../../src/api/client.js';
import { createCommerceClient } from '../../src/api/commerce-client.js';
import { startSandboxHttpServer, type SandboxHttpServer } from '../../src/sandbox/server.js';

let sandbox: SandboxHttpServer;
const card = { number: '4444222233331111', expirationMonth: 12, expirationYear: 2030, cvv: '123' };

describe('standalone HTTP sandbox (loopback)', () => {
  before(async () => {
    sandbox = await startSandboxHttpServer({ port: 0 });
  });
  after(() => sandbox.close());
  beforeEach(() => sandbox.reset());

  it('answers the clients over a real socket, from any path base', async () => {
    const pk = createApiClient({ baseUrl: sandbox.url, publicKey: 'pk_test_server' });
    const sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_server' });
    const { data: source } = await pk.createSource({ type: 'creditCard', creditCard: card });
    assert.equal(source?.state, 'chargeable');
    const { data: checkout } = await sk.createCheckout({ currency: 'EUR', items: [{ quantity: 3, price: 5 }], sourceId: source!.id });
    assert.equal(checkout?.payment.session.state, 'requires_confirmation');
    const { data: order } = await sk.createOrder(checkout!.id);
    assert.equal(order?.charges[0]?.amount, 15);
  });

  it('answers CORS preflights from other origins', async () => {
    const res = await fetch(`${sandbox.url}/sources`, { method: 'OPTIONS', headers: { Origin: 'https://shop.example' } });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  });

  it('is controlled over HTTP: clock, scenario, reset', async () => {
    const before = sandbox.clock.now().getTime();
    const clock = await (await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: 60_000 }) })).json();
    assert.ok(Date.parse(clock.now) - before >= 60_000);

    await fetch(`${sandbox.url}/__sandbox/scenario`, { method: 'POST', body: JSON.stringify({ name: 'network_error', endpoint: 'POST /sources', times: 1 }) });
    const pk = createApiClient({ baseUrl: sandbox.url, publicKey: 'pk_test_server' });
    assert.equal((await pk.createSource({ type: 'creditCard', creditCard: card })).error?.type, 'network_error');
    assert.equal((await pk.createSource({ type: 'creditCard', creditCard: card })).data?.state, 'chargeable');

    assert.equal((await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' })).status, 204);
    assert.equal(sandbox.store.sources.size, 0);
  });

  it('serves the redirect approval page and sends the shopper back to the store', async () => {
    const sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_server' });
    const { data: paypal } = await sk.createSource({ type: 'payPal', payPal: { returnUrl: 'https://shop.example/done' } });
    const page = await fetch(paypal!.redirect!.redirectUrl);
    assert.match(await page.text(), /Approve payment/);
    const back = await fetch(`${sandbox.url}/__sandbox/sources/${paypal!.id}/approve?redirect=1`, { method: 'POST', redirect: 'manual' });
    assert.equal(back.status, 303);
    assert.equal(back.headers.get('location'), 'https://shop.example/done');
    assert.equal((await sk.retrieveSource(paypal!.id)).data?.state, 'chargeable');
  });
});
