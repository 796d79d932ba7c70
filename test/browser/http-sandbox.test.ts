import { expect } from '@open-wc/testing';
import { createApiClient } from '../../src/api/client.js';
import { createCommerceClient } from '../../src/api/commerce-client.js';
import { connectSandbox, newTenantUrl, type RemoteSandbox } from '../../src/sandbox/remote.js';

// The test server's sandbox over HTTP (web-test-runner.config.mjs mounts it at /sandbox-api) as a page and a
// cross-origin frame see it: the page on 127.0.0.1, the frame origin on localhost, one shared tenant.
const otherOrigin = () => {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
};
const card = { number: '4444222233331111', expirationMonth: 12, expirationYear: 2031, cvv: '123' };

describe('HTTP sandbox in the test server', () => {
  let sandbox: RemoteSandbox;
  before(async () => {
    sandbox = await connectSandbox(newTenantUrl(location.origin));
  });

  it('is reached from both host names and shares one store', async () => {
    expect(location.hostname).to.equal('127.0.0.1');
    const frameSide = createApiClient({ baseUrl: sandbox.url.replace(location.origin, otherOrigin()), publicKey: 'pk_test_frame' });
    const { data: source } = await frameSide.createSource({ type: 'creditCard', creditCard: card });
    expect(source?.state).to.equal('chargeable');
    const pageSide = createCommerceClient({ baseUrl: sandbox.url, secretKey: 'sk_test_page' });
    const { data: checkout } = await pageSide.createCheckout({ currency: 'USD', items: [{ quantity: 1, price: 5 }], sourceId: source!.id });
    expect(checkout?.payment.session.state).to.equal('requires_confirmation');
    expect((await sandbox.sources()).map((s) => s.id)).to.deep.equal([source!.id]);
  });

  it('mirrors the clock synchronously', async () => {
    await sandbox.clock.advance(3_600_000);
    expect(sandbox.clock.now().getTime() - Date.now()).to.be.closeTo(3_600_000, 1000);
    await sandbox.reset();
    expect(sandbox.clock.now().getTime() - Date.now()).to.be.closeTo(0, 1000);
    expect(await sandbox.sources()).to.deep.equal([]);
  });

  it('serves the frame files and the challenge page', async () => {
    // Same origin here: these files carry no CORS headers (the other origin loads them as frames, not with fetch).
    const frame = await fetch('/frames/frame.html');
    expect(frame.status).to.equal(200);
    expect(frame.headers.get('content-type')).to.contain('text/html');
    const challenge = await fetch('/sandbox/challenge.html');
    expect(challenge.status).to.equal(200);
  });
});
