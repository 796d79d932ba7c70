import { expect } from '@open-wc/testing';
import { createApiClient } from './client.js';
import type { CreateSourceRequest } from './schemas.js';

const CARD_NUMBER = '5466160000000008';
const request: CreateSourceRequest = {
  type: 'creditCard',
  creditCard: { number: CARD_NUMBER, expirationMonth: 12, expirationYear: 2030, cvv: '123' },
};

/** A fetch that answers every call with the given status and body text. */
const answer = (status: number, body: string, contentType = 'application/json'): typeof fetch => async () =>
  new Response(body, { status, headers: { 'Content-Type': contentType } });

/** A fetch that never answers but honours its abort signal, like a stalled network. */
const stalled: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });

function client(fetchImpl: typeof fetch, timeoutMs?: number) {
  return createApiClient({ baseUrl: 'https://api.example.test', publicKey: 'pk_test_client', fetch: fetchImpl, timeoutMs });
}

function expectNoCardNumber(value: unknown) {
  expect(JSON.stringify(value)).not.to.contain(CARD_NUMBER);
}

describe('api client: error mapping', () => {
  it('sends the publishable key as a bearer token and the body as JSON', async () => {
    let seen: Request | undefined;
    const spy: typeof fetch = async (input, init) => {
      seen = new Request(input, init);
      return new Response('{}', { status: 500 });
    };
    await client(spy).createSource(request);
    expect(seen!.headers.get('Authorization')).to.equal('Bearer pk_test_client');
    expect(seen!.headers.get('Content-Type')).to.equal('application/json');
    expect(seen!.url).to.equal('https://api.example.test/sources');
  });

  it('maps a 5xx with an HTML body to api_error / internal_server_error', async () => {
    const result = await client(answer(503, '<h1>down</h1>', 'text/html')).createSource(request);
    expect(result.error?.type).to.equal('api_error');
    expect(result.error?.errors[0]?.code).to.equal('internal_server_error');
    expect(result.error?.message).to.equal(result.error?.errors[0]?.message);
  });

  it('maps a 200 that is not JSON to api_error / invalid_response', async () => {
    const result = await client(answer(200, 'not json')).createSource(request);
    expect(result.error).to.deep.include({ type: 'api_error' });
    expect(result.error?.errors[0]?.code).to.equal('invalid_response');
  });

  it('maps a 200 whose body is not a source (no client secret, no type; an array; null) to api_error / invalid_response', async () => {
    for (const body of [{ id: 'src_1', state: 'weird' }, [{ id: 'src_1', clientSecret: 's', type: 'creditCard', state: 'chargeable' }], null]) {
      const result = await client(answer(200, JSON.stringify(body))).createSource(request);
      expect(result.error?.errors[0]?.code, JSON.stringify(body)).to.equal('invalid_response');
    }
  });

  it('hands a source over as the API sent it: a string amount, a type and keys the library does not know', async () => {
    const source = {
      id: 'src_1',
      clientSecret: 'src_1_secret',
      type: 'payPal',
      state: 'pending_redirect',
      amount: '100.00',
      payPal: { token: 'EC-123', redirectUrl: 'https://example.test/approve' },
      somethingNew: { nested: [1, 2] },
    };
    expect((await client(answer(200, JSON.stringify(source))).retrieveSource('src_1', 'src_1_secret')).data).to.deep.equal(source);
    const klarna = { ...source, type: 'klarnaCredit', state: 'requires_action' };
    expect((await client(answer(200, JSON.stringify(klarna))).retrieveSource('src_1', 'src_1_secret')).data).to.deep.equal(klarna);
  });

  it('passes the API error type and every detail through', async () => {
    const body = { type: 'conflict', errors: [{ code: 'a', message: 'first' }, { code: 'b', parameter: 'x', message: 'second' }] };
    const result = await client(answer(409, JSON.stringify(body))).createSource(request);
    expect(result.error).to.deep.equal({ ...body, message: 'first' });
  });

  it('maps a 4xx without an error body to api_error / invalid_response', async () => {
    const result = await client(answer(404, '')).retrieveSource('src_1', 'secret');
    expect(result.error?.type).to.equal('api_error');
  });

  it('gives request_timeout when the API does not answer in time', async () => {
    const result = await client(stalled, 30).createSource(request);
    expect(result.error?.type).to.equal('request_timeout');
    expect(result.error?.errors[0]?.code).to.equal('request_timeout');
  });

  it('gives network_error / aborted when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = client(stalled).createSource(request, controller.signal);
    controller.abort();
    const result = await pending;
    expect(result.error?.type).to.equal('network_error');
    expect(result.error?.errors[0]?.code).to.equal('aborted');
  });

  it('gives network_error / aborted for a signal aborted before the call', async () => {
    const result = await client(stalled).retrieveSource('src_1', 's', AbortSignal.abort());
    expect(result.error?.errors[0]?.code).to.equal('aborted');
  });

  it('gives network_error when the connection is refused (loopback port 9)', async () => {
    const refused = createApiClient({ baseUrl: 'http://127.0.0.1:9', publicKey: 'pk_test_client' });
    const result = await refused.createSource(request);
    expect(result.error?.type).to.equal('network_error');
    expect(result.error?.errors[0]?.code).to.equal('network_error');
  });

  it('gives network_error when fetch itself throws', async () => {
    const result = await client(() => {
      throw new TypeError(`bad ${CARD_NUMBER}`);
    }).createSource(request);
    expect(result.error?.type).to.equal('network_error');
    expectNoCardNumber(result);
  });

  it('never returns the card number, even when an API echoes it', async () => {
    const echo = { type: 'bad_request', errors: [{ code: 'invalid_parameter', message: `Card ${CARD_NUMBER} is bad` }] };
    const results = await Promise.all([
      client(answer(400, JSON.stringify(echo))).createSource(request),
      client(answer(500, JSON.stringify(echo))).createSource(request),
      client(answer(200, `{"number":"${CARD_NUMBER}"}`)).createSource(request),
      client(stalled, 10).createSource(request),
    ]);
    for (const result of results) {
      expect(result.error).not.to.equal(undefined);
      expectNoCardNumber(result);
    }
  });
});
