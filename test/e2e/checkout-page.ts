import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for a storefront page with the three card fields mounted in #card-number, #card-expiration, #card-cvv. */
export class CheckoutPage {
  readonly number: Locator;
  readonly expiration: Locator;
  readonly cvv: Locator;

  constructor(readonly page: Page) {
    this.number = page.locator('#card-number input');
    this.expiration = page.locator('#card-expiration input');
    this.cvv = page.locator('#card-cvv input');
  }

  async waitForFields(): Promise<void> {
    await expect(this.number).toBeVisible();
    await expect(this.expiration).toBeVisible();
    await expect(this.cvv).toBeVisible();
  }

  /** Types like a shopper: real key presses, one field after another. */
  async typeCard(number: string, expiry = '12/34', cvv = '123'): Promise<void> {
    await this.number.pressSequentially(number);
    await this.expiration.pressSequentially(expiry);
    await this.cvv.pressSequentially(cvv);
  }

  async pay(): Promise<void> {
    await this.page.locator('#pay').click();
  }
}
