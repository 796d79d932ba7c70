import { expect, test, type ConsoleMessage } from '@playwright/test';
import { cardInput, expectCardState, fillCard } from '../../src/testing/playwright.js';

// The React, Vue and Svelte example apps (examples/<framework>, built by npm run build:examples and served on
// 127.0.0.1:4180) as a shopper uses them: the card fields' frames come from the sandbox server on another origin, the
// app shows brand and completeness from the dr-change events in its own state, hides and shows the fields, changes a
// property through its own binding, and pays.
for (const framework of ['react', 'vue', 'svelte']) {
  test(`${framework}: the app's state follows the fields, which survive being toggled, take new properties and pay`, async ({ page }) => {
    // What the library says to the integrator ([DigitalRiver] …: a frame URL refused, an object written as an
    // attribute) and what the app throws: none of it in an app that uses the elements as documented.
    const problems: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.text().startsWith('[DigitalRiver]')) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`http://127.0.0.1:4180/${framework}/`);
    const brand = page.locator('#brand');
    const complete = page.locator('#complete');
    const pay = page.getByRole('button', { name: 'Pay', exact: true });

    await expect(complete).toHaveText('no');
    await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
    await expectCardState(page, 'dr-card-number', { complete: true, brand: 'visa', error: null });
    await expect(brand).toHaveText('visa');
    await expect(complete).toHaveText('yes');
    await expect(pay).toBeEnabled();

    // Off and on again: new, empty fields that work.
    await page.getByRole('button', { name: 'Hide card fields' }).click();
    await expect(page.locator('dr-card-number, dr-card-expiration, dr-card-cvv')).toHaveCount(0);
    await expect(complete).toHaveText('no');
    await page.getByRole('button', { name: 'Show card fields' }).click();
    await expectCardState(page, 'dr-card-number', { empty: true, complete: false });
    await fillCard(page, { number: '5466160000000008', expiry: '1131', cvc: '321' });
    await expect(brand).toHaveText('mastercard');
    await expect(complete).toHaveText('yes');

    // A property changed at run time through the framework's binding reaches the field in its frame.
    const number = cardInput(page, 'dr-card-number');
    await expect(number).toHaveAttribute('placeholder', 'Card number');
    await expect(number).toHaveCSS('font-size', '16px');
    await page.getByRole('button', { name: 'Large text' }).click();
    await expect(number).toHaveAttribute('placeholder', 'Number on the card');
    await expect(number).toHaveCSS('font-size', '22px');
    await expect(cardInput(page, 'dr-card-cvv')).toHaveCSS('font-size', '22px');
    await expect(number).toHaveValue('5466 1600 0000 0008');

    await pay.click();
    await expect(page.getByRole('status')).toHaveText(/^Source src_\w+ \(MasterCard 0008\) is chargeable$/);
    expect(problems).toEqual([]);
  });
}
