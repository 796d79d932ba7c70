import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createApiClient } from '../api/client.js';
import { connectSandbox, newTenantUrl, type RemoteSandbox } from '../sandbox/remote.js';
import { runChallenge } from './challenge.js';

// The 3-D Secure dialog against the test server's sandbox over HTTP; its challenge page is public/sandbox/challenge.html,
// which web-test-runner serves at /sandbox/ on whichever host the API was called on.
const threeDsCard = { number: '5454545454545454', expirationMonth: 3, expirationYear: 2030, cvv: '737' };
let sandbox: RemoteSandbox;

/** A `requires_action` source made through the API at `origin`, so its challenge page is on that origin. */
async function challengedSource(origin: string): Promise<{ id: string; challengeUrl: string }> {
  const base = new URL(sandbox.url);
  const pk = createApiClient({ baseUrl: `${origin}${base.pathname}`, publicKey: 'pk_test_challenge' });
  const { data } = await pk.createSource({ type: 'creditCard', creditCard: threeDsCard });
  expect(data?.state).to.equal('requires_action');
  return { id: data!.id, challengeUrl: data!.authentication!.challengeUrl };
}

function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

describe('3-D Secure challenge dialog', () => {
  before(async () => {
    sandbox = await connectSandbox(newTenantUrl(location.origin));
  });
  afterEach(() => document.querySelectorAll('dialog').forEach((dialog) => dialog.remove()));

  for (const hostile of ['javascript:parent.hijacked=true', 'data:text/html,<script>parent.postMessage("x","*")</script>', 'JaVaScRiPt:parent.hijacked=true']) {
    it(`never shows a ${hostile.slice(0, hostile.indexOf(':'))}: challenge URL and ends it as cancelled`, async () => {
      const framed: string[] = [];
      const observer = new MutationObserver(() => document.querySelectorAll('iframe').forEach((frame) => framed.push(frame.src)));
      observer.observe(document.body, { childList: true, subtree: true });
      try {
        const outcome = runChallenge(hostile, 'src_hostile');
        // The dialog would be in the page at once; nothing may have been put there. (A count: a DOM node in a failure
        // message stalls the test runner's reporter.)
        expect(document.querySelectorAll('dialog, iframe').length).to.equal(0);
        expect(await outcome).to.equal('cancelled');
        await Promise.resolve(); // let the observer report
        expect(framed).to.deep.equal([]);
        expect((window as unknown as { hijacked?: boolean }).hijacked).to.equal(undefined);
      } finally {
        observer.disconnect();
      }
    });
  }

  it('shows an http challenge page in a sandboxed frame, where the sandbox page still works', async () => {
    const { id, challengeUrl } = await challengedSource(location.origin);
    const outcome = runChallenge(challengeUrl, id);
    const frame = document.querySelector<HTMLIFrameElement>('dialog[open] iframe')!;
    expect(frame.getAttribute('sandbox')).to.not.equal(null);
    expect([...frame.sandbox].sort()).to.deep.equal(['allow-same-origin', 'allow-scripts']);
    const approve = () => frame.contentDocument?.querySelector<HTMLButtonElement>('button[data-result="approve"]');
    await waitUntil(() => approve()?.disabled === false, 'challenge page ready', { timeout: 5000 });
    approve()!.click();
    expect(await outcome).to.equal('completed');
    expect(document.querySelectorAll('dialog').length).to.equal(0);
    const states = await sandbox.sources();
    expect(states.find((s) => s.id === id)?.state).to.equal('chargeable');
  });

  it('a challenge page on another origin answers through the sandboxed frame (Enter on its focused button)', async () => {
    const { id, challengeUrl } = await challengedSource(otherOrigin());
    expect(new URL(challengeUrl).origin).to.equal(otherOrigin());
    const outcome = runChallenge(challengeUrl, id);
    const frame = document.querySelector<HTMLIFrameElement>('dialog[open] iframe')!;
    expect([...frame.sandbox].sort()).to.deep.equal(['allow-same-origin', 'allow-scripts']);
    // The page's deferred script has run (and focused "Approve") by the time the frame's load event fires.
    await oneEvent(frame, 'load');
    await sendKeys({ press: 'Enter' });
    expect(await outcome).to.equal('completed');
    expect((await sandbox.sources()).find((s) => s.id === id)?.state).to.equal('chargeable');
  });
});
