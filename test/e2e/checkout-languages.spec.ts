import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { PageTexts } from '../../src/page-texts/index.js';
import type { FieldMessages } from '../../src/secure-fields/frame/texts/index.js';
import { fieldInput, moveSandboxClock } from './checkout-page.js';

// The composite checkout in the shopper's language (the demo passes `?locale=` to <dr-checkout>): every text it shows
// or announces, the frames' titles, the 3-D Secure dialog and the payment errors; Arabic right to left.
const PAGE = 'http://127.0.0.1:4173/index.html';

const textsOf = async (locale: string): Promise<PageTexts> => ((await import(`../../src/page-texts/${locale}.ts`)) as { default: PageTexts }).default;
const fieldTextsOf = async (locale: string): Promise<FieldMessages> =>
  ((await import(`../../src/secure-fields/frame/texts/${locale}.ts`)) as { default: FieldMessages }).default;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);

async function open(page: Page, locale: string) {
  await page.goto(`${PAGE}?locale=${locale}`);
  await expect(page.locator('#sandbox-status')).toContainText('Sandbox running');
  const element = page.locator('dr-checkout');
  return {
    element,
    number: fieldInput(element, 'dr-card-number'),
    expiration: fieldInput(element, 'dr-card-expiration'),
    cvv: fieldInput(element, 'dr-card-cvv'),
    status: element.locator('[part="status"]'),
    warning: element.locator('[part="cvc-warning"]'),
  };
}

/** The billing owner, then the card, found by their names in the shopper's language. */
async function typeOwnerAndCard(ui: Awaited<ReturnType<typeof open>>, t: PageTexts, number: string): Promise<void> {
  await ui.element.getByLabel(t.checkout.firstName, { exact: true }).fill('Ada');
  await ui.element.getByLabel(t.checkout.lastName, { exact: true }).fill('Lovelace');
  await ui.element.getByLabel(t.checkout.email, { exact: true }).fill('ada@example.test');
  await ui.number.pressSequentially(number);
  await ui.expiration.pressSequentially('0330');
  await ui.cvv.pressSequentially('737');
}

test('the checkout speaks French: labels, frame titles, the 3-D Secure dialog, the result and the security-code countdown', async ({ page }) => {
  const t = await textsOf('fr');
  const titles = (await fieldTextsOf('fr')).title;
  const ui = await open(page, 'fr-FR');
  await expect(ui.element.locator('form')).toHaveAttribute('lang', 'fr');
  await expect(ui.element.locator('legend')).toHaveText(t.checkout.cardDetails);
  await expect(ui.element.locator('dr-card-number iframe')).toHaveAttribute('title', titles.cardnumber);
  await expect(ui.element.locator('dr-card-cvv iframe')).toHaveAttribute('title', titles.cardcvv);
  await typeOwnerAndCard(ui, t, '5454545454545454');
  await ui.element.getByRole('button', { name: t.checkout.pay, exact: true }).click();

  const dialog = page.getByRole('dialog', { name: t.challenge.title });
  await expect(dialog.getByRole('button', { name: t.challenge.cancel })).toBeVisible();
  await expect(dialog.locator('iframe')).toHaveAttribute('title', t.challenge.frameTitle);
  await dialog.frameLocator('iframe').getByRole('button', { name: 'Approve' }).click();
  const card = fill(t.checkout.cardName, { brand: 'MasterCard', last4: '5454' });
  await expect(ui.status).toHaveText(fill(t.checkout.cardAdded, { card }));

  await moveSandboxClock(page, /to the CVC warning/);
  await expect(ui.warning).toContainText(t.checkout.cvcExpiring.split('{time}')[0]!);
  await moveSandboxClock(page, /past the CVC lifetime/);
  await expect(ui.warning).toHaveText(t.checkout.cvcExpired);
  await expect(ui.element.getByRole('button', { name: t.checkout.updateSecurityCode })).toBeVisible();
});

test('a declined card is reported in the shopper\'s language, with its code for the integrator', async ({ page }) => {
  const t = await textsOf('ja');
  const ui = await open(page, 'ja');
  await typeOwnerAndCard(ui, t, '4000000000003295');
  await ui.element.getByRole('button', { name: t.checkout.pay, exact: true }).click();
  await expect(ui.status).toHaveText(t.shopper.declined);
  await expect(ui.status).toHaveAttribute('data-error-code', 'source_failed');
});

test('Arabic lays the checkout out right to left, with the card digits left to right', async ({ page }) => {
  const t = await textsOf('ar');
  const ui = await open(page, 'ar');
  const form = ui.element.locator('form');
  await expect(form).toHaveAttribute('dir', 'rtl');
  await expect(ui.element.getByText(t.checkout.cardNumber, { exact: true })).toHaveCSS('direction', 'rtl');
  // The label of a field starts at the right: its right edge is the form's, less the fieldset's border and padding.
  const label = (await ui.element.getByText(t.checkout.firstName, { exact: true }).boundingBox())!;
  const fieldset = (await ui.element.locator('fieldset').first().boundingBox())!;
  expect(fieldset.x + fieldset.width - (label.x + label.width)).toBeLessThan(30);
  await ui.number.pressSequentially('4444222233331111');
  await expect(ui.number).toHaveValue('4444 2222 3333 1111');
  await expect(ui.number).toHaveCSS('direction', 'ltr');
});

for (const locale of ['ar', 'ja']) {
  test(`the checkout has no accessibility violations in ${locale}`, async ({ page }) => {
    const t = await textsOf(locale);
    const ui = await open(page, locale);
    await expect(ui.element.getByRole('button', { name: t.checkout.pay, exact: true })).toBeVisible();
    await expect(ui.number).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dr-checkout').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations).toEqual([]);
  });
}
