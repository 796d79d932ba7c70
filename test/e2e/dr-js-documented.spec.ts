import { expect, test } from '@playwright/test';
import { expectCardState, fillCard } from '../../src/testing/playwright.js';

// examples/dr-js-documented.html runs Digital River's documented DigitalRiver.js code (the quick start, and the
// reference's retrieveSource, updateSource and authenticateSource examples) against the sandbox server, with the
// library loaded from it. Each publishable key shape Digital River's documentation shows must work.
const KEYS = ['pk_test_2b5d4e6f8a9c', 'pk_hc_a1b2c3d4e5f60718293a4b5c6d7e8f90', 'pk_1a2b3c4d5e6f708192a3b4c5d6e7f809'];

for (const key of KEYS) {
  test(`the documented quick start and source examples run unchanged with a ${key.replace(/_[^_]*$/, '_…')} key`, async ({ page }) => {
    await page.goto(`http://localhost:4174/examples/dr-js-documented.html?key=${key}`);
    const input = (container: string) => page.frameLocator(`#${container} iframe`).locator('input');
    // The helpers a storefront's own tests get from dr-checkout-widget/testing.
    await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
    await expectCardState(page, '#card-number', { complete: true, brand: 'visa', error: null });
    await page.getByRole('button', { name: 'Create Credit Card Source' }).click();
    const log = page.locator('#log li');
    await expect(log.nth(0)).toHaveText('created creditCard chargeable Visa 1111');

    // updateSource(cardExpiration, …) takes the expiry the shopper types now.
    await input('card-expiration').click();
    await input('card-expiration').press('ControlOrMeta+a');
    await input('card-expiration').press('Backspace');
    await input('card-expiration').pressSequentially('1131');
    await page.getByRole('button', { name: 'Retrieve, update and authenticate the source' }).click();
    await expect(log.nth(1)).toHaveText(/^retrieved \d+-character id, chargeable$/);
    await expect(log.nth(2)).toHaveText('updated firstName 55410, expires 11/2031');
    await expect(log.nth(3)).toHaveText(/^authenticated: (complete|authentication_not_required)$/);
    await expect(page.locator('#errors')).toHaveText('');
  });
}

test('the card part of a component-wrapper integration runs unchanged: fields rendered twice into spans, classes, change, createSource', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('http://localhost:4174/examples/dr-js-component-wrapper.html?key=pk_1a2b3c4d5e6f708192a3b4c5d6e7f809&locale=en_US');
  // Each span holds one field: the first render's fields were destroyed, not left behind.
  for (const id of ['dr-card-number', 'dr-card-expiration', 'dr-card-cvv']) await expect(page.locator(`#${id} iframe`)).toHaveCount(1);
  await expect(page.locator('#dr-card-number')).toHaveClass(/\bdr_creditCard\b/);
  await expect(page.locator('#dr-card-number')).toHaveClass(/\bdr_empty\b/);
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' }, { number: '#dr-card-number', expiry: '#dr-card-expiration', cvc: '#dr-card-cvv' });
  await expect(page.locator('#state')).toHaveText('cardnumber:complete cardexpiration:complete cardcvv:complete');
  await expect(page.locator('#dr-card-number')).toHaveClass(/\bdr_complete\b/);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.locator('#log li')).toHaveText(['created creditCard chargeable Visa 1111']);
  expect(errors).toEqual([]);
});
