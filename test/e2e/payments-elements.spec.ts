import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

// examples/payment-elements.html runs Digital River's documented Google Pay, Apple Pay, wire-transfer and compliance
// code against the sandbox server, with the library loaded from it (digitalriver-dropin.js); window.paymentEvents
// holds what each event carried.
const PAGE = 'http://localhost:4174/examples/payment-elements.html';

interface PaymentEvent {
  name: string;
  data: Record<string, unknown> & { source?: Record<string, unknown> };
}
const events = (page: Page) => page.evaluate(() => (window as unknown as { paymentEvents: PaymentEvent[] }).paymentEvents);
const eventNamed = async (page: Page, name: string) => (await events(page)).find((event) => event.name === name);
const wallet = (page: Page) => page.getByRole('dialog');

test('Google Pay accepted in the sandbox wallet: the source event carries a chargeable googlePay source', async ({ page }) => {
  await page.goto(PAGE);
  const button = page.locator('#googlepay-element').getByRole('button', { name: 'Google Pay' });
  await button.click();
  await expect(wallet(page)).toBeVisible();
  await expect(wallet(page)).toHaveAccessibleName('Google Pay (sandbox)');
  await expect(wallet(page)).toContainText('Sandbox wallet — no real wallet is used');
  await wallet(page).getByRole('button', { name: 'Pay $300.00' }).click();
  await expect(page.locator('#log li', { hasText: 'googlepay source' })).toHaveText('googlepay source: googlePay chargeable');
  await expect(wallet(page)).toHaveCount(0);
  const source = (await eventNamed(page, 'googlepay source'))!;
  expect(source.data).toMatchObject({
    error: null,
    elementType: 'googlepay',
    source: { type: 'googlePay', state: 'chargeable', reusable: false, amount: 300, currency: 'USD', googlePay: { brand: 'Visa', lastFourDigits: '1111' } },
    shippingOption: { id: 'free-shipping' },
    billingAddress: { address: { country: 'US' } },
    contactInformation: { email: 'jdoe@example.test' },
  });
  expect((await events(page)).map(({ name }) => name)).toContain('googlepay click');
});

test("the sandbox wallet's sheet is a script of the sandbox's frames: neither the Drop-in bundle nor the production frames carry it", async ({ page, request }) => {
  await page.goto(PAGE);
  await page.locator('#googlepay-element').getByRole('button', { name: 'Google Pay' }).click();
  await expect(wallet(page)).toBeVisible();
  // The page loaded it from beside its frames (the sandbox server's), when the sheet was first shown.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('/sandbox-wallet.js')));
  expect(scripts).toEqual(['http://127.0.0.1:4010/frames/sandbox-wallet.js']);
  expect((await request.get(scripts[0]!)).headers()['cache-control']).toBe('no-cache');
  expect(readFileSync('dist/digitalriver-dropin.js', 'utf8')).not.toContain('Sandbox wallet');
  expect(existsSync('dist/frames/sandbox-wallet.js')).toBe(false);
});

test('Apple Pay cancelled: the cancel event, no source, focus back on the button', async ({ page }) => {
  await page.goto(PAGE);
  const button = page.locator('#applepay-element').getByRole('button', { name: 'Buy with Apple Pay' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(wallet(page)).toHaveAccessibleName('Apple Pay (sandbox)');
  await page.keyboard.press('Escape');
  await expect(page.locator('#log li', { hasText: 'applepay cancel' })).toHaveText('applepay cancel: applepay');
  await expect(wallet(page)).toHaveCount(0);
  await expect(button).toBeFocused();
  expect((await events(page)).some(({ name }) => name === 'applepay source')).toBe(false);

  await button.click();
  await wallet(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('#log li', { hasText: 'applepay cancel' })).toHaveCount(2);
});

test("a shipping address change: the page's updateWith changes the total the wallet shows and charges", async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#googlepay-element').getByRole('button').click();
  await expect(wallet(page).getByText('Demo Total')).toBeVisible();
  await wallet(page).getByLabel('Ship to').selectOption({ label: '100 Queen Street W, Toronto, ON, M5H 2N2, CA' });
  await expect(wallet(page).getByText('New Total')).toBeVisible();
  await expect(wallet(page).getByRole('status')).toHaveText('Total: $1,020.10');
  await expect(wallet(page).getByRole('listitem')).toHaveText(['Big Screen TV$1,000.00', 'Shipping and Handling$20.10']);
  const change = (await eventNamed(page, 'googlepay shippingaddresschange'))!;
  expect(change.data.shippingAddress).toMatchObject({ address: { city: 'Toronto', country: 'CA', postalCode: 'M5H 2N2' } });

  await wallet(page).getByRole('radio', { name: /Overnight Shipping/ }).check();
  await expect.poll(async () => (await eventNamed(page, 'googlepay shippingoptionchange'))?.data.shippingOption).toMatchObject({ id: 'overnight-shipping' });
  await wallet(page).getByRole('button', { name: 'Pay $1,020.10' }).click();
  await expect(page.locator('#log li', { hasText: 'googlepay source' })).toHaveCount(1);
  const source = (await eventNamed(page, 'googlepay source'))!;
  expect(source.data).toMatchObject({ source: { amount: 1020.1 }, shippingAddress: { address: { city: 'Toronto' } } });
});

test("wire transfer: the instructions element shows the sandbox source's receiver as a description list", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('#log li', { hasText: 'delayedPaymentInstructions ready' })).toHaveCount(1);
  const wire = (await eventNamed(page, 'wireTransfer source'))!.data.source as { state: string; wireTransfer: Record<string, string> };
  expect(wire.state).toBe('pending_funds');
  const instructions = page.locator('#delayed-payment-container');
  await expect(instructions.getByRole('heading', { name: 'Payment instructions' })).toBeVisible();
  await expect(instructions).toContainText('Transfer $100.00 to this account');
  await expect(instructions.getByRole('term')).toHaveText(['Account holder', 'Bank', 'IBAN', 'SWIFT/BIC', 'Reference']);
  await expect(instructions.getByRole('definition')).toHaveText([
    wire.wireTransfer.accountHolder!,
    wire.wireTransfer.bankName!,
    wire.wireTransfer.iban!,
    wire.wireTransfer.swiftCode!,
    wire.wireTransfer.referenceId!,
  ]);
});

test('compliance: the seller and its disclosures for two entities, and in German for a German shopper', async ({ page }) => {
  await page.goto(PAGE);
  const compliance = page.locator('#compliance');
  await expect(compliance.getByRole('link')).toHaveText(['Digital River Ireland Ltd.', 'Terms of Sale', 'Privacy Policy', 'Cookies', 'Legal Notice', 'Cancellation Right']);
  const details = await page.evaluate(() => (window as unknown as { complianceDetails: { businessEntity: unknown } }).complianceDetails);
  expect(details.businessEntity).toEqual({ name: 'Digital River Ireland Ltd.', id: 'DR_IRELAND-ENTITY' });

  await page.goto(`${PAGE}?entity=DR_INC-ENTITY&language=en&country=US`);
  await expect(compliance).toContainText('Digital River Inc. is the authorised retailer and merchant providing e-commerce services for this shop.');
  await expect(compliance.getByRole('link', { name: 'Your California Privacy Rights' })).toBeVisible();
  await expect(compliance.getByRole('link', { name: 'Cancellation Right' })).toHaveCount(0);

  await page.goto(`${PAGE}?entity=DR_IRELAND-ENTITY&language=de&country=DE`);
  await expect(compliance.getByRole('link')).toHaveText(['Digital River Ireland Ltd.', 'Verkaufsbedingungen', 'Datenschutzrichtlinie', 'Cookies', 'Impressum', 'Widerrufsrecht']);
  // The region is named in the page's language (English here), the disclosures are in German.
  await expect(compliance.getByRole('region', { name: 'Legal information' })).toHaveAttribute('lang', 'en');
  await expect(compliance.getByRole('list')).toHaveAttribute('lang', 'de');
});

test('compliance in French and in Japanese: the element waits for the language and shows it; getDetails() answers in it once loaded', async ({ page }) => {
  type Details = { language: string; termsOfSale: { localizedText: string } };
  const getDetails = (config: object) =>
    page.evaluate((config) => (window as unknown as { digitalriver: { Compliance: { getDetails(config: object): Details } } }).digitalriver.Compliance.getDetails(config), config);
  const compliance = page.locator('#compliance');

  await page.goto(`${PAGE}?entity=DR_IRELAND-ENTITY&language=fr&country=FR`);
  await expect(compliance.getByRole('link')).toHaveText(['Digital River Ireland Ltd.', 'Conditions de vente', 'Politique de confidentialité', 'Cookies', 'Mentions légales', 'Droit de rétractation']);
  await expect(compliance).toContainText('Digital River Ireland Ltd. est le revendeur agréé et le marchand qui fournit les services de commerce électronique de cette boutique.');
  await expect(compliance.getByRole('list')).toHaveAttribute('lang', 'fr');
  // The page asked synchronously as it started, before French was there: English, marked so.
  const early = await page.evaluate(() => (window as unknown as { complianceDetails: Details }).complianceDetails);
  expect([early.language, early.termsOfSale.localizedText]).toEqual(['en', 'Terms of Sale']);
  expect(await getDetails({ language: 'fr', country: 'FR', businessEntityCode: 'DR_IRELAND-ENTITY' })).toMatchObject({ language: 'fr', termsOfSale: { localizedText: 'Conditions de vente' } });

  await page.goto(`${PAGE}?entity=DR_JAPAN-ENTITY&language=ja&country=JP`);
  await expect(compliance.getByRole('link')).toHaveText(['DR Japan', '販売条件', 'プライバシーポリシー', 'Cookieポリシー', '法的通知', '特定商取引法に基づく表記']);
  await expect(compliance.getByRole('list')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('#log li', { hasText: 'compliance ready' })).toHaveCount(1);
  expect(await getDetails({ language: 'ja', country: 'JP', businessEntityCode: 'DR_JAPAN-ENTITY' })).toMatchObject({ language: 'ja', termsOfSale: { localizedText: '販売条件' } });
});

test("with locale fr-FR, the instructions and the compliance element's name are French (the built bundle's language script)", async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('#log li', { hasText: 'delayedPaymentInstructions ready' })).toHaveCount(1);
  // A French storefront's code: the same source and seller, with the locale option.
  await page.evaluate(() => {
    const { source } = (window as unknown as { paymentEvents: PaymentEvent[] }).paymentEvents.find((event) => event.name === 'wireTransfer source')!.data;
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<div id="instructions-fr"></div><div id="compliance-fr"></div>');
    const dr = new (window as unknown as { DigitalRiver: new (key: string, options: object) => { createElement(type: string, options: object): { mount(id: string): void } } }).DigitalRiver('pk_test_payment_elements', { locale: 'fr-FR' });
    dr.createElement('delayedpaymentinstructions', { sourceId: source!.id, sourceClientSecret: source!.clientSecret }).mount('instructions-fr');
    dr.createElement('compliance', { compliance: { entity: 'DR_IRELAND-ENTITY', language: 'en', country: 'FR' } }).mount('compliance-fr');
  });
  const instructions = page.locator('#instructions-fr');
  await expect(instructions.getByRole('heading', { name: 'Instructions de paiement' })).toBeVisible();
  await expect(instructions.locator('section')).toHaveAttribute('lang', 'fr');
  await expect(instructions).toContainText(/Virez 100,00\s\$US sur ce compte/);
  await expect(instructions.getByRole('term')).toHaveText(['Titulaire du compte', 'Banque', 'IBAN', 'SWIFT/BIC', 'Référence']);
  await expect(page.locator('#compliance-fr').getByRole('region', { name: 'Informations légales' })).toHaveAttribute('lang', 'fr');
});

test('axe finds nothing on the page, nor in the open sandbox wallet', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('#log li', { hasText: 'delayedPaymentInstructions ready' })).toHaveCount(1);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
  await page.locator('#applepay-element').getByRole('button').click();
  await expect(wallet(page)).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
});

test("a page script cannot pay from the sandbox wallet in the shopper's name: its clicks and key events are ignored", async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('#googlepay-element').getByRole('button').click();
  await expect(wallet(page)).toBeVisible();
  await page.evaluate(() => {
    // What a hostile script can reach: the sheet's host is in the page, its shadow root open.
    const root = [...document.body.children].map((child) => child.shadowRoot).find((shadow) => shadow?.querySelector('dialog'))!;
    const pay = [...root.querySelectorAll('button')].find((button) => button.textContent!.startsWith('Pay'))!;
    pay.click();
    pay.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    pay.focus();
    pay.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    root.querySelector('dialog')!.dispatchEvent(new Event('cancel'));
  });
  await expect(wallet(page)).toBeVisible();
  await expect(wallet(page).getByRole('button', { name: 'Pay $300.00' })).toBeEnabled();
  // The shopper's own Cancel still ends it, and nothing was paid meanwhile.
  await wallet(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(wallet(page)).toHaveCount(0);
  await expect(page.locator('#log li', { hasText: 'googlepay' })).toHaveText(['googlepay click: googlepay']);
});
