import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApiClient } from '../../src/api/client.js';
import { setupSandboxServer } from '../../src/sandbox/node.js';

const BASE = 'http://127.0.0.1:4999/api';
const sandbox = setupSandboxServer({ baseUrls: [BASE] });
const api = createApiClient({ baseUrl: BASE, publicKey: 'pk_test_node' });
const card = { number: '5466160000000008', expirationMonth: 12, expirationYear: 2030, cvv: '123' };

describe('sandbox in Node (msw/node)', () => {
  before(() => sandbox.listen());
  after(() => sandbox.close());
  beforeEach(() => sandbox.reset());

  it('creates and retrieves a card source', async () => {
    const created = await api.createSource({ type: 'creditCard', creditCard: card });
    assert.equal(created.data?.state, 'chargeable');
    const again = await api.retrieveSource(created.data!.id, created.data!.clientSecret);
    assert.deepEqual(again.data, created.data);
  });

  it('reset() forgets every source', async () => {
    const created = await api.createSource({ type: 'creditCard', creditCard: card });
    sandbox.reset();
    const again = await api.retrieveSource(created.data!.id, created.data!.clientSecret);
    assert.equal(again.error?.type, 'not_found');
  });
});
