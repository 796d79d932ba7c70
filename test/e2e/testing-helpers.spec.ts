import { expect } from '@playwright/test';
import { fillCard, testWithSandbox } from '../../src/testing/playwright.js';

// dr-checkout-widget/testing as a storefront's own suite uses it: a sandbox per test on the sandbox server, the card
// typed into the frames, and the sandbox's clock moved instead of waited for.
const test = testWithSandbox('http://127.0.0.1:4174/sandbox-api');

test('a test gets a sandbox of its own, types a card, and moves the sandbox clock', async ({ page, sandbox }) => {
  await page.goto('http://127.0.0.1:4174/examples/script-tag.html');
  // The storefront's page, pointed at this test's sandbox; its frames come from the other loopback name.
  const create = () =>
    page.evaluate(async (apiBaseUrl) => {
      const frameUrl = `${location.protocol}//localhost:${location.port}/frames/frame.html`;
      const dr = new window.DigitalRiver('pk_test_helpers', { apiBaseUrl, frameUrl });
      const element = (type: 'cardnumber' | 'cardexpiration' | 'cardcvv', id: string) => {
        document.getElementById(id)?.remove();
        const box = Object.assign(document.createElement('div'), { id });
        document.body.append(box);
        const field = dr.createElement(type);
        const ready = new Promise<void>((resolve) => field.on('ready', () => resolve()));
        field.mount(id);
        return { field, ready };
      };
      const number = element('cardnumber', 'test-number');
      await Promise.all([number.ready, element('cardexpiration', 'test-expiry').ready, element('cardcvv', 'test-cvc').ready]);
      (window as unknown as { createTestSource: () => Promise<unknown> }).createTestSource = async () => {
        const result = await dr.createSource(number.field, { type: 'creditCard' });
        return 'source' in result ? result.source.createdTime : result.error.message;
      };
    }, sandbox.url);
  const createdTime = () => page.evaluate(() => (window as unknown as { createTestSource: () => Promise<string> }).createTestSource());
  const fields = { number: '#test-number', expiry: '#test-expiry', cvc: '#test-cvc' };

  await create();
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' }, fields);
  const first = Date.parse(await createdTime());
  expect((await sandbox.sources()).length).toBe(1);

  await sandbox.clock.advance(24 * 3600 * 1000);
  await create();
  await fillCard(page, { number: '5466160000000008', expiry: '1230', cvc: '123' }, fields);
  const second = Date.parse(await createdTime());
  expect(second - first).toBeGreaterThanOrEqual(24 * 3600 * 1000);
  expect((await sandbox.sources()).length).toBe(2);
});
