import { expect } from '@open-wc/testing';
import { createApiClient, type ApiClient } from '../api/client.js';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import type { CreateSourceRequest } from '../api/schemas.js';
import { startSandbox, TEST_CARDS, type Sandbox } from './index.js';

const SAME_ORIGIN_BASE = '/sandbox-api';
let sandbox: Sandbox;
let api: ApiClient;

function cardRequest(number: string, cvv = '123', expirationMonth = 12, expirationYear = 2030): CreateSourceRequest {
  return {
    type: 'creditCard',
    owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
    creditCard: { number, expirationMonth, expirationYear, cvv },
  };
}

/** The request each table card needs to be accepted. */
function requestFor(card: (typeof TEST_CARDS)[number]): CreateSourceRequest {
  const cvv = card.cvv ?? (card.brand === 'American Express' ? '1234' : '456');
  return cardRequest(card.number, cvv, card.expiration?.month ?? 12, card.expiration?.year ?? 2030);
}

async function raw(path: string, init: RequestInit = {}, base = DEFAULT_API_BASE_URL) {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: await response.json().catch(() => undefined), headers: response.headers };
}

describe('sandbox: sources over the service worker', () => {
  before(async () => {
    sandbox = await startSandbox({ baseUrls: [DEFAULT_API_BASE_URL, SAME_ORIGIN_BASE], quiet: true });
    api = createApiClient({ baseUrl: DEFAULT_API_BASE_URL, publicKey: 'pk_test_sources' });
  });
  after(() => sandbox.stop());
  beforeEach(() => sandbox.reset());

  for (const card of TEST_CARDS.filter((c) => c.outcome !== 'source_failed' && c.outcome !== 'requires_3ds')) {
    it(`creates a chargeable single-use source for ${card.brand} ${card.number} (${card.outcome})`, async () => {
      const { data, error } = await api.createSource(requestFor(card));
      expect(error).to.equal(undefined);
      expect(data).to.deep.include({ type: 'creditCard', reusable: false, state: 'chargeable', flow: 'standard' });
      expect(data!.creditCard).to.deep.equal({
        brand: card.brand,
        expirationMonth: card.expiration?.month ?? 12,
        expirationYear: card.expiration?.year ?? 2030,
        lastFourDigits: card.number.slice(-4),
      });
      expect(data!.clientSecret).to.match(new RegExp(`^${data!.id}_secret_`));
      expect(data!.id).to.match(/^src_/);
      expect(JSON.stringify(data)).not.to.contain(card.number);
    });
  }

  it('creates the failing card 4000000000003295 in state failed', async () => {
    const { data } = await api.createSource(cardRequest('4000000000003295'));
    expect(data?.state).to.equal('failed');
  });

  it('creates 3-D Secure cards in state requires_action', async () => {
    const { data } = await api.createSource(cardRequest('5454545454545454', '737', 3, 2030));
    expect(data?.state).to.equal('requires_action');
  });

  it('stamps createdTime from the sandbox clock', async () => {
    sandbox.clock.set('2029-05-04T03:02:01.000Z');
    const { data } = await api.createSource(cardRequest('5466160000000008', '999'));
    expect(Date.parse(data!.createdTime!) - Date.parse('2029-05-04T03:02:01.000Z')).to.be.within(0, 5000);
  });

  it('declines Visa 4444222233331111 with a security code other than 123 (402 card_error)', async () => {
    const { error } = await api.createSource(cardRequest('4444222233331111', '124'));
    expect(error).to.deep.include({ type: 'card_error' });
    expect(error!.errors[0]).to.deep.include({ code: 'card_declined', parameter: 'creditCard.cvv' });
  });

  it('answers a bad body with 400 bad_request and one error per bad parameter, never echoing the number', async () => {
    const body = { type: 'creditCard', creditCard: { number: '4111 1111 1111 1111 x', expirationMonth: 13, cvv: 12 } };
    const res = await raw('/sources', {
      method: 'POST',
      headers: { Authorization: 'Bearer pk_test_x', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).to.equal(400);
    expect(res.body.type).to.equal('bad_request');
    const byParameter = Object.fromEntries(res.body.errors.map((e: { parameter: string; code: string }) => [e.parameter, e.code]));
    expect(byParameter).to.deep.equal({
      'creditCard.number': 'invalid_parameter',
      'creditCard.expirationMonth': 'invalid_parameter',
      'creditCard.expirationYear': 'missing_parameter',
      'creditCard.cvv': 'invalid_parameter',
    });
    expect(JSON.stringify(res.body)).not.to.contain('4111');
  });

  it('rejects a number that fails the Luhn check without echoing it', async () => {
    const { error } = await api.createSource(cardRequest('4111111111111112'));
    expect(error?.type).to.equal('bad_request');
    expect(error?.errors[0]?.parameter).to.equal('creditCard.number');
    expect(JSON.stringify(error)).not.to.contain('4111111111111112');
  });

  it('answers a missing or malformed key with 401 unauthorized', async () => {
    const bad = createApiClient({ baseUrl: DEFAULT_API_BASE_URL, publicKey: 'not-a-key' });
    const { error } = await bad.createSource(cardRequest('5466160000000008'));
    expect(error?.type).to.equal('unauthorized');
    const res = await raw('/sources', { method: 'POST', body: '{}' });
    expect(res.status).to.equal(401);
    expect(res.body.errors[0].code).to.equal('unauthorized');
  });

  it('retrieves a source with its client secret, and 404s with a wrong one', async () => {
    const { data: created } = await api.createSource(cardRequest('6011987698769876', '321'));
    const right = await api.retrieveSource(created!.id, created!.clientSecret);
    expect(right.data).to.deep.equal(created);
    const wrong = await api.retrieveSource(created!.id, `${created!.clientSecret}x`);
    expect(wrong.error?.type).to.equal('not_found');
    const viaQuery = await raw(`/sources/${created!.id}?clientSecret=${created!.clientSecret}`, {
      headers: { Authorization: 'Bearer pk_test_x' },
    });
    expect(viaQuery.status).to.equal(200);
  });

  it('answers a same-origin base URL too, with CORS headers', async () => {
    const local = createApiClient({ baseUrl: SAME_ORIGIN_BASE, publicKey: 'pk_test_local' });
    const { data } = await local.createSource(cardRequest('3528987698769879', '111'));
    expect(data?.state).to.equal('chargeable');
    const res = await raw(`/sources/${data!.id}?clientSecret=${data!.clientSecret}`, { headers: { Authorization: 'Bearer pk_test_x' } }, SAME_ORIGIN_BASE);
    expect(res.headers.get('access-control-allow-origin')).to.equal('*');
  });

  it('keeps neither the card number nor the security code in the store', async () => {
    await api.createSource(cardRequest('4444222233331111', '123'));
    const stored = JSON.stringify([...sandbox.store.sources.values()]);
    expect(stored).not.to.contain('4444222233331111');
    expect(stored).not.to.contain('"cvv"');
  });
});
