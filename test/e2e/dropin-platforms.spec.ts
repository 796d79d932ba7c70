import { expect, test, type Page } from '@playwright/test';
import { fillCard } from '../../src/testing/playwright.js';

// createDropin as commerce platforms' integrations call it (examples/dropin-platforms.html): each mounts on a
// checkout of the sandbox and reaches its onSuccess, with the shapes those integrations read.
const SANDBOX = 'http://127.0.0.1:4010';
const PAGE = 'http://localhost:4174/examples/dropin-platforms.html';

interface IntegrationEvent {
  name: string;
  data: unknown;
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { integrationEvents: IntegrationEvent[] }).integrationEvents);
const dropin = (page: Page) => page.locator('#drop-in dr-dropin');
const named = async (page: Page, name: string) => (await events(page)).filter((event) => event.name === name).map((event) => event.data);

async function checkoutSession(currency: string, country: string): Promise<string> {
  const response = await fetch(`${SANDBOX}/checkouts`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_dropin_platforms', 'Content-Type': 'application/json' },
    body: JSON.stringify({ currency, items: [{ quantity: 2, price: 35 }], billTo: { address: { country } } }),
  });
  return ((await response.json()) as { payment: { session: { id: string } } }).payment.session.id;
}

test('Salesforce Commerce Cloud shape: the card, saved, reaches submitDropInData; a failed card shows the first error\'s message', async ({ page }) => {
  await page.goto(`${PAGE}?platform=sfcc&session=${await checkoutSession('USD', 'US')}`);
  await expect.poll(() => named(page, 'onReady')).toEqual([['creditCard', 'payPal', 'wireTransfer']]);
  await fillCard(page, { number: '4000000000003295', expiry: '1230', cvc: '123' });
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect(page.locator('#checkout-error')).toHaveText('Your card was declined. Try another card.');
  expect(await named(page, 'onError')).toEqual([{ paymentMethod: 'creditCard', code: 'source_failed' }]);

  await page.reload();
  await expect.poll(() => named(page, 'onReady')).toHaveLength(1);
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
  await dropin(page).getByRole('checkbox', { name: /Save this card/ }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect.poll(() => named(page, 'submitDropInData')).toEqual([{ sourceId: expect.stringMatching(/^src_/), state: 'chargeable', readyForStorage: true }]);
});

test('Salesforce Commerce Cloud shape: a wire transfer is pending_funds, which the cartridge accepts', async ({ page }) => {
  await page.goto(`${PAGE}?platform=sfcc&session=${await checkoutSession('USD', 'US')}`);
  await expect.poll(() => named(page, 'onReady')).toHaveLength(1);
  await dropin(page).getByRole('radio', { name: 'Wire transfer' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect.poll(() => named(page, 'submitDropInData')).toEqual([{ sourceId: expect.stringMatching(/^src_/), state: 'pending_funds', readyForStorage: false }]);
});

test('BigCommerce shape: options spread from the store\'s settings, an empty phone and address line; onReady renders the button, onSuccess gives the form its source', async ({ page }) => {
  await page.goto(`${PAGE}?platform=bigcommerce&session=${await checkoutSession('USD', 'US')}`);
  await expect.poll(() => named(page, 'renderButton')).toEqual([['creditCard', 'payPal', 'wireTransfer', 'googlePay', 'applePay']]);
  // No terms (showTermsOfSaleDisclosure: false), no save box.
  await expect(dropin(page).getByRole('checkbox')).toHaveCount(0);
  await fillCard(page, { number: '5466160000000008', expiry: '1131', cvc: '321' });
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect.poll(() => named(page, 'submitForm')).toEqual([{ source: { id: expect.stringMatching(/^src_/), reusable: false }, readyForStorage: false }]);
  // An incomplete card: onError's errors[] as the strategy joins them.
  await page.reload();
  await expect.poll(() => named(page, 'renderButton')).toHaveLength(1);
  await fillCard(page, { number: '4444222233331111', expiry: '12', cvc: '123' });
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect.poll(() => named(page, 'onError')).toEqual([expect.stringMatching(/^code: incomplete_expiration_date message: /)]);
});

test('VTEX shape: its own redirects back to the same page; PayPal gives respondTransaction a pending_redirect source with the consents', async ({ page }) => {
  await page.goto(`${PAGE}?platform=vtex&session=${await checkoutSession('EUR', 'FR')}`);
  await expect.poll(() => named(page, 'onReady')).toEqual([['creditCard', 'payPal', 'directDebit', 'wireTransfer', 'googlePay', 'applePay']]);
  await dropin(page).getByRole('radio', { name: 'PayPal' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Check out with PayPal' }).click();
  await expect.poll(() => named(page, 'respondTransaction')).toEqual([
    { sourceId: expect.stringMatching(/^src_/), type: 'payPal', state: 'pending_redirect', consents: { termsOfSale: true, eula: false, termsOfUse: false } },
  ]);
  // Drop-in did not leave the page: the app redirects once the order exists.
  expect(page.url()).toContain('platform=vtex');
  await dropin(page).getByRole('radio', { name: 'Credit card' }).check();
  await fillCard(page, { number: '343456789012341', expiry: '1230', cvc: '1234' });
  await dropin(page).getByRole('button', { name: 'Finalize purchase' }).click();
  await expect.poll(async () => (await named(page, 'respondTransaction')).length).toBe(2);
  expect((await named(page, 'respondTransaction'))[1]).toMatchObject({ type: 'creditCard', state: 'chargeable' });
});
