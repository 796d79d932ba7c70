import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CheckoutPage } from './checkout-page.js';

const DEMO = 'http://127.0.0.1:4173/dr-js.html';

test.beforeEach(async ({ page }) => {
  await page.goto(DEMO);
  await expect(page.locator('#sandbox-status')).toContainText('Sandbox running');
  // The three fields have reported ready (the page logs each `ready`), as a shopper sees them before typing.
  await expect(page.locator('#event-log li').filter({ hasText: / ready card/ })).toHaveCount(3);
});

test('has no accessibility violations', async ({ page }) => {
  await new CheckoutPage(page).waitForFields();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('the card fields are frames from the other loopback host name, and the sandbox is this tab\'s own', async ({ page }) => {
  await new CheckoutPage(page).waitForFields();
  const sources = await page.locator('#card-number iframe, #card-expiration iframe, #card-cvv iframe').evaluateAll((frames) =>
    frames.map((frame) => new URL((frame as HTMLIFrameElement).src).origin),
  );
  expect(sources).toEqual(['http://localhost:4173', 'http://localhost:4173', 'http://localhost:4173']);
  // The inputs are in the frames' documents, not in the page's DOM or its shadow roots.
  await expect(page.locator('input[autocomplete^="cc-"]')).toHaveCount(0);
  await expect(page.locator('#card-number iframe').contentFrame().locator('input[autocomplete="cc-number"]')).toHaveCount(1);
  expect(await page.evaluate(() => sessionStorage.getItem('dr-demo-sandbox'))).toMatch(/^http:\/\/127\.0\.0\.1:4173\/sandbox-api\/~[0-9a-f]{16}$/);
});

test('a shopper types a test card and gets a chargeable single-use source', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await checkout.typeCard('4444222233331111');
  await expect(checkout.number).toHaveValue('4444 2222 3333 1111');
  await checkout.pay();
  const result = page.locator('#result');
  await expect(result).toContainText('Payment source created and attached');
  await expect(result.locator('[data-field="state"]')).toHaveText('chargeable');
  await expect(result.locator('[data-field="brand"]')).toHaveText('Visa');
  await expect(result.locator('[data-field="last-four"]')).toHaveText('1111');
  await expect(result.locator('[data-field="reusable"]')).toHaveText('false');
});

test('the failing test card shows a failed source', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await checkout.typeCard('4000000000003295');
  await checkout.pay();
  await expect(page.locator('#result [data-field="state"]')).toHaveText('failed');
});

test('a pasted number with dashes is formatted and tokenized', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await page.evaluate(() => navigator.clipboard.writeText('3434-567890 12341'));
  await checkout.number.click();
  await page.keyboard.press('Control+V');
  await expect(checkout.number).toHaveValue('3434 567890 12341');
  await checkout.expiration.pressSequentially('0530');
  await checkout.cvv.pressSequentially('1234');
  await checkout.cvv.press('Enter');
  await expect(page.locator('#result [data-field="brand"]')).toHaveText('American Express');
});

test('incomplete fields show their errors, announced, and the log never holds the number', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await checkout.number.pressSequentially('4444 2222');
  // Enter submits (the page's `return` handler). A click on Pay right now can miss: leaving the field shows its error
  // inside the frame, the frame grows, and the button moves between the mouse's press and release.
  await checkout.number.press('Enter');
  await expect(page.locator('#result')).toContainText('incomplete_card_number');
  await expect(checkout.number).toHaveAttribute('aria-invalid', 'true');
  await expect(checkout.errorOf('#card-number')).toHaveText('Your card number is incomplete.');
  await checkout.number.click();
  await checkout.number.press('End');
  await checkout.number.pressSequentially('33331111');
  await expect(page.locator('#event-log')).toContainText('complete=true');
  // The test-card list shows the numbers; what the page learned from the fields must not.
  const learned = (await page.locator('#event-log').innerText()) + (await page.locator('#result').innerText()) + (await page.locator('#checkout-view').innerText());
  expect(learned.replace(/\s/g, '')).not.toContain('44442222');
});

test('the keyboard alone reaches every field and the Pay button', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await checkout.waitForFields(); // the frames' documents are there to take focus
  await page.locator('#email').focus();
  // Tab order: the page's own field, then the three card fields, then Pay.
  await page.keyboard.press('Tab');
  await expect(checkout.number).toBeFocused();
  await page.keyboard.type('4444222233331111');
  await page.keyboard.press('Tab');
  await expect(checkout.expiration).toBeFocused();
  await page.keyboard.type('1234');
  await page.keyboard.press('Tab');
  await expect(checkout.cvv).toBeFocused();
  await page.keyboard.type('123');
  await page.keyboard.press('Tab');
  await expect(page.locator('#pay')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#result [data-field="state"]')).toHaveText('chargeable');
});

test('the attached source shows on the checkout, and its security code expiry is announced', async ({ page }) => {
  const checkout = new CheckoutPage(page);
  await checkout.typeCard('5466160000000008');
  await checkout.pay();
  await expect(page.locator('#result [data-field="state"]')).toHaveText('chargeable');
  await expect(page.locator('#attached-sources li')).toHaveCount(1);
  await page.getByRole('button', { name: /to the CVC warning/ }).click();
  await expect(page.locator('#cvc-warning')).toContainText('Your security code expires in');
  await page.getByRole('button', { name: /past the CVC lifetime/ }).click();
  await expect(page.locator('#cvc-warning')).toContainText('Your security code has expired');
  await expect(checkout.cvv).toHaveValue('');
  await expect(checkout.cvv).toBeFocused();
  await expect(checkout.number).toHaveValue('5466 1600 0000 0008');
});

test('a script-tag storefront builds its checkout server with DigitalRiver.endpointCheckoutServer', async ({ page }) => {
  const result = await page.evaluate(() => {
    const { endpointCheckoutServer } = window.DigitalRiver;
    const server = endpointCheckoutServer({ attachUrl: '/storefront/no-such-endpoint', detachUrl: '/storefront/no-such-endpoint' });
    return server.attachSource({ checkoutId: 'chk_1', sourceId: 'src_1' });
  });
  // The storefront's endpoint is missing here: the typed error a storefront gets for a broken endpoint.
  expect(result).toEqual({ error: expect.objectContaining({ type: 'api_error', errors: [expect.objectContaining({ code: 'storefront_server_error' })] }) });
});
