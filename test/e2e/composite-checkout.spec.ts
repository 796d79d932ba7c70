import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fieldInput, moveSandboxClock, selectScenario } from './checkout-page.js';

const PAGE = 'http://127.0.0.1:4173/index.html';

/**
 * Page object for the composite `<dr-checkout>` page and its QA panel. The card inputs live in the fields'
 * cross-origin frames (the other loopback host name).
 */
class CompositeCheckout {
  constructor(readonly page: Page) {}
  readonly element = this.page.locator('dr-checkout');
  readonly number = fieldInput(this.element, 'dr-card-number');
  readonly expiration = fieldInput(this.element, 'dr-card-expiration');
  readonly cvv = fieldInput(this.element, 'dr-card-cvv');
  readonly payButton = this.element.locator('[part="pay-button"]');
  readonly status = this.element.locator('[part="status"]');
  readonly warning = this.element.locator('[part="cvc-warning"]');
  readonly attached = this.page.locator('#attached-sources li');

  async open(query = ''): Promise<void> {
    await this.page.goto(PAGE + query);
    await expect(this.page.locator('#sandbox-status')).toContainText('Sandbox running');
    await expect(this.page.locator('#checkout-view')).toContainText('Checkout');
  }

  /** The billing owner the element asks for, then the card: what a shopper types, in order. */
  async typeCard(number: string, expiry = '1234', cvv = '123'): Promise<void> {
    const owner = this.element.getByLabel('First name');
    if ((await owner.count()) > 0 && !(await owner.inputValue())) {
      await owner.fill('Ada');
      await this.element.getByLabel('Last name').fill('Lovelace');
      await this.element.getByLabel('Email').fill('ada@example.test');
    }
    await this.number.pressSequentially(number);
    await this.expiration.pressSequentially(expiry);
    await this.cvv.pressSequentially(cvv);
  }

  async pay(): Promise<void> {
    await this.payButton.click();
  }

  async moveClock(label: RegExp): Promise<void> {
    await moveSandboxClock(this.page, label);
  }

  async selectScenario(label: string): Promise<void> {
    await selectScenario(this.page, label);
  }

  async placeOrder(): Promise<void> {
    await this.page.locator('#place-order').click();
  }
}

test.describe('composite checkout', () => {
  let ui: CompositeCheckout;
  test.beforeEach(async ({ page }) => {
    ui = new CompositeCheckout(page);
    await ui.open();
  });

  test('has no accessibility violations', async ({ page }) => {
    await expect(ui.number).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
  });

  test('creates the source, attaches it, and the order consumes it', async () => {
    await ui.typeCard('4444222233331111');
    await ui.pay();
    await expect(ui.status).toContainText(/attached|ready|added/i);
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.attached).toContainText('Visa ····1111');
    await expect(ui.page.locator('#session-state')).toHaveText('requires_confirmation');
    await ui.placeOrder();
    await expect(ui.page.locator('#order-state')).not.toBeEmpty();
    await expect(ui.page.locator('.charged-source-state')).toHaveText('consumed');
  });

  test('a new card replaces the primary source and the old one is detached', async ({ page }) => {
    await ui.typeCard('4444222233331111');
    await ui.pay();
    await expect(ui.attached).toContainText('····1111');
    await ui.number.fill('');
    await ui.number.pressSequentially('5466160000000008');
    await ui.cvv.fill('');
    await ui.cvv.pressSequentially('321');
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.attached).toContainText('MasterCard ····0008');
    await expect(page.locator('#event-log')).toContainText('source detached');
  });

  test('a stale security code is announced, re-entered alone, and the order then succeeds', async ({ page }) => {
    await ui.typeCard('5466160000000008', '1234', '321');
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await ui.moveClock(/to the CVC warning/);
    await expect(ui.warning).toContainText('Your security code expires in');
    await ui.moveClock(/past the CVC lifetime/);
    await expect(ui.warning).toContainText('Your security code has expired');
    await expect(ui.number).toHaveValue('5466 1600 0000 0008');
    await expect(ui.cvv).toHaveValue('');
    await ui.cvv.pressSequentially('654');
    await ui.element.getByRole('button', { name: /update security code|pay/i }).first().click();
    await expect(page.locator('#event-log')).toContainText('security code refreshed');
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.warning).toBeEmpty();
    await ui.placeOrder();
    await expect(page.locator('.charged-source-state')).toHaveText('consumed');
  });

  test('an order placed with a stale security code is declined', async ({ page }) => {
    await ui.typeCard('5466160000000008');
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await ui.moveClock(/past the CVC lifetime/);
    await ui.placeOrder();
    await expect(page.locator('#order-view')).toContainText('card_declined');
  });

  test('3-D Secure: approving the challenge attaches the source', async ({ page }) => {
    await ui.typeCard('5454545454545454', '0330', '737');
    await ui.pay();
    const dialog = page.getByRole('dialog', { name: 'Verify your payment' });
    await expect(dialog).toBeVisible();
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Approve' }).click();
    await expect(dialog).toBeHidden();
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.attached).toContainText('chargeable');
  });

  test('3-D Secure: declining the challenge fails and keeps the fields filled', async ({ page }) => {
    await ui.typeCard('4917610000000000', '0330', '737');
    await ui.pay();
    const dialog = page.getByRole('dialog', { name: 'Verify your payment' });
    await dialog.frameLocator('iframe').getByRole('button', { name: 'Decline' }).click();
    await expect(ui.status).toContainText(/could not be verified|declined|failed/i);
    await expect(ui.attached).toHaveCount(0);
    await expect(ui.number).toHaveValue('4917 6100 0000 0000');
  });

  test('a card whose source fails is declined in plain words and nothing is attached', async () => {
    await ui.typeCard('4000000000003295');
    await ui.pay();
    await expect(ui.status).toContainText('Your card was declined');
    await expect(ui.status).toHaveAttribute('data-error-code', 'source_failed');
    await expect(ui.attached).toHaveCount(0);
  });

  test('a charge declined when the order is placed is reported with its code', async ({ page }) => {
    await ui.typeCard('4000000000003600');
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await ui.placeOrder();
    await expect(page.locator('#order-view')).toContainText('card_declined');
  });

  test('a failed attach says so, keeps the card, and a retry leaves one primary source', async () => {
    await ui.selectScenario('Attach fails once (server error)');
    await ui.typeCard('4444222233331111');
    await ui.pay();
    await expect(ui.status).toContainText(/try again/i);
    await expect(ui.number).toHaveValue('4444 2222 3333 1111');
    await expect(ui.cvv).toHaveValue('123');
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.attached).toContainText('chargeable');
  });

  test('a slow network shows progress and blocks a second submit', async () => {
    await ui.selectScenario('Slow network (2 s per call)');
    await ui.typeCard('4444222233331111');
    await ui.pay();
    await expect(ui.payButton).toHaveAttribute('aria-busy', 'true');
    await expect(ui.payButton).toBeDisabled();
    await expect(ui.attached).toHaveCount(1, { timeout: 15_000 });
    await expect(ui.payButton).not.toHaveAttribute('aria-busy', 'true');
  });

  test('store credit applied before the card is combined with it', async ({ page }) => {
    await page.locator('#apply-store-credit').click();
    await expect(page.locator('#store-credit-message')).toContainText('applied');
    await ui.typeCard('4444222233331111');
    await ui.pay();
    await expect(ui.attached).toHaveCount(2);
    await expect(ui.attached.filter({ hasText: 'customerCredit' })).toContainText('$20.00');
    await ui.placeOrder();
    await expect(page.locator('.charge')).toHaveCount(2);
  });

  test('store credit applied after a single-use card is refused with a clear message', async ({ page }) => {
    await ui.typeCard('4444222233331111');
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await page.locator('#apply-store-credit').click();
    await expect(page.locator('#store-credit-message')).toContainText('apply it before paying by card');
    await expect(page.locator('#store-credit-message')).toContainText('session_update_not_allowed');
    await expect(ui.attached).toHaveCount(1);
  });
});

test.describe('composite checkout for a signed-in shopper', () => {
  test('pays with a saved card after re-entering its security code; the saved source stays chargeable', async ({ page }) => {
    const ui = new CompositeCheckout(page);
    await ui.open('?signedIn=1');
    const saved = ui.element.getByRole('radio', { name: /MasterCard.*0008/ });
    await expect(saved).toBeVisible();
    await saved.check();
    await ui.element.getByRole('button', { name: 'Use this card' }).click();
    // The element moves the focus to the saved card's security-code field, as the shopper sees.
    await expect(ui.cvv).toBeFocused();
    await ui.cvv.pressSequentially('123');
    await ui.element.getByRole('button', { name: /^(Pay|Use this card|Confirm)/ }).last().click();
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.attached).toContainText('MasterCard ····0008');
    await ui.placeOrder();
    await expect(page.locator('.charged-source-state')).toHaveText('chargeable');
  });

  test('saves a new card, makes it the default and removes the old one', async ({ page }) => {
    const ui = new CompositeCheckout(page);
    await ui.open('?signedIn=1');
    await ui.typeCard('6011987698769876');
    await ui.element.getByRole('checkbox', { name: 'Save this card' }).check();
    await ui.pay();
    await expect(ui.attached).toHaveCount(1);
    await expect(ui.element.getByRole('radio', { name: /Discover.*9876/ })).toBeVisible();
    await ui.element.getByRole('radio', { name: /Discover.*9876/ }).check();
    await ui.element.getByRole('button', { name: 'Make default' }).click();
    await expect(ui.element.getByRole('radio', { name: /Discover.*9876.*default/i })).toBeVisible();
    await ui.element.getByRole('radio', { name: /MasterCard.*0008/ }).check();
    await ui.element.getByRole('button', { name: 'Remove' }).click();
    await expect(ui.element.getByRole('radio', { name: /MasterCard.*0008/ })).toHaveCount(0);
  });

  test('updates the expiration date of a saved card through updateSource', async ({ page }) => {
    const ui = new CompositeCheckout(page);
    await ui.open('?signedIn=1');
    await ui.element.getByRole('radio', { name: /MasterCard.*0008.*07\/31/ }).check();
    await ui.element.getByRole('button', { name: 'Update expiration date' }).click();
    const expiry = fieldInput(ui.element, '#saved-expiry');
    await expect(expiry).toBeFocused();
    await expiry.pressSequentially('0933');
    await ui.element.getByRole('button', { name: 'Save expiration date' }).click();
    await expect(ui.status).toContainText('MasterCard ending 0008 now expires 09/33');
    await expect(ui.element.getByRole('radio', { name: /MasterCard.*0008.*09\/33/ })).toBeVisible();
  });
});
