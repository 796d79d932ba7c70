import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// The demo's Drop-in page, as QA walks it (docs/qa-guide.md, "Drop-in"): the market decides the methods, PayPal
// goes to the sandbox's approval page and back, a wire transfer's funds arrive from the QA panel.
const DEMO = 'http://127.0.0.1:4173/dropin.html';
const dropin = (page: Page) => page.locator('#drop-in dr-dropin');
const eventLog = (page: Page) => page.locator('#event-log');

test('France: PayPal approved on the sandbox\'s page, back on the demo the source is chargeable and attached', async ({ page }) => {
  await page.goto(`${DEMO}?market=FR`);
  await expect(eventLog(page)).toContainText('Drop-in onReady: creditCard, payPal, directDebit, wireTransfer');
  await dropin(page).getByRole('radio', { name: 'PayPal' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Pay with PayPal' }).click();
  await page.getByRole('button', { name: 'Approve payment' }).click();
  await page.waitForURL(/dropin\.html/);
  await expect(eventLog(page)).toContainText('Drop-in onSuccess: payPal chargeable, readyForStorage false, termsOfSale true');
  await expect(page.locator('#attached-sources')).toContainText('payPal');
  await expect(page.locator('#attached-sources')).toContainText('chargeable');
});

test('US: wire transfer shows the bank details; the QA panel\'s button receives the funds', async ({ page }) => {
  await page.goto(DEMO);
  await expect(eventLog(page)).toContainText('Drop-in onReady: creditCard, payPal, wireTransfer');
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations).toEqual([]);
  await dropin(page).getByRole('radio', { name: 'Wire transfer' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  await dropin(page).getByRole('button', { name: 'Pay now' }).click();
  // The bank details as the thank-you page shows them (the delayedpaymentinstructions element).
  await expect(page.locator('#payment-instructions').getByText('IBAN')).toBeVisible();
  await expect(page.locator('#attached-sources')).toContainText('pending_funds');
  await page.getByRole('button', { name: 'Receive the wire transfer’s funds' }).click();
  await expect(page.locator('#funds-message')).toContainText('is chargeable');
  await expect(page.locator('#attached-sources')).toContainText('chargeable');
});
