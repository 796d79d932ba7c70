import { expect, test } from '@playwright/test';
import { CheckoutPage } from './checkout-page.js';

// examples/script-tag.html loads dist/digitalriver.js and runs the DigitalRiver.js snippet as is, against the sandbox
// scripts/serve-static.mjs serves at /sandbox-api/~example, with the card-field frames on the other loopback host name.
const PAGE = 'http://127.0.0.1:4174/examples/script-tag.html';

test('the DigitalRiver.js snippet creates a source from a sandbox test card', async ({ page }) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  await page.goto(PAGE);
  const checkout = new CheckoutPage(page);
  await checkout.waitForFields();
  await checkout.typeCard('6011987698769876', '1130', '321');
  await checkout.pay();
  await expect(page.locator('#result')).toHaveText(/^Source \S+: chargeable, Discover ending 9876$/);
  expect(consoleLines.join('\n')).not.toContain('6011987698769876');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href)).not.toContain('6011');
});

test('the failing test card gives a failed source on the script-tag page', async ({ page }) => {
  await page.goto(PAGE);
  const checkout = new CheckoutPage(page);
  await checkout.waitForFields();
  await checkout.typeCard('4000000000003295');
  await checkout.pay();
  await expect(page.locator('#result')).toHaveText(/: failed, Visa ending 3295$/);
});

test('a page written for production runs against the sandbox server by loading the library from it, and nothing else', async ({ page }) => {
  // examples/sandbox-deployment.html passes no apiBaseUrl and no frame URL; the script comes from `npm run sandbox`.
  await page.goto('http://localhost:4174/examples/sandbox-deployment.html');
  const checkout = new CheckoutPage(page);
  await checkout.waitForFields();
  const frameOrigins = page.frames().filter((frame) => frame !== page.mainFrame()).map((frame) => new URL(frame.url()).origin);
  expect(new Set(frameOrigins)).toEqual(new Set(['http://127.0.0.1:4010']));
  await checkout.typeCard('4444222233331111', '1130', '123');
  await checkout.pay();
  await expect(page.locator('#result')).toHaveText(/^Source \S+: chargeable, Visa ending 1111$/);
});
