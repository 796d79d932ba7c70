import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { frameUrl, sandboxForTests } from '../../../test/browser/secure-fields.fixtures.js';
import { DigitalRiver } from '../../core/digital-river.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import '../install.js';
import type { PaymentRequest } from './payment-request.js';
import type { PaymentRequestResponse, WalletElement, WalletEventMap } from './wallet-element.js';

let sandbox: RemoteSandbox;
before(async () => {
  sandbox = await sandboxForTests();
});

const digitalRiver = (key = 'pk_test_wallet_tests') => new DigitalRiver(key, { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });

const details = (): PaymentRequest => ({
  country: 'US',
  currency: 'USD',
  total: { label: 'Order total', amount: 300 },
  displayItems: [
    { label: 'Item', amount: 100 },
    { label: 'Better item', amount: 200 },
  ],
  requestShipping: true,
  shippingOptions: [
    { id: 'free-shipping', label: 'Free shipping', detail: 'Arrives in 5 to 7 days', amount: 0 },
    { id: 'overnight-shipping', label: 'Overnight shipping', detail: 'Arrives tomorrow', amount: 10 },
  ],
  style: { buttonType: 'long', buttonColor: 'dark', buttonLanguage: 'en' },
  sessionId: 'session-wallet',
});

/** What console[kind] printed while `run` ran. */
async function printed(kind: 'warn' | 'error', run: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const original = console[kind];
  console[kind] = (line: string) => lines.push(line);
  try {
    await run();
  } finally {
    console[kind] = original;
  }
  return lines;
}

/** A wallet element mounted in a fresh container, with every event it reports. */
async function mounted(type: 'googlepay' | 'applepay', request: unknown = details(), dr = digitalRiver()) {
  const id = `wallet-${Math.random().toString(36).slice(2)}`;
  const container = await fixture<HTMLDivElement>(html`<div id=${id}></div>`);
  const element = dr.createElement(type, dr.paymentRequest(request as PaymentRequest) as never) as unknown as WalletElement;
  const events: { name: keyof WalletEventMap; data: unknown }[] = [];
  for (const name of ['ready', 'click', 'cancel', 'source'] as const) element.on(name, (data) => events.push({ name, data }));
  element.mount(id);
  await waitUntil(() => events.some(({ name }) => name === 'ready'), 'ready');
  const button = container.querySelector('div')!.shadowRoot!.querySelector('button')!;
  return { element, events, button, container };
}

const sheet = () => [...document.body.children].map((child) => child.shadowRoot?.querySelector('dialog')).find(Boolean) ?? null;

async function openWithKeyboard(button: HTMLButtonElement): Promise<HTMLDialogElement> {
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => sheet()?.open, 'the sandbox wallet opens');
  return sheet()!;
}

const activeIn = (dialog: HTMLDialogElement) => (dialog.getRootNode() as ShadowRoot).activeElement;
const totalShown = (dialog: HTMLDialogElement) => dialog.querySelector('.total')!.textContent;

describe('googlepay and applepay elements', () => {
  afterEach(() => {
    for (const child of [...document.body.children]) if (child.shadowRoot?.querySelector('dialog')) child.remove();
  });

  it('shows an accessible button named after the documented button type, and reports ready with the element type', async () => {
    const google = await mounted('googlepay');
    expect(google.events).to.deep.equal([{ name: 'ready', data: { elementType: 'googlepay' } }]);
    expect(google.button.textContent).to.equal('Buy with Google Pay');
    expect(google.button.type).to.equal('button');
    expect(google.button.lang).to.equal('en');
    await expect(google.container).to.be.accessible();

    const apple = await mounted('applepay', { ...details(), style: { buttonType: 'plain', buttonColor: 'light-outline' } });
    expect(apple.button.textContent).to.equal('Apple Pay');
    expect(apple.button.className).to.equal('light-outline');
    expect(getComputedStyle(apple.button).borderTopColor).to.equal('rgb(0, 0, 0)');
  });

  it("names the button in the instance's language, and shows it only once that language is there", async () => {
    const dr = new DigitalRiver('pk_test_wallet_tests', { apiBaseUrl: sandbox.url, frameUrl: frameUrl(), locale: 'de-DE' });
    const container = await fixture<HTMLDivElement>(html`<div id="wallet-german"></div>`);
    const element = dr.createElement('applepay', { ...details(), style: { buttonType: 'buy' } } as never) as unknown as WalletElement;
    let shownAtReady: string | null | undefined;
    element.on('ready', () => (shownAtReady = container.querySelector('div')!.shadowRoot!.querySelector('button')?.textContent));
    element.mount('wallet-german');
    // Not a word of English meanwhile.
    expect(container.querySelector('div')!.shadowRoot!.querySelector('button')).to.equal(null);
    await waitUntil(() => shownAtReady !== undefined, 'ready');
    const button = container.querySelector('div')!.shadowRoot!.querySelector('button')!;
    expect([shownAtReady, button.lang]).to.deep.equal(['Mit Apple Pay kaufen', 'de']);
    element.update({ style: { buttonType: 'plain' } });
    expect(container.querySelector('div')!.shadowRoot!.querySelector('button')!.textContent).to.equal('Apple Pay');
    await expect(container).to.be.accessible();
  });

  it('checks the payment request: unknown keys warn once, a missing total is an integration error and no wallet opens', async () => {
    const dr = digitalRiver();
    const warnings = await printed('warn', () => {
      dr.paymentRequest({ ...details(), colour: 'red', style: { buttonType: 'plain', height: 40 } } as unknown as PaymentRequest);
      dr.paymentRequest({ ...details(), colour: 'red' } as unknown as PaymentRequest);
    });
    expect(warnings.filter((line) => line.includes('"colour"'))).to.have.length(1);
    expect(warnings.filter((line) => line.includes('"height"'))).to.have.length(1);

    let element: WalletElement | undefined;
    const errors = await printed('error', () => {
      element = dr.createElement('googlepay', dr.paymentRequest({ country: 'US', currency: 'USD' } as PaymentRequest) as never) as unknown as WalletElement;
    });
    expect(errors).to.deep.equal(['[DigitalRiver] invalid_payment_request: paymentRequest() needs total (country: two letters, currency: three, total: {label, amount}).']);
    expect(element!.canMakePayment()).to.equal(false);
    expect(await printed('error', () => element!.show())).to.have.length(1);
    expect(sheet()).to.equal(null);
  });

  it('can make a payment with a test key (the sandbox wallet), not with a live key, which has no wallet offline', async () => {
    expect((digitalRiver().createElement('applepay', details() as never) as unknown as WalletElement).canMakePayment()).to.equal(true);
    const live = new DigitalRiver('pk_live_wallet_tests', { frameUrl: frameUrl() });
    expect((live.createElement('applepay', details() as never) as unknown as WalletElement).canMakePayment()).to.equal(false);
  });

  it('takes the request wrapped as {paymentRequest} too', async () => {
    const { button } = await mounted('googlepay', undefined, digitalRiver());
    expect(button.textContent).to.equal('Buy with Google Pay');
    const wrapped = digitalRiver().createElement('googlepay', { paymentRequest: details() } as never) as unknown as WalletElement;
    expect(wrapped.canMakePayment()).to.equal(true);
  });

  it('opens the sandbox wallet on a click: a modal dialog marked as the sandbox\'s, in English, focus inside and trapped', async () => {
    const { button, events } = await mounted('googlepay');
    const dialog = await openWithKeyboard(button);
    expect(events.map(({ name }) => name)).to.deep.equal(['ready', 'click']);
    expect(events[1]!.data).to.deep.equal({ elementType: 'googlepay' });
    expect(dialog.lang).to.equal('en');
    const root = dialog.getRootNode() as ShadowRoot;
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.equal('Google Pay (sandbox)');
    expect(root.getElementById(dialog.getAttribute('aria-describedby')!)!.textContent).to.contain('Sandbox wallet — no real wallet is used');
    expect(totalShown(dialog)).to.equal('Order total$300.00');
    expect(activeIn(dialog)?.tagName).to.equal('SELECT');
    await expect(dialog).to.be.accessible();

    // Tab goes round the sheet's controls and never leaves it.
    const visited = new Set<string>();
    for (let step = 0; step < 6; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = activeIn(dialog);
      expect(active && dialog.contains(active), `step ${step}`).to.equal(true);
      visited.add(active!.tagName === 'BUTTON' ? active!.textContent! : active!.tagName);
    }
    expect([...visited]).to.have.members(['Cancel', 'Pay $300.00', 'SELECT', 'INPUT']);
    await sendKeys({ press: 'Shift+Tab' });
    expect(dialog.contains(activeIn(dialog)!)).to.equal(true);
  });

  it('Escape cancels: the cancel event, the sheet gone, focus back on the button', async () => {
    const { button, events } = await mounted('applepay');
    await openWithKeyboard(button);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => events.some(({ name }) => name === 'cancel'), 'cancel');
    expect(events.at(-1)).to.deep.equal({ name: 'cancel', data: { elementType: 'applepay' } });
    expect(sheet()).to.equal(null);
    expect(button.getRootNode() instanceof ShadowRoot && (button.getRootNode() as ShadowRoot).activeElement).to.equal(button);
  });

  it('accepting makes a chargeable wallet source on the sandbox and reports it as the documented payment request response', async () => {
    const { button, events } = await mounted('googlepay');
    const dialog = await openWithKeyboard(button);
    const pay = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Pay'))!;
    // A script's click is not the shopper's: nothing happens.
    pay.click();
    pay.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(dialog.open).to.equal(true);
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.some(({ name }) => name === 'source'), 'source', { timeout: 8000 });
    const response = events.find(({ name }) => name === 'source')!.data as PaymentRequestResponse;
    expect(response.error).to.equal(null);
    expect(response.elementType).to.equal('googlepay');
    expect(response.source).to.include({ type: 'googlePay', state: 'chargeable', reusable: false, paymentSessionId: 'session-wallet', currency: 'USD', amount: 300 });
    expect(response.source.googlePay).to.include({ brand: 'Visa', lastFourDigits: '1111' });
    expect(response.billingAddress.address).to.include({ city: 'Minnetonka', country: 'US' });
    expect(response.shippingAddress!.address.city).to.equal('Minnetonka');
    expect(response.shippingOption!.id).to.equal('free-shipping');
    expect(response.contactInformation.email).to.equal('jdoe@example.test');
    expect(typeof response.complete).to.equal('function');
    response.complete('success');
    await waitUntil(() => sheet() === null, 'the sheet closes');
    const { source } = (await digitalRiver().retrieveSource(response.source.id, response.source.clientSecret)) as { source: { state: string } };
    expect(source.state).to.equal('chargeable');
  });

  it('a source the API refuses keeps the sheet open with the reason, and no source event', async () => {
    // An API the frame deployment does not trust: the controller frame refuses the call.
    const untrusted = new DigitalRiver('pk_test_wallet_tests', { apiBaseUrl: 'https://api.example.test', frameUrl: frameUrl() });
    const { button, events } = await mounted('applepay', details(), untrusted);
    const dialog = await openWithKeyboard(button);
    const pay = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Pay'))!;
    pay.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog.querySelector('[role=alert]')!.textContent !== '', 'the reason', { timeout: 8000 });
    expect(dialog.querySelector('[role=alert]')!.textContent).to.contain('apiBaseUrl https://api.example.test is not one of them');
    expect(dialog.open).to.equal(true);
    expect(pay.disabled).to.equal(false);
    // Pay was disabled while it worked: the focus is back on it, for the shopper to pay again.
    expect(activeIn(dialog)).to.equal(pay);
    expect(events.map(({ name }) => name)).to.not.include('source');
  });

  it("marks the page's labels in the sheet with the instance's language (the sheet itself is the sandbox's English)", async () => {
    const french = new DigitalRiver('pk_test_wallet_tests', { apiBaseUrl: sandbox.url, frameUrl: frameUrl(), locale: 'fr-FR' });
    const request = { ...details(), total: { label: 'Total de la commande', amount: 300 } };
    const { button } = await mounted('googlepay', request, french);
    const dialog = await openWithKeyboard(button);
    expect(dialog.lang).to.equal('en');
    const total = dialog.querySelector('.total span')!;
    expect([total.textContent, total.getAttribute('lang')]).to.deep.equal(['Total de la commande', 'fr']);
    expect(dialog.querySelector('li span')!.getAttribute('lang')).to.equal('fr');
    expect(dialog.querySelector('.buttons button')!.hasAttribute('lang')).to.equal(false);
  });

  it("is not in the bundle: where the frames' deployment serves no sheet, cancel carries a typed error and nothing throws", async () => {
    // A deployment without the sandbox's sheet, as the production frames are.
    const elsewhere = new DigitalRiver('pk_test_wallet_tests', { apiBaseUrl: sandbox.url, frameUrl: new URL('/no-deployment-here/frame.html', frameUrl()).href });
    const { element, button, events } = await mounted('googlepay', details(), elsewhere);
    const errors = await printed('error', async () => {
      button.click();
      await waitUntil(() => events.some(({ name }) => name === 'cancel'), 'cancel', { timeout: 8000 });
    });
    const cancel = events.find(({ name }) => name === 'cancel')!.data as WalletEventMap['cancel'];
    expect(cancel.elementType).to.equal('googlepay');
    expect(cancel.error).to.deep.include({ type: 'integration_error' });
    expect(cancel.error!.errors[0]!.code).to.equal('wallet_sheet_unavailable');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('wallet_sheet_unavailable');
    expect(sheet()).to.equal(null);
    // Asking again tries again, and fails the same way.
    await printed('error', async () => {
      element.show();
      await waitUntil(() => events.filter(({ name }) => name === 'cancel').length === 2, 'a second cancel', { timeout: 8000 });
    });
  });

  it('a shipping address change waits for updateWith, then shows the new total; a failure shows its message and blocks paying', async () => {
    const { element, button } = await mounted('applepay');
    const changes: WalletEventMap['shippingaddresschange'][] = [];
    element.on('shippingaddresschange', (event) => changes.push(event));
    const dialog = await openWithKeyboard(button);
    const pay = [...dialog.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Pay'))!;
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => changes.length === 1, 'shippingaddresschange');
    expect(changes[0]!.shippingAddress.address).to.include({ city: 'Toronto', country: 'CA' });
    expect(pay.disabled).to.equal(true);
    changes[0]!.updateWith({ status: 'success', total: { label: 'New total', amount: 1020.1 }, displayItems: [{ label: 'Big screen TV', amount: 1000 }, { label: 'Shipping', amount: 20.1 }] });
    await waitUntil(() => totalShown(dialog) === 'New total$1,020.10', 'the new total');
    expect(pay.textContent).to.equal('Pay $1,020.10');
    expect(pay.disabled).to.equal(false);
    expect(dialog.querySelector('[role=status]')!.textContent).to.equal('Total: $1,020.10');

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => changes.length === 2, 'a second change');
    changes[1]!.updateWith({ status: 'failure', error: { message: 'We can only ship to the US, Canada and Mexico.' } });
    await waitUntil(() => dialog.querySelector('[role=alert]')!.textContent !== '', 'the failure');
    expect(dialog.querySelector('[role=alert]')!.textContent).to.equal('We can only ship to the US, Canada and Mexico.');
    expect(pay.disabled).to.equal(true);
    // A second answer to the same change counts for nothing.
    changes[1]!.updateWith({ status: 'success' });
    expect(pay.disabled).to.equal(true);
  });

  it('a shipping option change reports the documented option and takes the page\'s update', async () => {
    const { element, button } = await mounted('googlepay');
    element.on('shippingoptionchange', (event) => {
      expect(event.shippingOption).to.deep.equal({ id: 'overnight-shipping', label: 'Overnight shipping', detail: 'Arrives tomorrow', amount: 10 });
      event.updateWith({ status: 'success', total: { label: 'Order total', amount: 310 } });
    });
    const dialog = await openWithKeyboard(button);
    const radio = dialog.querySelector<HTMLInputElement>('input[value=free-shipping]')!;
    expect(radio.checked).to.equal(true);
    radio.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => totalShown(dialog) === 'Order total$310.00', 'the repriced total');
    expect(dialog.querySelector<HTMLInputElement>('input[value=overnight-shipping]')!.checked).to.equal(true);
    expect(activeIn(dialog)).to.equal(dialog.querySelector('input[value=overnight-shipping]'));
  });

  it('update() merges a new request: the button follows the new style, the sheet shows the new total; unmount and mount keep it', async () => {
    const { element, container, events } = await mounted('googlepay');
    element.update(digitalRiver().paymentRequest({ ...details(), total: { label: 'Order total', amount: 42 }, style: { buttonType: 'plain', buttonColor: 'light' } }));
    const button = () => container.querySelector('div')!.shadowRoot!.querySelector('button')!;
    expect(button().textContent).to.equal('Google Pay');
    expect(button().className).to.equal('light');
    element.unmount();
    expect(container.children).to.have.length(0);
    element.mount(container.id);
    await waitUntil(() => events.filter(({ name }) => name === 'ready').length === 2, 'ready again');
    const dialog = await openWithKeyboard(button());
    expect(totalShown(dialog)).to.equal('Order total$42.00');
  });

  it("shows the page's labels as text: markup in a label or an update's message stays text", async () => {
    const hostile = '<img src=x onerror="window.hostileRan = true">';
    const { element, button } = await mounted('googlepay', { ...details(), displayItems: [{ label: hostile, amount: 1 }] });
    element.on('shippingaddresschange', (event) => event.updateWith({ status: 'failure', error: { message: hostile } }));
    const dialog = await openWithKeyboard(button);
    expect(dialog.querySelector('li')!.textContent).to.equal(`${hostile}$1.00`);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => dialog.querySelector('[role=alert]')!.textContent === hostile, 'the message as text');
    expect(dialog.querySelector('img')).to.equal(null);
    expect((window as { hostileRan?: boolean }).hostileRan).to.equal(undefined);
  });

  it('with waitOnClick a click only reports click; show() opens the sheet; destroy() closes it and removes the button', async () => {
    const { element, button, events, container } = await mounted('googlepay', { ...details(), waitOnClick: true });
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.some(({ name }) => name === 'click'), 'click');
    expect(sheet()).to.equal(null);
    element.show();
    await waitUntil(() => sheet()?.open, 'the sheet');
    element.destroy();
    expect(sheet()).to.equal(null);
    expect(container.children).to.have.length(0);
    expect(await printed('error', () => element.mount(container.id))).to.have.length(1);
  });
});
