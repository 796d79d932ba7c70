import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RemoteSandbox } from '../sandbox/remote.js';
import { frameUrl, sandboxForTests } from '../../test/browser/secure-fields.fixtures.js';
import { DigitalRiver } from '../core/digital-river.js';
import type { DropinConfiguration, DropinReady } from './configuration.js';
import './install.js';

let sandbox: RemoteSandbox;
before(async () => {
  sandbox = await sandboxForTests();
});

const digitalRiver = () => new DigitalRiver('pk_test_dropin_tests', { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });

/** What console.warn printed while `run` ran. */
async function warnings(run: () => unknown): Promise<string[]> {
  const printed: string[] = [];
  const original = console.warn;
  console.warn = (line: string) => printed.push(line);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return printed;
}

describe('createDropin', () => {
  it('reports onReady once, with creditCard, when the card fields can take input', async () => {
    await fixture(html`<div id="dropin-ready"></div>`);
    const ready: DropinReady[] = [];
    digitalRiver()
      .createDropin({ sessionId: 'session-ready', onReady: (data) => ready.push(data) })
      .mount('dropin-ready');
    await waitUntil(() => ready.length > 0, 'onReady', { timeout: 8000 });
    expect(ready).to.deep.equal([{ paymentMethodTypes: ['creditCard'] }]);
    const fields = document.querySelector('#dropin-ready dr-dropin')!.shadowRoot!.querySelectorAll('dr-card-number, dr-card-expiration, dr-card-cvv');
    expect(fields.length).to.equal(3);
  });

  it('shows no method, and says so in onReady, when the configuration leaves out the card', async () => {
    const configurations = [{ disabledPaymentMethods: ['creditCard'] }, { enabledPaymentMethods: ['payPal'] }];
    for (const [index, paymentMethodConfiguration] of configurations.entries()) {
      const container = await fixture<HTMLDivElement>(html`<div id=${`dropin-none-${index}`}></div>`);
      const ready: DropinReady[] = [];
      digitalRiver().createDropin({ paymentMethodConfiguration, onReady: (data) => ready.push(data) }).mount(`dropin-none-${index}`);
      await waitUntil(() => ready.length > 0, 'onReady');
      expect(ready).to.deep.equal([{ paymentMethodTypes: [] }]);
      const view = container.querySelector('dr-dropin')!;
      await view.updateComplete;
      expect(view.shadowRoot!.querySelector('fieldset, dr-card-number')).to.equal(null);
      expect(view.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    }
  });

  it('warns once about each unknown key and each documented key it does not act on yet', async () => {
    const configuration = {
      sessionId: 'session-warn',
      colour: 'blue',
      options: { flow: 'checkout', usage: 'subscription', buttn: {} },
      paymentMethodConfiguration: { googlePay: {}, creditCard: { mask: true, cardNumberPlaceholder: 'x' } },
    } as DropinConfiguration;
    const printed = await warnings(() => {
      const dr = digitalRiver();
      dr.createDropin(configuration);
      dr.createDropin(configuration);
    });
    expect(printed).to.have.length(5);
    expect(printed.join('\n')).to.include('createDropin() does not support the option "colour"');
    expect(printed.join('\n')).to.include('createDropin() options does not support the option "buttn"');
    expect(printed.join('\n')).to.include('createDropin() options does not support "usage" yet');
    expect(printed.join('\n')).to.include('createDropin() paymentMethodConfiguration does not support "googlePay" yet');
    expect(printed.join('\n')).to.include('createDropin() paymentMethodConfiguration.creditCard does not support the option "cardNumberPlaceholder"');
  });

  it('mount() into a missing container is an integration error, not an exception', async () => {
    const printed: string[] = [];
    const original = console.error;
    console.error = (line: string) => printed.push(line);
    try {
      const error = digitalRiver().createDropin({}).mount('#no-such-container');
      expect(error?.type).to.equal('integration_error');
      expect(error?.errors[0]?.code).to.equal('container_not_found');
    } finally {
      console.error = original;
    }
    expect(printed).to.have.length(1);
  });
});
