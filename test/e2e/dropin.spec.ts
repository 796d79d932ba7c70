import { expect, test, type Page } from '@playwright/test';
import { cardInput, fillCard } from '../../src/testing/playwright.js';

// examples/dropin-documented.html runs the configuration examples of Digital River's Drop-in guide against the sandbox
// server, with the library loaded from it (digitalriver-dropin.js); window.dropinEvents holds what each callback got.
const PAGE = 'http://localhost:4174/examples/dropin-documented.html';

interface DropinEvent {
  name: string;
  data: Record<string, unknown> & { source?: Record<string, unknown>; errors?: { code: string; message: string }[] };
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { dropinEvents: DropinEvent[] }).dropinEvents);
const log = (page: Page) => page.locator('#log li');
const dropin = (page: Page) => page.locator('#drop-in dr-dropin');
const terms = (page: Page) => dropin(page).getByRole('checkbox', { name: /Terms of Sale/ });
/** onSuccess's consents with the terms of sale accepted (shown by default in a checkout). */
const ACCEPTED = 'termsOfSale true, eula false, termsOfUse false';

test('the guide\'s getting-started configuration: onReady, then a test card gives onSuccess with a chargeable source', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${PAGE}?example=getting-started&session=0d4f7c52-documented`);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await expect(dropin(page).getByRole('group', { name: 'Credit card' })).toBeVisible();
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
  await dropin(page).getByRole('checkbox', { name: /Save this card/ }).check();
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect(log(page).nth(1)).toHaveText(`onSuccess: creditCard chargeable Visa 1111, readyForStorage true, supportsStorage true, ${ACCEPTED}`);
  const [ready, success] = await events(page);
  expect(ready!.data).toEqual({ paymentMethodTypes: ['creditCard'] });
  expect(success!.data.source).toMatchObject({ type: 'creditCard', state: 'chargeable', reusable: false, paymentSessionId: '0d4f7c52-documented' });
  expect(Object.keys(success!.data).sort()).toEqual(['consents', 'readyForStorage', 'source', 'supportsStorage']);
  expect(success!.data.consents).toEqual({ termsOfSale: true, eula: false, termsOfUse: false });
  await expect(dropin(page).getByRole('status')).toHaveText('Visa ending 1111 is ready.');
  // Every option of the guide's is acted on (showComplianceSection too: the section is shown); a session the sandbox
  // does not know leaves the card alone, and says so.
  expect(warnings.filter((line) => line.includes('unsupported_option'))).toEqual([]);
  await expect(dropin(page).getByRole('region', { name: 'Legal information' })).toContainText('Digital River Inc.');
  expect(warnings.filter((line) => line.includes('payment_methods_unavailable'))).toHaveLength(1);
  expect(warnings.join('\n')).not.toContain('4444');
});

test('the guide\'s full configuration: billing address as owner, custom button, placeholders, no save box', async ({ page }) => {
  await page.goto(`${PAGE}?example=configured`);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await expect(cardInput(page, '#card-number')).toHaveAttribute('placeholder', 'Number on the card');
  await expect(cardInput(page, '#card-cvv')).toHaveAttribute('placeholder', 'CVV');
  await expect(dropin(page).getByRole('checkbox', { name: /Save/ })).toHaveCount(0);
  await fillCard(page, { number: '5466160000000008', expiry: '1131', cvc: '321' });
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Place my order' }).click();
  await expect(log(page).nth(1)).toHaveText(`onSuccess: creditCard chargeable MasterCard 0008, readyForStorage false, supportsStorage true, ${ACCEPTED}`);
  const success = (await events(page))[1]!;
  expect(success.data.source!.owner).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.test' });
});

test('a card whose source fails reaches onError with the payment method and the errors, and the shopper reads why', async ({ page }) => {
  await page.goto(PAGE);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await fillCard(page, { number: '4000000000003295', expiry: '1230', cvc: '123' });
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect(log(page).nth(1)).toHaveText('onError: creditCard source_failed');
  const error = (await events(page))[1]!;
  expect(error.name).toBe('onError');
  expect(error.data).toMatchObject({ paymentMethod: 'creditCard', type: 'card_error', errors: [{ code: 'source_failed' }] });
  expect(error.data.message).toBe(error.data.errors![0]!.message);
  const status = dropin(page).getByRole('status');
  await expect(status).toHaveText('Your card was declined. Try another card.');
  await expect(status).toHaveAttribute('data-error-code', 'source_failed');
  expect((await events(page)).map(({ name }) => name)).toEqual(['onReady', 'onError']);
});

test('an incomplete card reaches onError as a validation error, and the caret goes back to the field', async ({ page }) => {
  await page.goto(PAGE);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await fillCard(page, { number: '4444222233331111', expiry: '12', cvc: '123' });
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  await expect(log(page).nth(1)).toHaveText('onError: creditCard incomplete_expiration_date');
  await expect(cardInput(page, '#card-expiration')).toBeFocused();
});

test('keyboard only: Tab through the fields, the save box, the terms and the button; Enter in a field submits', async ({ page }) => {
  await page.goto(`${PAGE}?example=getting-started`);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await page.keyboard.press('Tab');
  await expect(cardInput(page, '#card-number')).toBeFocused();
  await page.keyboard.type('4444222233331111');
  await page.keyboard.press('Tab');
  await expect(cardInput(page, '#card-expiration')).toBeFocused();
  await page.keyboard.type('1230');
  await page.keyboard.press('Tab');
  await expect(cardInput(page, '#card-cvv')).toBeFocused();
  await page.keyboard.type('123');
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('checkbox', { name: /Save this card/ })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(terms(page)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dropin(page).getByRole('button', { name: 'Submit order' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(log(page).nth(1)).toHaveText(`onSuccess: creditCard chargeable Visa 1111, readyForStorage true, supportsStorage true, ${ACCEPTED}`);
  // Enter in a field submits too.
  await cardInput(page, '#card-cvv').press('Enter');
  await expect(log(page)).toHaveCount(3);
  await expect(log(page).nth(2)).toHaveText(/^onSuccess: creditCard chargeable Visa 1111/);
});

test('managePaymentMethods: methods that can be saved, the save agreement is needed, then the source is readyForStorage', async ({ page }) => {
  await page.goto(`${PAGE}?example=my-account`);
  // No session: the billing country decides, and only methods that can be saved are offered; no terms of sale.
  await expect(log(page)).toHaveText(['onReady: creditCard payPal']);
  await expect(terms(page)).toHaveCount(0);
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
  const agreement = dropin(page).getByRole('checkbox', { name: /Save this card/ });
  await dropin(page).getByRole('button', { name: 'Continue' }).click();
  await expect(dropin(page).getByRole('status')).toHaveText('To add this card to your account, agree to save it.');
  await expect(agreement).toBeFocused();
  await expect(agreement).toHaveAttribute('aria-invalid', 'true');
  await agreement.check();
  await dropin(page).getByRole('button', { name: 'Continue' }).click();
  await expect(log(page).nth(1)).toHaveText('onSuccess: creditCard chargeable Visa 1111, readyForStorage true, supportsStorage true');
  expect((await events(page))[1]!.data).not.toHaveProperty('consents');
  expect((await events(page))[1]!.data.source).not.toHaveProperty('paymentSessionId');
});

test('3-D Secure: Drop-in shows the challenge; approved, onSuccess gets the source chargeable', async ({ page }) => {
  await page.goto(PAGE);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await fillCard(page, { number: '5454545454545454', expiry: '0330', cvc: '737' });
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify your payment' });
  await dialog.frameLocator('iframe').getByRole('button', { name: 'Approve' }).click();
  await expect(log(page).nth(1)).toHaveText(`onSuccess: creditCard chargeable MasterCard 5454, readyForStorage false, supportsStorage true, ${ACCEPTED}`);
});

test('3-D Secure: declined, onError gets authentication_failed', async ({ page }) => {
  await page.goto(PAGE);
  await expect(log(page)).toHaveText(['onReady: creditCard']);
  await fillCard(page, { number: '4917610000000000', expiry: '0330', cvc: '737' });
  await terms(page).check();
  await dropin(page).getByRole('button', { name: 'Submit order' }).click();
  const dialog = page.getByRole('dialog', { name: 'Verify your payment' });
  await dialog.frameLocator('iframe').getByRole('button', { name: 'Decline' }).click();
  await expect(log(page).nth(1)).toHaveText('onError: creditCard authentication_failed');
  await expect(dropin(page).getByRole('status')).toHaveText(/could not be verified/);
});
