import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Google Pay, Apple Pay and the compliance section in Drop-in, on examples/dropin-documented.html (Digital River's
// documented Drop-in code, loaded from the sandbox server, unchanged): the payment session of a checkout the
// storefront's server made decides that the wallets are offered; the wallet's own button opens the sandbox's sheet
// (no wallet exists offline), which the test accepts or cancels as a shopper would.
const SANDBOX = 'http://127.0.0.1:4010';
const PAGE = 'http://localhost:4174/examples/dropin-documented.html';

interface DropinEvent {
  name: string;
  data: Record<string, unknown> & { source?: Record<string, unknown> & { id: string } };
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { dropinEvents: DropinEvent[] }).dropinEvents);
const log = (page: Page) => page.locator('#log li');
const dropin = (page: Page) => page.locator('#drop-in dr-dropin');
const sheet = (page: Page) => page.getByRole('dialog');
const terms = (page: Page) => dropin(page).getByRole('checkbox', { name: /Terms of Sale/ });

/** The storefront's server: a checkout, whose payment session Drop-in gets (`session=…&checkout=…`). */
async function checkoutSession(currency: string, country: string, price = 120): Promise<string> {
  const response = await fetch(`${SANDBOX}/checkouts`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_dropin_wallets', 'Content-Type': 'application/json' },
    body: JSON.stringify({ currency, items: [{ name: 'Kazual Comfort', quantity: 1, price }], billTo: { address: { country } } }),
  });
  expect(response.status).toBe(201);
  const checkout = (await response.json()) as { id: string; payment: { session: { id: string } } };
  return `${checkout.payment.session.id}&checkout=${checkout.id}`;
}

const US = 'onReady: creditCard payPal wireTransfer googlePay applePay';

test('Google Pay: the wallet\'s button takes the place of Drop-in\'s, asks for the terms first, and the accepted sheet reaches onSuccess; the order is placed', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText([US]);
  await dropin(page).getByRole('radio', { name: 'Google Pay' }).check();
  await expect(dropin(page).getByText('Use the Google Pay button below to pay.')).toBeVisible();
  await expect(dropin(page).getByRole('button', { name: 'Submit order' })).toHaveCount(0);
  const button = dropin(page).getByRole('button', { name: 'Google Pay', exact: true });

  // The terms of sale before the sheet: no sheet, the box named and focused.
  await button.click();
  await expect(dropin(page).getByRole('status').first()).toHaveText('To continue, accept the terms.');
  await expect(terms(page)).toBeFocused();
  await expect(sheet(page)).toHaveCount(0);

  // Google Pay can be saved: the save box is offered (showSavePaymentAgreement) and readyForStorage says it was ticked.
  await dropin(page).getByRole('checkbox', { name: /Save this payment method/ }).check();
  await terms(page).check();
  await button.click();
  await expect(sheet(page)).toHaveAccessibleName('Google Pay (sandbox)');
  await expect(sheet(page).getByText('Order total')).toBeVisible();
  await sheet(page).getByRole('button', { name: 'Pay $120.00' }).click();
  await expect(sheet(page)).toHaveCount(0);
  await expect(log(page)).toHaveText([US, 'onSuccess: googlePay chargeable, readyForStorage true, supportsStorage true, termsOfSale true, eula false, termsOfUse false', 'order: accepted']);
  await expect(dropin(page).getByRole('status').first()).toHaveText('Google Pay approved the payment.');
  const success = (await events(page))[1]!.data;
  expect(success.source).toMatchObject({ type: 'googlePay', state: 'chargeable', amount: 120, currency: 'USD', googlePay: { brand: 'Visa', lastFourDigits: '1111' } });
});

test('Apple Pay with the guide\'s button style: accepted in the sheet, onSuccess and the order; Apple Pay cannot be saved', async ({ page }) => {
  await page.goto(`${PAGE}?example=wallets&session=${await checkoutSession('EUR', 'FR', 80)}`);
  await expect(log(page)).toHaveText(['onReady: creditCard payPal directDebit wireTransfer googlePay applePay']);
  await dropin(page).getByRole('radio', { name: 'Apple Pay' }).check();
  await expect(dropin(page).getByRole('checkbox', { name: /Save/ })).toHaveCount(0);
  await terms(page).check();
  // applePay.style from "Payment method configurations": plain, dark.
  const button = dropin(page).getByRole('button', { name: 'Apple Pay', exact: true });
  await expect(button).toHaveClass('dark');
  await button.click();
  await expect(sheet(page)).toHaveAccessibleName('Apple Pay (sandbox)');
  await sheet(page).getByRole('button', { name: 'Pay €80.00' }).click();
  await expect(log(page)).toHaveText([
    'onReady: creditCard payPal directDebit wireTransfer googlePay applePay',
    'onSuccess: applePay chargeable, readyForStorage false, supportsStorage false, termsOfSale true, eula false, termsOfUse false',
    'order: accepted',
  ]);
});

test('a cancelled wallet sheet reaches onCancel with the payment method; focus is back on the wallet\'s button, and the shopper can pay after all', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText([US]);
  await dropin(page).getByRole('radio', { name: 'Google Pay' }).check();
  await terms(page).check();
  const button = dropin(page).getByRole('button', { name: 'Google Pay', exact: true });
  await button.click();
  await sheet(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(sheet(page)).toHaveCount(0);
  await expect(log(page)).toHaveText([US, 'onCancel: googlePay']);
  expect((await events(page))[1]!.data).toEqual({ paymentMethod: 'googlePay' });
  await expect(dropin(page).getByRole('status').first()).toHaveText('The Google Pay payment was cancelled. Choose how to pay.');
  await expect(button).toBeFocused();
  await button.click();
  await sheet(page).getByRole('button', { name: 'Pay $120.00' }).click();
  await expect(log(page).nth(2)).toHaveText('onSuccess: googlePay chargeable, readyForStorage false, supportsStorage true, termsOfSale true, eula false, termsOfUse false');
});

test("in French: Drop-in's compliance section shows the disclosures in French, and the (English) sheet marks Drop-in's order-total label as French", async ({ page }) => {
  const [sessionId] = (await checkoutSession('EUR', 'FR')).split('&');
  await page.goto(`${PAGE}?example=getting-started&session=${sessionId}`);
  await expect(log(page)).toHaveCount(1);
  // A French storefront's Drop-in: the same documented configuration, with locale fr-FR.
  await page.evaluate((sessionId) => {
    document.body.insertAdjacentHTML('beforeend', '<div id="drop-in-fr"></div>');
    const DR = (window as unknown as { DigitalRiver: new (key: string, options: object) => { createDropin(configuration: object): { mount(id: string): void } } }).DigitalRiver;
    new DR('pk_test_dropin_documented', { locale: 'fr-FR' }).createDropin({ sessionId, options: { showTermsOfSaleDisclosure: false } }).mount('drop-in-fr');
  }, sessionId!);
  const french = page.locator('#drop-in-fr dr-dropin');
  await expect(french.getByRole('region', { name: 'Informations légales' }).getByRole('link')).toHaveText([
    'Digital River Ireland Ltd.', 'Conditions de vente', 'Politique de confidentialité', 'Cookies', 'Mentions légales', 'Droit de rétractation',
  ]);
  await french.getByRole('radio', { name: 'Google Pay' }).check();
  await french.getByRole('button', { name: 'Google Pay', exact: true }).click();
  await expect(sheet(page)).toHaveAttribute('lang', 'en');
  await expect(sheet(page).getByText('Total de la commande')).toHaveAttribute('lang', 'fr');
  await expect(sheet(page).getByRole('button', { name: /^Pay / })).not.toHaveAttribute('lang', /./);
});

test('the compliance section (showComplianceSection): the selling entity of the shopper\'s country and its disclosures', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText([US]);
  const section = dropin(page).getByRole('region', { name: 'Legal information' });
  await expect(section).toContainText('Digital River Inc. is the authorised retailer and merchant providing e-commerce services for this shop.');
  await expect(section.getByRole('link', { name: 'Terms of Sale' })).toHaveAttribute('href', /\/termsOfSale\/DR_INC-ENTITY$/);
  await expect(section.getByRole('link', { name: 'Your California Privacy Rights' })).toBeVisible();

  // A shopper in France buys from Digital River Ireland, with the right to cancel.
  await page.goto(`${PAGE}?example=wallets&session=${await checkoutSession('EUR', 'FR', 80)}`);
  await expect(log(page)).toHaveCount(1);
  await expect(section).toContainText('Digital River Ireland Ltd.');
  await expect(section.getByRole('link', { name: 'Cancellation Right' })).toBeVisible();

  // An account page (managePaymentMethods): no sale, no compliance section.
  await page.goto(`${PAGE}?example=my-account`);
  await expect(log(page)).toHaveCount(1);
  await expect(section).toHaveCount(0);
});

test('keyboard only: arrows to Google Pay, Tab to the boxes and the wallet\'s button, Enter opens the sheet; Escape cancels it, Enter on Pay pays', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText([US]);
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('radio', { name: 'Credit card' })).toBeFocused();
  for (const method of ['PayPal', 'Wire transfer', 'Google Pay']) {
    await page.keyboard.press('ArrowDown');
    await expect(dropin(page).getByRole('radio', { name: method })).toBeFocused();
  }
  await expect(dropin(page).getByRole('radio', { name: 'Google Pay' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('checkbox', { name: /Save this payment method/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(terms(page)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  const button = dropin(page).getByRole('button', { name: 'Google Pay', exact: true });
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(sheet(page)).toBeVisible();
  await expect(sheet(page).getByRole('button', { name: 'Pay $120.00' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(sheet(page)).toHaveCount(0);
  await expect(log(page).nth(1)).toHaveText('onCancel: googlePay');
  await expect(button).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(sheet(page).getByRole('button', { name: 'Pay $120.00' })).toBeFocused();
  // Tab stays in the sheet: Cancel, then back to Pay.
  await page.keyboard.press('Tab');
  await expect(sheet(page).getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sheet(page).getByRole('button', { name: 'Pay $120.00' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(log(page).nth(2)).toHaveText('onSuccess: googlePay chargeable, readyForStorage false, supportsStorage true, termsOfSale true, eula false, termsOfUse false');
});

test('axe finds nothing on the open Drop-in with a wallet chosen, nor with its sheet open', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started&session=${await checkoutSession('USD', 'US')}`);
  await expect(log(page)).toHaveText([US]);
  const scan = async (include: string) =>
    (await new AxeBuilder({ page }).include(include).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  for (const method of ['Google Pay', 'Apple Pay']) {
    await dropin(page).getByRole('radio', { name: method }).check();
    expect(await scan('#drop-in')).toEqual([]);
  }
  await dropin(page).getByRole('button', { name: 'Apple Pay', exact: true }).click();
  await expect(dropin(page).getByRole('status').first()).toHaveText('To continue, accept the terms.');
  expect(await scan('#drop-in')).toEqual([]);
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Apple Pay', exact: true }).click();
  await expect(sheet(page)).toBeVisible();
  expect(await scan('body')).toEqual([]);
});
