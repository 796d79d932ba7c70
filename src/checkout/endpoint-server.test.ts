import { expect } from '@open-wc/testing';
import { createCommerceClient } from '../api/commerce-client.js';
import { startSandbox, type Sandbox } from '../sandbox/index.js';
import { endpointCheckoutServer } from './endpoint-server.js';

// The storefront's endpoints, played by a fetch that does what a storefront server does: read the JSON body and call
// the payment API (here the sandbox) with the secret key.
const sk = createCommerceClient({ baseUrl: 'https://api.digitalriver.com', secretKey: 'sk_test_endpoints' });
const pk = 'pk_test_endpoints';
let sandbox: Sandbox;
const requests: { url: string; body: unknown; headers: Headers }[] = [];

async function storefrontEndpoint(url: string, init: RequestInit): Promise<Response> {
  const body = JSON.parse(String(init.body)) as { checkoutId: string; sourceId: string };
  requests.push({ url, body, headers: new Headers(init.headers) });
  const result = url.endsWith('/attach') ? await sk.attachSource(body.checkoutId, body.sourceId) : await sk.detachSource(body.checkoutId, body.sourceId);
  if (result.error) return new Response(JSON.stringify({ type: result.error.type, errors: result.error.errors }), { status: 409 });
  return new Response(result.data === undefined ? null : JSON.stringify(result.data), { status: 200 });
}

async function cardSource(): Promise<string> {
  const response = await fetch('https://api.digitalriver.com/sources', {
    method: 'POST',
    headers: { Authorization: `Bearer ${pk}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 1, expirationYear: 2031, cvv: '123' } }),
  });
  return ((await response.json()) as { id: string }).id;
}

describe('endpointCheckoutServer', () => {
  before(async () => {
    sandbox = await startSandbox({ quiet: true });
  });
  afterEach(() => {
    sandbox.reset();
    requests.length = 0;
  });

  it('posts {checkoutId, sourceId} as JSON with the given headers and returns the checkout', async () => {
    const checkout = await sk.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 10 }] });
    const server = endpointCheckoutServer({ attachUrl: '/shop/attach', detachUrl: '/shop/detach', headers: { 'X-CSRF-Token': 't0k' }, fetch: storefrontEndpoint as typeof fetch });
    const sourceId = await cardSource();
    const attached = await server.attachSource({ checkoutId: checkout.data!.id, sourceId });
    expect(attached.data?.sources.map((s) => s.id)).to.deep.equal([sourceId]);
    expect(requests[0]!.url).to.equal('/shop/attach');
    expect(requests[0]!.body).to.deep.equal({ checkoutId: checkout.data!.id, sourceId });
    expect(requests[0]!.headers.get('X-CSRF-Token')).to.equal('t0k');
    expect(requests[0]!.headers.get('Content-Type')).to.equal('application/json');

    const detached = await server.detachSource({ checkoutId: checkout.data!.id, sourceId });
    expect(detached.error).to.equal(undefined);
    expect((await sk.retrieveSource(sourceId)).data?.state).to.equal('cancelled');
  });

  it('passes an API error body through, with its codes', async () => {
    const checkout = await sk.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 10 }] });
    const server = endpointCheckoutServer({ attachUrl: '/shop/attach', detachUrl: '/shop/detach', fetch: storefrontEndpoint as typeof fetch });
    const sourceId = await cardSource();
    await server.attachSource({ checkoutId: checkout.data!.id, sourceId });
    await server.detachSource({ checkoutId: checkout.data!.id, sourceId });
    const again = await server.attachSource({ checkoutId: checkout.data!.id, sourceId });
    expect(again.error?.type).to.equal('conflict');
    expect(again.error?.errors[0]?.code).to.equal('source_status_invalid_for_session');
    expect(again.error?.message).to.equal(again.error?.errors[0]?.message);
  });

  it('turns a broken endpoint, a refused connection and a hung request into typed errors', async () => {
    const answer = (response: Response) => (async () => response) as unknown as typeof fetch;
    const broken = endpointCheckoutServer({ attachUrl: '/a', detachUrl: '/d', fetch: answer(new Response('<html>oops</html>', { status: 502 })) });
    expect((await broken.attachSource({ checkoutId: 'c', sourceId: 's' })).error?.errors[0]?.code).to.equal('storefront_server_error');

    const refused = endpointCheckoutServer({ attachUrl: 'http://127.0.0.1:9/attach', detachUrl: '/d' });
    expect((await refused.attachSource({ checkoutId: 'c', sourceId: 's' })).error?.type).to.equal('network_error');

    const hung = (_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const slow = endpointCheckoutServer({ attachUrl: '/a', detachUrl: '/d', timeoutMs: 50, fetch: hung as typeof fetch });
    expect((await slow.attachSource({ checkoutId: 'c', sourceId: 's' })).error?.type).to.equal('request_timeout');
  });
});
