import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/**
 * The `<input>` of a card field: it lives in the field's cross-origin frame (served from the other loopback host name),
 * inside the `dr-card-*` element found by `selector` (the mount container or the element itself).
 */
export function fieldFrame(scope: Page | Locator, selector: string): FrameLocator {
  return scope.locator(`${selector} iframe`).first().contentFrame();
}
export const fieldInput = (scope: Page | Locator, selector: string): Locator => fieldFrame(scope, selector).locator('input');

/** Page object for a storefront page with the three card fields mounted in #card-number, #card-expiration, #card-cvv. */
export class CheckoutPage {
  readonly number: Locator;
  readonly expiration: Locator;
  readonly cvv: Locator;

  constructor(readonly page: Page) {
    this.number = fieldInput(page, '#card-number');
    this.expiration = fieldInput(page, '#card-expiration');
    this.cvv = fieldInput(page, '#card-cvv');
  }

  /** The message a field shows under its input (inside its frame). */
  errorOf(selector: '#card-number' | '#card-expiration' | '#card-cvv'): Locator {
    return fieldFrame(this.page, selector).locator('#error');
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

/** Clicks a QA-panel clock button and waits until the sandbox (on the dev server) has moved. */
export async function moveSandboxClock(page: Page, label: RegExp): Promise<void> {
  const moved = page.locator('#event-log li', { hasText: 'clock moved forward' });
  const before = await moved.count();
  await page.getByRole('button', { name: label }).click();
  await expect(moved).toHaveCount(before + 1);
}

/** Picks a network scenario in the QA panel and waits until the sandbox has it. */
export async function selectScenario(page: Page, label: string): Promise<void> {
  await page.locator('#scenario').selectOption({ label });
  await expect(page.locator('#event-log li').first()).toHaveText(new RegExp(`scenario: ${label.replace(/[()]/g, '\\$&')}$`));
}
