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

  for (const [action, field] of [
    ['approve', 'returnUrl'],
    ['decline', 'cancelUrl'],
  ] as const) {
    it(`never opens a javascript: ${field}, and says why`, async () => {
      const hijacked = window as unknown as { hijacked?: boolean };
      delete hijacked.hijacked;
      const evil = 'javascript:parent.hijacked=true';
      const created = await pk.createSource({
        type: 'payPal',
        owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
        payPal: { returnUrl: evil, cancelUrl: evil },
      } as never);
      const frame = await visit(created.data!.redirect!.redirectUrl);
      const page = frame.contentDocument!;
      page.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
      await waitUntil(() => page.getElementById('message')!.textContent !== '', 'no message on the page');
      expect(page.getElementById('message')!.textContent).to.contain('not an http or https address');
      expect(hijacked.hijacked).to.equal(undefined);
      expect(frame.contentWindow!.location.pathname).to.equal('/public/sandbox/redirect.html');
    });
  }

  it('refuses an API on another origin (or none), so a link cannot pick where the shopper goes', async () => {
    const created = await pk.createSource({
      type: 'payPal',
      owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
      payPal: { returnUrl: `${location.origin}/storefront/thanks` },
    } as never);
    const id = created.data!.id;
    // Each of these is an address a hostile link could put in ?api=; the sandbox's own API is among them.
    for (const api of [DEFAULT_API_BASE_URL, 'https://attacker.example/api', '//attacker.example/api', 'javascript:alert(1)//', null]) {
      const url = new URL('/public/sandbox/redirect.html', location.href);
      url.searchParams.set('sourceId', id);
      if (api !== null) url.searchParams.set('api', api);
      const frame = document.createElement('iframe');
      frame.src = url.href;
      document.body.append(frame);
      await waitUntil(() => frame.contentDocument?.getElementById('message')?.textContent, `no message for api=${api}`);
      const page = frame.contentDocument!;
      expect(page.getElementById('summary')!.textContent, String(api)).to.equal('This approval link is not valid.');
      expect([...page.querySelectorAll('button')].map((b) => b.disabled), String(api)).to.deep.equal([true, true]);
      frame.remove();
    }
    expect((await sk.retrieveSource(id)).data?.state).to.equal('pending_redirect');
  });
});
