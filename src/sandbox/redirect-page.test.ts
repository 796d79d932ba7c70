import { expect, waitUntil } from '@open-wc/testing';
import { createApiClient } from '../api/client.js';
import { createCommerceClient } from '../api/commerce-client.js';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import { startSandbox, type Sandbox } from './index.js';

// The browser sandbox's approval page for redirect payments: a static page (web-test-runner serves public/ under
// /public) that a shopper is sent to, and that sends them back to the storefront.
const pk = createApiClient({ baseUrl: DEFAULT_API_BASE_URL, publicKey: 'pk_test_redirect' });
const sk = createCommerceClient({ baseUrl: DEFAULT_API_BASE_URL, secretKey: 'sk_test_redirect' });
let sandbox: Sandbox;

async function visit(url: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = url;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector<HTMLButtonElement>('button[data-action="approve"]')?.disabled === false, 'approval page ready');
  return frame;
}

describe('sandbox redirect approval page (browser mode)', () => {
  before(async () => {
    sandbox = await startSandbox({ quiet: true, redirectPageUrl: '/public/sandbox/redirect.html' });
  });
  after(() => sandbox.stop());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [action, state, back] of [
    ['approve', 'chargeable', 'thanks'],
    ['decline', 'failed', 'cart'],
  ] as const) {
    it(`${action}s a PayPal payment and sends the shopper to the ${back} page`, async () => {
      const created = await pk.createSource({
        type: 'payPal',
        owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
        payPal: { returnUrl: `${location.origin}/storefront/thanks`, cancelUrl: `${location.origin}/storefront/cart` },
      } as never);
      const source = created.data!;
      expect(source.state).to.equal('pending_redirect');
      const frame = await visit(source.redirect!.redirectUrl);
      frame.contentDocument!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
      await waitUntil(async () => (await sk.retrieveSource(source.id)).data?.state === state, `source ${state}`);
      await waitUntil(() => frame.contentWindow?.location.pathname === `/storefront/${back}`, `back at /storefront/${back}`);
    });
  }
});
