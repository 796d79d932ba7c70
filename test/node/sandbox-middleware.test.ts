/** The sandbox middleware (`/sandbox-api`, with `~name` tenants) on a loopback server, driven by `connectSandbox`. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApiClient } from '../../src/api/client.js';
import { createCommerceClient } from '../../src/api/commerce-client.js';
import { createSandboxMiddleware, type SandboxMiddleware } from '../../src/sandbox/node-requests.js';
import { connectSandbox, newTenantUrl, RemoteSandboxError } from '../../src/sandbox/remote.js';

const card = { number: '4444222233331111', expirationMonth: 12, expirationYear: 2030, cvv: '123' };
const MINUTE = 60_000;

let server: Server;
let middleware: SandboxMiddleware;
/** `http://127.0.0.1:PORT` and the same server as `http://localhost:PORT` (a page and its frames). */
let origin: string;
let otherOrigin: string;

describe('sandbox middleware with tenants', () => {
  before(async () => {
    middleware = createSandboxMiddleware({ prefix: '/sandbox-api', cvcLifetimeMs: 5 * MINUTE });
    server = createServer((req, res) =>
      middleware(req, res, () => res.writeHead(200, { 'Content-Type': 'text/plain' }).end('not the sandbox')),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    origin = `http://127.0.0.1:${port}`;
    otherOrigin = `http://localhost:${port}`;
  });
  after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it('passes other paths on to the next middleware', async () => {
    for (const path of ['/', '/sandbox-apix/sources', '/index.html']) {
      const res = await fetch(`${origin}${path}`);
      assert.equal(await res.text(), 'not the sandbox', path);
    }
  });

  it('answers the API below a tenant, and the same tenant from the other host name', async () => {
    const tenant = newTenantUrl(origin);
    assert.match(tenant, new RegExp(`^${origin}/sandbox-api/~[0-9a-f]{16}$`));
    const pk = createApiClient({ baseUrl: tenant.replace(origin, otherOrigin), publicKey: 'pk_test_frame' });
    const { data: source } = await pk.createSource({ type: 'creditCard', creditCard: card });
    assert.equal(source?.state, 'chargeable');
    // The storefront's server code in the page (other host name) attaches the source the frame made.
    const sk = createCommerceClient({ baseUrl: tenant, secretKey: 'sk_test_page' });
    const { data: checkout } = await sk.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 10 }] });
    const attached = await sk.attachSource(checkout!.id, source!.id);
    assert.equal(attached.data?.payment.session.state, 'requires_confirmation');
  });

  it('keeps tenants apart: store, clock and scenarios', async () => {
    const a = await connectSandbox(newTenantUrl(origin));
    const b = await connectSandbox(newTenantUrl(origin));
    const pkA = createApiClient({ baseUrl: a.url, publicKey: 'pk_test_a' });
    const pkB = createApiClient({ baseUrl: b.url, publicKey: 'pk_test_b' });
    await pkA.createSource({ type: 'creditCard', creditCard: card });
    assert.equal((await a.sources()).length, 1);
    assert.deepEqual(await b.sources(), []);

    await a.clock.advance(60 * MINUTE);
    await b.clock.sync();
    assert.ok(a.clock.now().getTime() - b.clock.now().getTime() > 59 * MINUTE);

    await a.setScenario({ name: 'server_error', endpoint: 'POST /sources' });
    assert.equal((await pkA.createSource({ type: 'creditCard', creditCard: card })).error?.type, 'api_error');
    assert.equal((await pkB.createSource({ type: 'creditCard', creditCard: card })).data?.state, 'chargeable');
    assert.deepEqual(await b.scenarios(), []);
    assert.equal((await a.scenarios()).length, 1);
    await a.setScenario(null);
    assert.deepEqual(await a.scenarios(), []);
  });

  it('mirrors the clock synchronously and follows each change', async () => {
    const sandbox = await connectSandbox(newTenantUrl(origin));
    assert.equal(sandbox.cvcLifetimeMs, 5 * MINUTE);
    assert.ok(Math.abs(sandbox.clock.now().getTime() - Date.now()) < 1000);
    const moved = await sandbox.clock.advance(10 * MINUTE);
    assert.ok(Math.abs(sandbox.clock.now().getTime() - moved.getTime()) < 1000);
    assert.ok(Math.abs(sandbox.clock.now().getTime() - (Date.now() + 10 * MINUTE)) < 1000);
    const server = middleware.tenant(new URL(sandbox.url).pathname.split('~')[1]);
    assert.ok(Math.abs(server.clock.now().getTime() - sandbox.clock.now().getTime()) < 1000);

    await sandbox.clock.set('2031-05-01T10:00:00Z');
    assert.ok(Math.abs(sandbox.clock.now().getTime() - Date.parse('2031-05-01T10:00:00Z')) < 1000);
    await sandbox.clock.reset();
    assert.ok(Math.abs(sandbox.clock.now().getTime() - Date.now()) < 1000);
    await assert.rejects(sandbox.clock.advance(-1), (error: unknown) => error instanceof RemoteSandboxError && error.status === 400);
  });

  it('resets a tenant: empty store, no scenarios, real time', async () => {
    const sandbox = await connectSandbox(newTenantUrl(otherOrigin));
    const pk = createApiClient({ baseUrl: sandbox.url, publicKey: 'pk_test_reset' });
    await pk.createSource({ type: 'creditCard', creditCard: card });
    await sandbox.clock.advance(30 * MINUTE);
    await sandbox.setScenario([{ name: 'latency', latencyMs: 1 }]);
    await sandbox.reset();
    assert.deepEqual(await sandbox.sources(), []);
    assert.deepEqual(await sandbox.scenarios(), []);
    assert.ok(Math.abs(sandbox.clock.now().getTime() - Date.now()) < 1000);
  });

  it('a stale security code is declined after the clock moves past the tenant lifetime', async () => {
    const sandbox = await connectSandbox(newTenantUrl(origin));
    const pk = createApiClient({ baseUrl: sandbox.url, publicKey: 'pk_test_cvc' });
    const sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_cvc' });
    const { data: source } = await pk.createSource({ type: 'creditCard', creditCard: card });
    const { data: checkout } = await sk.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 10 }], sourceId: source!.id });
    await sandbox.clock.advance(sandbox.cvcLifetimeMs + 1000);
    const order = await sk.createOrder(checkout!.id);
    assert.equal(order.error?.errors[0]?.code, 'card_declined');
  });

  it('redirects, funds and 3-D Secure pages point at the tenant base', async () => {
    const sandbox = await connectSandbox(newTenantUrl(origin));
    const sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_pages' });
    const { data: paypal } = await sk.createSource({ type: 'payPal', payPal: { returnUrl: 'https://shop.example/done' } });
    const redirectUrl = new URL(paypal!.redirect!.redirectUrl);
    assert.equal(redirectUrl.href.split('?')[0], `${sandbox.url}/__sandbox/redirect`);
    assert.match(await (await fetch(redirectUrl)).text(), /Approve payment/);
    assert.equal((await sandbox.approveRedirect(paypal!.id)).state, 'chargeable');

    const { data: paypal2 } = await sk.createSource({ type: 'payPal', payPal: { returnUrl: 'https://shop.example/done' } });
    assert.equal((await sandbox.declineRedirect(paypal2!.id)).state, 'failed');

    const { data: wire } = await sk.createSource({ type: 'wireTransfer', wireTransfer: {} });
    assert.equal(wire?.state, 'pending_funds');
    assert.equal((await sandbox.receiveFunds(wire!.id)).state, 'chargeable');

    const pk = createApiClient({ baseUrl: sandbox.url.replace(origin, otherOrigin), publicKey: 'pk_test_3ds' });
    const { data: threeDs } = await pk.createSource({
      type: 'creditCard',
      creditCard: { number: '5454545454545454', expirationMonth: 3, expirationYear: 2030, cvv: '737' },
    });
    const challenge = new URL(threeDs!.authentication!.challengeUrl);
    assert.equal(challenge.origin, otherOrigin);
    assert.equal(challenge.pathname, '/sandbox/challenge.html');
    const api = challenge.searchParams.get('api')!;
    assert.equal(api, sandbox.url.replace(origin, otherOrigin));
    const answered = await fetch(`${api}/__sandbox/sources/${threeDs!.id}/challenge`, { method: 'POST', body: JSON.stringify({ result: 'approve' }) });
    assert.equal(answered.status, 200);
    const states = Object.fromEntries((await sandbox.sources()).map((s) => [s.id, s.state]));
    assert.equal(states[threeDs!.id], 'chargeable');
    assert.deepEqual(Object.keys((await sandbox.sources())[0]!).sort(), ['id', 'reusable', 'state', 'type']);
  });

  it('uses a given approval page with the tenant base in ?api=', async () => {
    const withPages = createSandboxMiddleware({ prefix: '/api/', redirectPageUrl: 'http://shop.test/sandbox/redirect.html' });
    const own = createServer((req, res) => withPages(req, res));
    await new Promise<void>((resolve) => own.listen(0, '127.0.0.1', resolve));
    try {
      const base = newTenantUrl(`http://127.0.0.1:${(own.address() as AddressInfo).port}`, '/api');
      const sk = createCommerceClient({ baseUrl: base, secretKey: 'sk_test_pages' });
      const { data: paypal } = await sk.createSource({ type: 'payPal', payPal: { returnUrl: 'https://shop.example/done' } });
      const page = new URL(paypal!.redirect!.redirectUrl);
      assert.equal(page.origin + page.pathname, 'http://shop.test/sandbox/redirect.html');
      assert.equal(page.searchParams.get('api'), base);
      assert.equal(page.searchParams.get('sourceId'), paypal!.id);
      // Without a next(), the middleware answers other paths with a plain 404.
      assert.equal((await fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}/elsewhere`)).status, 404);
    } finally {
      own.closeAllConnections();
      await new Promise((resolve) => own.close(resolve));
    }
  });

  it('the bare prefix is one shared sandbox; bad tenant names are refused', async () => {
    const shared = await connectSandbox(`${origin}/sandbox-api/`);
    assert.equal(shared.url, `${origin}/sandbox-api`);
    await shared.reset();
    const pk = createApiClient({ baseUrl: shared.url, publicKey: 'pk_test_shared' });
    await pk.createSource({ type: 'creditCard', creditCard: card });
    assert.equal(middleware.tenant('').store.sources.size, 1);
    assert.ok(middleware.tenantNames().includes(''));

    const bad = await fetch(`${origin}/sandbox-api/~bad.name!/sources`, { method: 'POST' });
    assert.equal(bad.status, 400);
    assert.equal((await bad.json()).errors[0].parameter, 'tenant');
    const unknown = await fetch(`${origin}/sandbox-api/~known/nowhere`);
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).type, 'not_found');
    const preflight = await fetch(`${origin}/sandbox-api/~known/sources`, { method: 'OPTIONS', headers: { Origin: otherOrigin } });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  });

  it('drops the tenant unused the longest beyond maxTenants', () => {
    const small = createSandboxMiddleware({ prefix: '/s', maxTenants: 2 });
    small.tenant('one');
    small.tenant('two');
    small.tenant('one');
    small.tenant('three');
    assert.deepEqual(small.tenantNames(), ['one', 'three']);
    assert.throws(() => small.tenant('no/slash'));
  });

  it('a network_error scenario drops the connection; a timeout never answers until aborted', async () => {
    const sandbox = await connectSandbox(newTenantUrl(origin));
    const pk = createApiClient({ baseUrl: sandbox.url, publicKey: 'pk_test_net', timeoutMs: 300 });
    await sandbox.setScenario({ name: 'network_error', endpoint: 'POST /sources', times: 1 });
    assert.equal((await pk.createSource({ type: 'creditCard', creditCard: card })).error?.type, 'network_error');
    await sandbox.setScenario({ name: 'timeout', endpoint: 'POST /sources', times: 1 });
    assert.equal((await pk.createSource({ type: 'creditCard', creditCard: card })).error?.type, 'request_timeout');
    assert.equal((await pk.createSource({ type: 'creditCard', creditCard: card })).data?.state, 'chargeable');
  });

  it('connectSandbox rejects clearly when no sandbox answers there', async () => {
    await assert.rejects(connectSandbox(`${origin}/not-a-sandbox`), (error: unknown) => error instanceof RemoteSandboxError);
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(connectSandbox(`http://127.0.0.1:${port}/sandbox-api/~x`), /did not answer/);
  });
});
