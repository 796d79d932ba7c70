import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RemoteSandbox } from '../sandbox/remote.js';
import { frameUrl, sandboxForTests } from '../../test/browser/secure-fields.fixtures.js';
import { DigitalRiver } from '../core/digital-river.js';
import type { DropinConfiguration, DropinError, DropinReady, DropinSuccess } from './configuration.js';
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

/** The storefront's server: a checkout on the test's sandbox, whose payment session Drop-in is given. */
async function checkoutSession(currency: string, country: string, price = 120): Promise<string> {
  const response = await fetch(`${sandbox.url}/checkouts`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_dropin_tests', 'Content-Type': 'application/json' },
    body: JSON.stringify({ currency, items: [{ quantity: 1, price }], billTo: { address: { country } } }),
  });
  return ((await response.json()) as { payment: { session: { id: string } } }).payment.session.id;
}

describe('retrieveAvailablePaymentMethods', () => {
  it('answers for a payment session with its currency, country and amount, and the methods it may use', async () => {
    const sessionId = await checkoutSession('EUR', 'DE', 450);
    const answer = await digitalRiver().retrieveAvailablePaymentMethods({ sessionId });
    if ('error' in answer) throw new Error(JSON.stringify(answer.error));
    expect(answer.sessionInformation).to.deep.equal({ currency: 'EUR', country: 'DE', amount: '450.00' });
    expect(answer.paymentMethods.map((method) => method.type)).to.deep.equal(['creditCard', 'payPal', 'directDebit', 'wireTransfer', 'googlePay', 'applePay']);
    expect(answer.paymentMethods[2]).to.deep.include({ type: 'directDebit', flow: 'redirect', supportsRecurring: true, supportsFreeTrial: false });
  });

  it('a malformed answer is a typed error, and Drop-in then shows the card alone', async () => {
    const sessionId = await checkoutSession('EUR', 'FR');
    await sandbox.setScenario({ name: 'malformed_body', endpoint: 'GET /payment-methods', times: 1 });
    const answer = await digitalRiver().retrieveAvailablePaymentMethods({ sessionId });
    expect('error' in answer && answer.error.type).to.equal('api_error');
    expect('error' in answer && answer.error.errors[0]?.code).to.equal('invalid_response');
    await sandbox.setScenario({ name: 'malformed_json', endpoint: 'GET /payment-methods', times: 1 });
    await fixture(html`<div id="dropin-malformed"></div>`);
    const ready: DropinReady[] = [];
    const printed = await warnings(async () => {
      digitalRiver().createDropin({ sessionId, onReady: (data) => ready.push(data) }).mount('dropin-malformed');
      await waitUntil(() => ready.length > 0, 'onReady', { timeout: 8000 });
    });
    expect(ready).to.deep.equal([{ paymentMethodTypes: ['creditCard'] }]);
    expect(printed.filter((line) => line.includes('payment_methods_unavailable'))).to.have.length(1);
  });

  it('narrows by the filters without a session; an unknown session is not_found', async () => {
    const dr = digitalRiver();
    const recurring = await dr.retrieveAvailablePaymentMethods({ currency: 'USD', country: 'US', supportsRecurring: true });
    expect('paymentMethods' in recurring && recurring.paymentMethods.map((method) => method.type)).to.deep.equal(['creditCard', 'googlePay']);
    const storable = await dr.retrieveAvailablePaymentMethods({ country: 'FR', supportsStorage: true });
    expect('paymentMethods' in storable && storable.paymentMethods.map((method) => method.type)).to.deep.equal(['creditCard', 'payPal', 'directDebit', 'googlePay']);
    const unknown = await dr.retrieveAvailablePaymentMethods({ sessionId: 'no-such-session' });
    expect('error' in unknown && unknown.error.errors[0]).to.deep.include({ code: 'not_found', parameter: 'sessionId' });
  });

  it('refuses a filter of the wrong type as an integration error, and warns once about an unknown one', async () => {
    const dr = digitalRiver();
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    let wrong: unknown[] = [];
    try {
      wrong = await Promise.all([
        dr.retrieveAvailablePaymentMethods({ currency: 12 } as never),
        dr.retrieveAvailablePaymentMethods({ supportsStorage: 'yes' } as never),
        dr.retrieveAvailablePaymentMethods('USD' as never),
      ]);
    } finally {
      console.error = original;
    }
    expect(wrong.map((result) => (result as { error: { type: string; errors: { parameter: string }[] } }).error.errors[0]!.parameter)).to.deep.equal(['currency', 'supportsStorage', 'filters']);
    expect(errors).to.have.length(3);
    // A filters object that throws when read: the call still resolves.
    const hostile = await dr.retrieveAvailablePaymentMethods({
      get currency(): string {
        throw new Error('read me');
      },
    });
    expect('error' in hostile && hostile.error.errors[0]!.code).to.equal('unknown_error');
    const printed = await warnings(() => dr.retrieveAvailablePaymentMethods({ currency: 'USD', colour: 'blue' } as never));
    expect(printed).to.deep.equal(['[DigitalRiver] unknown_option: retrieveAvailablePaymentMethods() does not support the option "colour"; it was ignored.']);
  });
});

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
    const configurations = [{ disabledPaymentMethods: ['creditCard', 'payPal', 'directDebit', 'wireTransfer', 'googlePay', 'applePay'] }, { enabledPaymentMethods: ['klarna'] }];
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
      options: { flow: 'checkout', showComplianceSection: true, buttn: {} },
      paymentMethodConfiguration: { googlePay: {}, msts: { enrollmentUrl: 'https://shop.example.test/apply' }, creditCard: { mask: true, cardNumberPlaceholder: 'x' } },
    } as DropinConfiguration;
    const printed = await warnings(() => {
      const dr = digitalRiver();
      dr.createDropin(configuration);
      dr.createDropin(configuration);
    });
    expect(printed).to.have.length(4);
    expect(printed.join('\n')).to.include('createDropin() does not support the option "colour"');
    expect(printed.join('\n')).to.include('createDropin() options does not support the option "buttn"');
    expect(printed.join('\n')).to.include('createDropin() paymentMethodConfiguration does not support "msts" yet');
    expect(printed.join('\n')).not.to.include('showComplianceSection');
    expect(printed.join('\n')).not.to.include('googlePay');
    expect(printed.join('\n')).to.include('createDropin() paymentMethodConfiguration.creditCard does not support the option "cardNumberPlaceholder"');
  });

  it('shows the methods of the payment session, in the API\'s order, as radios; the first starts open', async () => {
    const sessionId = await checkoutSession('EUR', 'NL');
    await fixture(html`<div id="dropin-session"></div>`);
    const ready: DropinReady[] = [];
    digitalRiver().createDropin({ sessionId, onReady: (data) => ready.push(data) }).mount('dropin-session');
    await waitUntil(() => ready.length > 0, 'onReady', { timeout: 8000 });
    expect(ready).to.deep.equal([{ paymentMethodTypes: ['creditCard', 'payPal', 'directDebit', 'wireTransfer', 'googlePay', 'applePay'] }]);
    const view = document.querySelector('#dropin-session')!.querySelector('dr-dropin')!;
    await view.updateComplete;
    const radios = [...view.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => [radio.value, radio.checked])).to.deep.equal([
      ['creditCard', true],
      ['payPal', false],
      ['directDebit', false],
      ['wireTransfer', false],
      ['googlePay', false],
      ['applePay', false],
    ]);
    expect([...view.shadowRoot!.querySelectorAll<HTMLElement>('.panel')].map((panel) => panel.hidden)).to.deep.equal([false, true, true, true, true, true]);
  });

  it('expandFirstPaymentMethod: false opens none, and the button asks the shopper to choose', async () => {
    const sessionId = await checkoutSession('USD', 'US');
    await fixture(html`<div id="dropin-closed"></div>`);
    const ready: DropinReady[] = [];
    digitalRiver().createDropin({ sessionId, options: { expandFirstPaymentMethod: false }, onReady: (data) => ready.push(data) }).mount('dropin-closed');
    await waitUntil(() => ready.length > 0, 'onReady', { timeout: 8000 });
    const view = document.querySelector('#dropin-closed')!.querySelector('dr-dropin')!;
    await view.updateComplete;
    expect([...view.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].some((radio) => radio.checked)).to.equal(false);
    expect([...view.shadowRoot!.querySelectorAll<HTMLElement>('.panel')].every((panel) => panel.hidden)).to.equal(true);
    view.shadowRoot!.querySelector('button')!.click();
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Choose a payment method.');
    expect(view.shadowRoot!.activeElement).to.equal(view.shadowRoot!.querySelector('input[type=radio]'));
  });

  it('reads the documented options, and warns once about values it cannot use', async () => {
    const { readConfiguration } = await import('./configuration.js');
    const printed = await warnings(() => {
      const read = readConfiguration({
        options: {
          usage: 'weekly',
          consents: { eula: { url: 'https://shop.example.test/eula' } },
          redirect: { disableAutomaticRedirects: true, returnUrl: 'javascript:alert(1)', cancelUrl: 'https://shop.example.test/back' },
          expandFirstPaymentMethod: false,
        },
        paymentMethodConfiguration: { payPal: { style: { color: 'purple', shape: 'pill', tagline: 'false' } } },
      });
      expect(read.usage).to.equal(undefined);
      expect(read.consents).to.equal(undefined);
      // Without two usable addresses Drop-in redirects itself, as when the option is off.
      expect(read.redirect).to.deep.equal({ automatic: true });
      expect(read.expandFirst).to.equal(false);
      expect(read.termsOfSale).to.equal(true);
      expect(read.payPal).to.deep.equal({ label: 'checkout', color: 'gold', shape: 'pill', size: 'responsive' });
    });
    expect(printed.map((line) => line.split(':')[0])).to.deep.equal(Array(4).fill('[DigitalRiver] invalid_option'));
    expect(printed.join('\n')).to.include('options.usage').and.include('consents needs companyName').and.include('disableAutomaticRedirects needs returnUrl and cancelUrl').and.include('style.color "purple"');

    const manual = readConfiguration({
      options: { flow: 'managePaymentMethods', usage: 'subscription', consents: { companyName: 'Cool Company', termsOfUse: { url: '/terms' } }, redirect: { disableAutomaticRedirects: true, returnUrl: '/back', cancelUrl: '/back' } },
    });
    expect(manual.usage).to.equal('subscription');
    // No sale in managePaymentMethods: no terms unless asked for.
    expect(manual.termsOfSale).to.equal(false);
    expect(manual.consents).to.deep.equal({ companyName: 'Cool Company', termsOfUseUrl: new URL('/terms', location.href).href });
    expect(manual.redirect).to.deep.equal({ automatic: false, returnUrl: new URL('/back', location.href).href, cancelUrl: new URL('/back', location.href).href });
  });

  it('reads googlePay and applePay styles as their buttons take them, and showComplianceSection (never in managePaymentMethods)', async () => {
    const { readConfiguration } = await import('./configuration.js');
    const printed = await warnings(() => {
      const read = readConfiguration({
        paymentMethodConfiguration: {
          googlePay: { style: { buttonType: 'long', buttonColor: 'light', buttonLanguage: 'en' } },
          applePay: { style: { buttonType: 'long', buttonColor: 'pink', buttonSize: 'large' } },
        },
      });
      expect(read.wallets).to.deep.equal({ googlePay: { buttonType: 'long', buttonColor: 'light', buttonLanguage: 'en' }, applePay: {} });
      // The docs' default: shown in a checkout.
      expect(read.compliance).to.equal(true);
    });
    expect(printed).to.have.length(3);
    expect(printed.join('\n'))
      .to.include('applePay.style.buttonType is "plain" or "buy"; "long" was ignored')
      .and.include('applePay.style.buttonColor is "dark", "light" or "light-outline"; "pink" was ignored')
      .and.include('applePay.style does not support the option "buttonSize"');
    expect(readConfiguration({ options: { showComplianceSection: false } }).compliance).to.equal(false);
    // Digital River overrides it in managePaymentMethods: there is no sale to disclose.
    expect(readConfiguration({ options: { flow: 'managePaymentMethods', showComplianceSection: true } }).compliance).to.equal(false);
  });

  it('the compliance section names the selling entity of the shopper\'s country, in Drop-in\'s language', async () => {
    const { sellingEntityFor } = await import('./selling-entity.js');
    expect(['US', 'GB', 'JP', 'FR', 'DE'].map((country) => sellingEntityFor(undefined, country))).to.deep.equal(['DR_INC-ENTITY', 'DR_UK-ENTITY', 'DR_JAPAN-ENTITY', 'DR_IRELAND-ENTITY', 'DR_IRELAND-ENTITY']);
    // The API's answer wins when it names one.
    expect(sellingEntityFor({ sellingEntity: { id: 'C5_INC-ENTITY' } }, 'US')).to.equal('C5_INC-ENTITY');

    const sessionId = await checkoutSession('GBP', 'GB');
    const container = await fixture<HTMLDivElement>(html`<div id="dropin-compliance"></div>`);
    const ready: DropinReady[] = [];
    digitalRiver().createDropin({ sessionId, onReady: (data) => ready.push(data) }).mount('dropin-compliance');
    await waitUntil(() => ready.length > 0, 'onReady', { timeout: 8000 });
    const view = container.querySelector('dr-dropin')!;
    await view.updateComplete;
    const section = view.shadowRoot!.querySelector('[part=compliance] slot')! as HTMLSlotElement;
    const text = section.assignedElements().map((place) => place.firstElementChild?.shadowRoot?.textContent ?? '').join('');
    expect(text).to.include('Digital River UK Limited').and.include('Cancellation Right');
  });

  it('a wallet source the API refuses reaches onError with the payment method, the sheet saying why; Pay again succeeds', async () => {
    const sessionId = await checkoutSession('USD', 'US');
    const container = await fixture<HTMLDivElement>(html`<div id="dropin-wallet-refused"></div>`);
    const ready: DropinReady[] = [];
    const errors: DropinError[] = [];
    const successes: DropinSuccess[] = [];
    digitalRiver()
      .createDropin({
        sessionId,
        options: { showTermsOfSaleDisclosure: false },
        onReady: (data) => ready.push(data),
        onError: (data) => errors.push(data),
        onSuccess: (data) => successes.push(data),
      })
      .mount('dropin-wallet-refused');
    await waitUntil(() => ready.length > 0, 'onReady', { timeout: 8000 });
    const view = container.querySelector('dr-dropin')!;
    view.shadowRoot!.querySelector<HTMLInputElement>('input[value=googlePay]')!.click();
    await view.updateComplete;
    const walletButton = view.querySelector('[slot=wallet-googlePay] > div')!.shadowRoot!.querySelector('button')!;
    walletButton.click();
    const sheet = () => [...document.body.children].map((child) => child.shadowRoot).find((root) => root?.querySelector('dialog[open]'));
    await waitUntil(() => sheet(), 'the sheet');
    await sandbox.setScenario({ name: 'server_error', endpoint: 'POST /sources', times: 1 });
    // Pay has the focus: Enter is the shopper's own key press.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => errors.length > 0, 'onError', { timeout: 8000 });
    expect(errors[0]).to.deep.include({ paymentMethod: 'googlePay', type: 'api_error' });
    expect(errors[0]!.errors[0]!.code).to.equal('internal_server_error');
    expect(sheet()!.querySelector('[role=alert]')!.textContent).to.not.equal('');
    expect(view.shadowRoot!.querySelector('[role=status]')!.getAttribute('data-error-code')).to.equal('internal_server_error');
    // Pay was disabled while it worked; the sheet gives it the focus back, so the shopper's Enter pays again.
    expect(sheet()!.activeElement).to.equal(sheet()!.querySelector('button.pay'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => successes.length > 0, 'onSuccess', { timeout: 8000 });
    expect(successes[0]!.source).to.deep.include({ type: 'googlePay', state: 'chargeable' });
    expect(sheet()).to.equal(undefined);
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
