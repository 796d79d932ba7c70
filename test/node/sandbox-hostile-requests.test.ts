/** Requests a hostile client could send the sandbox over HTTP: endless bodies, names that are Object.prototype keys. */
import assert from 'node:assert/strict';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApiClient } from '../../src/api/client.js';
import { createCommerceClient } from '../../src/api/commerce-client.js';
import { createSandboxMiddleware, MAX_BODY_BYTES } from '../../src/sandbox/node-requests.js';
import { startSandboxHttpServer, type SandboxHttpServer } from '../../src/sandbox/server.js';

const card = { number: '4444222233331111', expirationMonth: 12, expirationYear: 2030, cvv: '123' };
let sandbox: SandboxHttpServer;
let middlewareServer: Server;
let middlewareBase: string;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { type?: string; errors?: { code?: string; message?: string }[] };
}

/**
 * POSTs up to `maxBytes` of JSON whitespace and never ends the request, so only a server that answers before the end of
 * the body answers at all. Stops sending once the answer has come.
 */
function upload(url: string, maxBytes: number, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, ' ');
    let sent = 0;
    let answered = false;
    const req = request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer pk_test_hostile', ...headers } });
    req.on('response', (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(Buffer.concat(parts).toString('utf8')) });
      });
      res.on('error', reject);
    });
    // Once answered, the server may close while this side is still writing.
    req.on('error', (error) => answered || reject(error));
    const pump = () => {
      while (!answered && sent < maxBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
    };
    req.flushHeaders();
    pump();
  });
}

function assertTooLarge(answer: Answer): void {
  assert.equal(answer.status, 413);
  assert.equal(answer.headers['access-control-allow-origin'], '*');
  assert.equal(answer.body.type, 'bad_request');
  assert.equal(answer.body.errors?.[0]?.code, 'request_too_large');
  assert.match(answer.body.errors?.[0]?.message ?? '', /larger than the sandbox accepts/);
}

describe('the sandbox over HTTP, against hostile requests', () => {
  before(async () => {
    sandbox = await startSandboxHttpServer({ port: 0 });
    const middleware = createSandboxMiddleware({ prefix: '/sandbox-api' });
    middlewareServer = createServer((req, res) => middleware(req, res));
    await new Promise<void>((resolve) => middlewareServer.listen(0, '127.0.0.1', resolve));
    middlewareBase = `http://127.0.0.1:${(middlewareServer.address() as AddressInfo).port}/sandbox-api/~hostile`;
  });
  after(async () => {
    await sandbox.close();
    middlewareServer.closeAllConnections();
    await new Promise((resolve) => middlewareServer.close(resolve));
  });

  it('answers 413 to a body announced larger than 1 MB, before the body is sent', { timeout: 10_000 }, async () => {
    const answer = await upload(`${sandbox.url}/sources`, 64 * 1024, { 'Content-Length': String(MAX_BODY_BYTES * 2) });
    assertTooLarge(answer);
  });

  for (const [name, base] of [
    ['HTTP server', () => sandbox.url],
    ['dev-server middleware', () => middlewareBase],
  ] as const) {
    it(`${name}: stops reading an endless chunked upload past 1 MB and answers 413, then serves the next request`, { timeout: 10_000 }, async () => {
      assertTooLarge(await upload(`${base()}/sources`, 16 * MAX_BODY_BYTES));
      const pk = createApiClient({ baseUrl: base(), publicKey: 'pk_test_hostile' });
      assert.equal((await pk.createSource({ type: 'creditCard', creditCard: card })).data?.state, 'chargeable');
    });
  }

  it('still reads a body just under 1 MB', async () => {
    const padding = ' '.repeat(MAX_BODY_BYTES - 1000);
    const res = await fetch(`${sandbox.url}/sources`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer pk_test_hostile' },
      body: `{"type":"creditCard","creditCard":${JSON.stringify(card)}${padding}}`,
    });
    assert.equal(res.status, 201);
  });

  it('a shopper whose last name is an Object.prototype key pays like anyone else', async () => {
    const sk = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_hostile' });
    for (const lastName of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const owner = { firstName: 'Ada', lastName, email: 'ada@example.test' };
      const { data: source } = await sk.createSource({ type: 'payPal', owner, payPal: { returnUrl: 'https://shop.example/done' } });
      assert.equal(source?.state, 'pending_redirect', lastName);
      // The outcome the sandbox picked from the name: a test name's, or plain success; never one of Object's members.
      assert.equal(sandbox.store.sources.get(source!.id)?.outcome, 'success', lastName);
      await fetch(`${sandbox.url}/__sandbox/sources/${source!.id}/approve`, { method: 'POST' });
      const { data: checkout } = await sk.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 10 }], sourceId: source!.id });
      const { data: order } = await sk.createOrder(checkout!.id);
      assert.equal(order?.charges[0]?.state, 'capturable', lastName);
      const captured = await sk.captureOrder(order!.id);
      assert.equal(captured.data?.charges[0]?.captures[0]?.state, 'complete', lastName);
    }
  });
});
