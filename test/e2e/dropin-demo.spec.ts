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

test('Google Pay from the QA walk: the sandbox sheet accepted gives the storefront the wallet\'s source, attached; the compliance section is under Drop-in', async ({ page }) => {
  await page.goto(DEMO);
  await expect(eventLog(page)).toContainText('Drop-in onReady: creditCard, payPal, wireTransfer, googlePay, applePay');
  await expect(dropin(page).getByRole('region', { name: 'Legal information' })).toContainText('Digital River Inc.');
  await dropin(page).getByRole('radio', { name: 'Google Pay' }).check();
  await dropin(page).getByRole('checkbox', { name: /Terms of Sale/ }).check();
  // googlePay.style.buttonType long.
  await dropin(page).getByRole('button', { name: 'Buy with Google Pay' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Pay / }).click();
  await expect(eventLog(page)).toContainText('Drop-in onSuccess: googlePay chargeable');
  await expect(page.locator('#attached-sources')).toContainText('googlePay');
});

test('in French (locale fr-FR), Drop-in\'s own words are French: the methods, the wallet\'s note, the button', async ({ page }) => {
  await page.goto(`${DEMO}?market=FR&locale=fr-FR`);
  await expect(eventLog(page)).toContainText('Drop-in onReady: creditCard');
  await expect(dropin(page).getByRole('group', { name: 'Moyen de paiement' })).toBeVisible();
  await dropin(page).getByRole('radio', { name: 'Virement bancaire' }).check();
  await expect(dropin(page).getByRole('button', { name: 'Payer maintenant' })).toBeVisible();
  await dropin(page).getByRole('radio', { name: 'Google Pay' }).check();
  await expect(dropin(page).getByText('Utilisez le bouton Google Pay ci-dessous pour payer.')).toBeVisible();
  await expect(dropin(page).locator('form')).toHaveAttribute('lang', 'fr');
});
