import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CheckoutPage } from './checkout-page.js';

const PAGE = 'http://127.0.0.1:4173/elements.html';

test('custom elements placed in plain HTML create and attach a source', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('#sandbox-status')).toContainText('Sandbox running');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  const fields = new CheckoutPage(page);
  await fields.typeCard('3528987698769879', '0129', '123');
  await fields.cvv.press('Enter');
  await expect(page.locator('#result')).toContainText('attached');
  await expect(page.locator('#attached-sources li')).toContainText('JCB ····9879');
  await expect(page.locator('#event-log')).toContainText('dr-change cardnumber brand=jcb complete=true');
});
