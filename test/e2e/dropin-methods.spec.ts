import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillCard } from '../../src/testing/playwright.js';

// Drop-in's payment methods beyond the card, each as a shopper meets it on examples/dropin-documented.html (Digital
// River's documented Drop-in code, loaded from the sandbox server): the methods offered come from a checkout the
// storefront's server made on that sandbox (its currency, billing country and amount); PayPal and direct debit go to
// the sandbox's approval page and back; a wire transfer's source waits for funds.
const SANDBOX = 'http://127.0.0.1:4010';
const PAGE = 'http://localhost:4174/examples/dropin-documented.html';

interface DropinEvent {
  name: string;
  data: Record<string, unknown> & { source?: Record<string, unknown> & { id: string; redirect?: { returnUrl: string; cancelUrl?: string } } };
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { dropinEvents: DropinEvent[] }).dropinEvents);
const log = (page: Page) => page.locator('#log li');
const dropin = (page: Page) => page.locator('#drop-in dr-dropin');

/**
 * What the storefront's server does first: a checkout, whose payment session Drop-in is given. The page's address
 * names both (`session=…&checkout=…`): the page's stand-in for the server attaches the source and places the order.
 */
async function checkoutSession(currency: string, country: string, price = 450): Promise<string> {
  const response = await fetch(`${SANDBOX}/checkouts`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_dropin_methods', 'Content-Type': 'application/json' },
    body: JSON.stringify({ currency, items: [{ name: 'Kazual Comfort', quantity: 1, price }], billTo: { address: { country } } }),
  });
  expect(response.status).toBe(201);
  const checkout = (await response.json()) as { id: string; payment: { session: { id: string } } };
  return `${checkout.payment.session.id}&checkout=${checkout.id}`;
}

async function sourceState(id: string): Promise<string | undefined> {
  const { sources } = (await (await fetch(`${SANDBOX}/__sandbox/sources`)).json()) as { sources: { id: string; state: string }[] };
  return sources.find((source) => source.id === id)?.state;
}

const ALL = 'onReady: creditCard payPal directDebit wireTransfer googlePay applePay';

test('the methods shown are those of the payment session: a euro checkout in France, a dollar one in the US, a large one', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  const names = await dropin(page).getByRole('group', { name: 'Payment method' }).getByRole('radio').evaluateAll((radios) => radios.map((radio) => radio.parentElement!.textContent!.trim()));
  expect(names).toEqual(['Credit card', 'PayPal', 'SEPA Direct Debit', 'Wire transfer', 'Google Pay', 'Apple Pay']);

  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText(['onReady: creditCard payPal wireTransfer googlePay applePay']);

  // Over PayPal's limit in the sandbox's data.
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'DE', 12_000)}`);
  await expect(log(page)).toHaveText(['onReady: creditCard directDebit wireTransfer googlePay applePay']);

  // retrieveAvailablePaymentMethods itself, as the reference shows it.
  const answer = await page.evaluate(async (sessionId) => {
    const dr = (window as unknown as { digitalriver: { retrieveAvailablePaymentMethods(filters?: object): Promise<unknown> } }).digitalriver;
    return [await dr.retrieveAvailablePaymentMethods({ sessionId }), await dr.retrieveAvailablePaymentMethods({ currency: 'USD', country: 'US', supportsRecurring: true })];
  }, (await checkoutSession('EUR', 'FR')).split('&')[0]!);
  expect(answer[0]).toMatchObject({ sessionInformation: { currency: 'EUR', country: 'FR', amount: '450.00' } });
  expect((answer[1] as { paymentMethods: { type: string }[] }).paymentMethods.map((method) => method.type)).toEqual(['creditCard', 'googlePay']);
});

test('the card on a checkout: onSuccess, the storefront attaches the source and the order is placed', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect(log(page)).toHaveText([ALL, 'onSuccess: creditCard chargeable Visa 1111, readyForStorage false, supportsStorage true, termsOfSale true, eula false, termsOfUse false', 'order: accepted']);
});

test('PayPal with automatic redirects: the shopper approves on the provider\'s page and, back on the page, onSuccess gets the source chargeable and the order is placed', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  // The first method starts open (expandFirstPaymentMethod); choosing PayPal opens its panel and makes the button PayPal's.
  await expect(dropin(page).getByRole('radio', { name: 'Credit card' })).toBeChecked();
  await dropin(page).getByRole('radio', { name: 'PayPal' }).check();
  await expect(dropin(page).getByText('You approve the payment with PayPal, then come back here.')).toBeVisible();
  const button = dropin(page).getByRole('button', { name: 'Check out with PayPal' });
  await expect(button).toHaveAttribute('data-paypal-color', 'gold');
  await expect(button).toHaveAttribute('data-paypal-shape', 'pill');
  // The terms of sale must be accepted first.
  await button.click();
  const terms = dropin(page).getByRole('checkbox', { name: /Terms of Sale/ });
  await expect(dropin(page).getByRole('status')).toHaveText('To continue, accept the terms.');
  await expect(terms).toBeFocused();
  await expect(terms).toHaveAttribute('aria-invalid', 'true');
  await expect(dropin(page).getByRole('link', { name: 'End User License Agreement' })).toHaveAttribute('href', 'https://shop.example.test/eula');
  await terms.check();
  await expect(terms).toHaveAttribute('aria-invalid', 'false');
  await button.click();

  await page.waitForURL(`${SANDBOX}/__sandbox/redirect?**`);
  await expect(page.getByRole('heading')).toHaveText('Sandbox PayPal payment');
  await page.getByRole('button', { name: 'Approve payment' }).click();

  await page.waitForURL(/dropin-documented\.html/);
  await expect(log(page)).toHaveText([ALL, 'onSuccess: payPal chargeable, readyForStorage false, supportsStorage true, termsOfSale true, eula true, termsOfUse true', 'order: accepted']);
  await expect(dropin(page).getByRole('status')).toHaveText('PayPal approved the payment.');
  // The marker is off the address: a reload reports nothing again.
  expect(page.url()).not.toContain('drDropinRedirect');
  const success = (await events(page))[1]!;
  expect(success.data.source).toMatchObject({ type: 'payPal', state: 'chargeable', flow: 'redirect' });
  await page.reload();
  await expect(log(page)).toHaveText([ALL]);
  await expect(dropin(page).getByRole('status')).toHaveText('');
});

test('direct debit approved: back on the page, onSuccess gets the source chargeable and the order is placed', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  await dropin(page).getByRole('radio', { name: 'SEPA Direct Debit' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(`${SANDBOX}/__sandbox/redirect?**`);
  await expect(page.getByRole('heading')).toHaveText('Sandbox SEPA Direct Debit payment');
  await page.getByRole('button', { name: 'Approve payment' }).click();
  await page.waitForURL(/dropin-documented\.html/);
  await expect(log(page)).toHaveText([ALL, 'onSuccess: directDebit chargeable, readyForStorage false, supportsStorage true, termsOfSale true, eula true, termsOfUse true', 'order: accepted']);
});

test('direct debit declined on the provider\'s page: back on the page, onCancel with the payment method', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  await dropin(page).getByRole('radio', { name: 'SEPA Direct Debit' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(`${SANDBOX}/__sandbox/redirect?**`);
  await page.getByRole('button', { name: 'Decline payment' }).click();
  await page.waitForURL(/dropin-documented\.html/);
  await expect(log(page)).toHaveText([ALL, 'onCancel: directDebit']);
  expect((await events(page))[1]!.data).toEqual({ paymentMethod: 'directDebit' });
  await expect(dropin(page).getByRole('status')).toHaveText('The SEPA Direct Debit payment was cancelled. Choose how to pay.');
  await expect(dropin(page).getByRole('radio', { name: 'SEPA Direct Debit' })).toBeChecked();
});

test('a redirect source that fails at once (owner SourceFail) reaches onError with the payment method and the errors', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&lastName=SourceFail&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  await dropin(page).getByRole('radio', { name: 'PayPal' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Check out with PayPal' }).click();
  await expect(log(page).nth(1)).toHaveText('onError: payPal source_failed');
  const error = (await events(page))[1]!.data;
  expect(error).toMatchObject({ paymentMethod: 'payPal', errors: [{ code: 'source_failed' }] });
  expect(page.url()).toContain('dropin-documented.html');
});

test('submit then redirect (disableAutomaticRedirects): onSuccess gets the source pending_redirect, the storefront attaches it and redirects, its callback page finds the session ready and places the order', async ({ page }) => {
  const session = await checkoutSession('EUR', 'FR');
  await page.goto(`${PAGE}?example=submit-then-redirect&session=${session}`);
  await expect(log(page)).toHaveText([ALL]);
  // No terms in this configuration (showTermsOfSaleDisclosure: false).
  await expect(dropin(page).getByRole('checkbox')).toHaveCount(0);
  await dropin(page).getByRole('radio', { name: 'PayPal' }).check();
  await dropin(page).getByRole('button', { name: 'Check out with PayPal' }).click();
  // The page's onSuccess sent the shopper to the source's redirectUrl: the source waits there, with the storefront's URLs.
  await page.waitForURL(`${SANDBOX}/__sandbox/redirect?**`);
  const sourceId = new URL(page.url()).searchParams.get('sourceId')!;
  const source = (await (await fetch(`${SANDBOX}/sources/${sourceId}`, { headers: { Authorization: 'Bearer sk_test_dropin_methods' } })).json()) as Record<string, unknown>;
  const callback = `${PAGE}?example=payment-callback&checkout=${new URL(`${PAGE}?session=${session}`).searchParams.get('checkout')}`;
  expect(source).toMatchObject({ type: 'payPal', state: 'pending_redirect', redirect: { returnUrl: callback, cancelUrl: callback } });
  await page.getByRole('button', { name: 'Approve payment' }).click();
  // The callback page: the back end finds the session ready and places the order (the thank-you page).
  await page.waitForURL(callback);
  await expect(log(page)).toHaveText(['payment callback: session requires_confirmation', 'order: accepted']);
  expect(await sourceState(sourceId)).toBe('consumed');
});

test('wire transfer: onSuccess gets the source pending_funds with the bank details, the order waits for the funds; they arrive and the charge goes through', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText(['onReady: creditCard payPal wireTransfer googlePay applePay']);
  await dropin(page).getByRole('radio', { name: 'Wire transfer' }).check();
  await expect(dropin(page).getByText('After you order, you get the bank details to send the payment to.')).toBeVisible();
  // A wire transfer cannot be saved: no save box for it.
  await expect(dropin(page).getByRole('checkbox', { name: /Save/ })).toHaveCount(0);
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect(log(page).nth(1)).toHaveText('onSuccess: wireTransfer pending_funds, readyForStorage false, supportsStorage false, termsOfSale true, eula false, termsOfUse false');
  // The order waits for the funds.
  await expect(log(page).nth(2)).toHaveText('order: pending_payment');
  const source = (await events(page))[1]!.data.source!;
  expect(source).toMatchObject({ type: 'wireTransfer', flow: 'receiver', wireTransfer: { accountHolder: expect.any(String), iban: expect.any(String), referenceId: expect.any(String) } });
  await expect(dropin(page).getByRole('status')).toHaveText('Wire transfer chosen: the bank details come with your order.');
  expect((await fetch(`${SANDBOX}/__sandbox/sources/${source.id}/funds`, { method: 'POST' })).status).toBe(200);
  // Its charge is capturable now; a single-use source is then consumed.
  expect(await sourceState(source.id)).toBe('consumed');
});

test('keyboard only: into the method choice, arrows to PayPal, Tab to the terms and the button, Enter redirects', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('radio', { name: 'Credit card' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dropin(page).getByRole('radio', { name: 'PayPal' })).toBeFocused();
  await expect(dropin(page).getByRole('radio', { name: 'PayPal' })).toBeChecked();
  // The card's panel closed: its fields are out of the Tab order.
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('checkbox', { name: /Terms of Sale/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('link', { name: 'End User License Agreement' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('button', { name: 'Check out with PayPal' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${SANDBOX}/__sandbox/redirect?**`);
});

test('axe finds nothing on the open Drop-in, with every method and after an error', async ({ page }) => {
  await page.goto(`${PAGE}?example=automatic-redirects&session=${await checkoutSession('EUR', 'FR')}`);
  await expect(log(page)).toHaveText([ALL]);
  // The WCAG rules, as for <dr-checkout>: the page-level best practices (one main landmark, a heading) are the page's.
  const scan = async () =>
    (await new AxeBuilder({ page }).include('#drop-in').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(await scan()).toEqual([]);
  for (const method of ['PayPal', 'SEPA Direct Debit', 'Wire transfer']) {
    await dropin(page).getByRole('radio', { name: method }).check();
    expect(await scan()).toEqual([]);
  }
  await dropin(page).getByRole('button', { name: 'Continue' }).click();
  await expect(dropin(page).getByRole('status')).toHaveText('To continue, accept the terms.');
  expect(await scan()).toEqual([]);
  await dropin(page).getByRole('radio', { name: 'Credit card' }).check();
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
  expect(await scan()).toEqual([]);
});
