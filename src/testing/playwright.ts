/**
 * For a storefront's own Playwright tests (`dr-checkout-widget/testing`): the card fields' inputs live in
 * cross-origin frames, which page locators do not reach. These type into them as a shopper does (real key presses,
 * no retries) and read what the page may know of them.
 */
import {
  test as base,
  expect,
  type Locator,
  type Page,
  type PlaywrightTestArgs,
  type PlaywrightTestOptions,
  type PlaywrightWorkerArgs,
  type PlaywrightWorkerOptions,
  type TestType,
} from '@playwright/test';
import { connectSandbox, type RemoteSandbox } from '../sandbox/remote.js';

/** Where the three fields are: their mount containers or the `dr-card-*` elements, as CSS selectors. */
export interface CardFieldSelectors {
  number: string;
  expiry: string;
  cvc: string;
}

/** DigitalRiver.js pages mount into these; `<dr-checkout>` and declarative pages use the elements themselves. */
export const DEFAULT_CARD_FIELDS: CardFieldSelectors = {
  number: '#card-number, dr-card-number',
  expiry: '#card-expiration, dr-card-expiration',
  cvc: '#card-cvv, #card-security-code, dr-card-cvv',
};

/** The `<input>` inside the card field at `selector` (a container or a `dr-card-*` element). */
export function cardInput(scope: Page | Locator, selector: string): Locator {
  return scope.locator(selector).first().locator('iframe').first().contentFrame().locator('input');
}

/**
 * Types a card into the three fields with real key presses, each after a click into it, and waits until each field
 * shows what was typed (formatted: `4444 2222 3333 1111`, `12 / 34`). `expiry` as a shopper types it: `1234`.
 */
export async function fillCard(
  scope: Page | Locator,
  card: { number: string; expiry: string; cvc: string },
  fields: CardFieldSelectors = DEFAULT_CARD_FIELDS,
): Promise<void> {
  for (const [selector, text] of [[fields.number, card.number], [fields.expiry, card.expiry], [fields.cvc, card.cvc]] as const) {
    const input = cardInput(scope, selector);
    await input.click();
    await input.pressSequentially(text);
    const digits = text.replace(/\D/g, '');
    await expect.poll(() => input.inputValue().then((value) => value.replace(/\D/g, '')), { message: `${selector} holds what was typed` }).toBe(digits);
  }
}

/** What the page may know of a card field: the `change` event's state (never the value). */
export interface CardFieldState {
  complete?: boolean;
  empty?: boolean;
  brand?: string;
  /** The validation error's code, or null for none. */
  error?: string | null;
}

/** Waits until the card field at `selector` reports this state (each given key must match). */
export async function expectCardState(scope: Page | Locator, selector: string, expected: CardFieldState): Promise<void> {
  const element = scope.locator(selector).first();
  await expect
    .poll(
      () =>
        element.evaluate((node) => {
          const field = (node.matches('dr-card-number, dr-card-expiration, dr-card-cvv') ? node : node.querySelector('dr-card-number, dr-card-expiration, dr-card-cvv')) as
            | (Element & { state: { complete: boolean; empty: boolean; brand: string; error: { code: string } | null } })
            | null;
          if (!field) return undefined;
          const { complete, empty, brand, error } = field.state;
          return { complete, empty, brand, error: error ? error.code : null };
        }),
      { message: `${selector} reports ${JSON.stringify(expected)}` },
    )
    .toMatchObject({ ...expected });
}

/** Playwright's `test`, with a `sandbox` fixture. */
export type SandboxTest = TestType<PlaywrightTestArgs & PlaywrightTestOptions & { sandbox: RemoteSandbox }, PlaywrightWorkerArgs & PlaywrightWorkerOptions>;

/**
 * A Playwright `test` whose tests each get a sandbox of their own (`{apiUrl}/~name`: its own store and clock) from
 * the isolated sandboxes served at `apiUrl`: `http://127.0.0.1:4010/sandbox-api` for `npx dr-checkout-sandbox`
 * (and the Vite plugin's sandbox origin), or where a dev server mounts the sandbox middleware. Give the page
 * `sandbox.url` as its `apiBaseUrl`, and move the sandbox's time with `sandbox.clock.advance(ms)` (a card's security
 * code goes stale after `sandbox.cvcLifetimeMs`) instead of waiting.
 */
export function testWithSandbox(apiUrl: string): SandboxTest {
  return base.extend<{ sandbox: RemoteSandbox }>({
     
    sandbox: async ({}, use) => {
      const name = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
      await use(await connectSandbox(`${apiUrl.replace(/\/+$/, '')}/~${name}`));
    },
  });
}
