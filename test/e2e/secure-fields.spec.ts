import { expect, test, type Page } from '@playwright/test';

// The field frames as a browser sees them: styling inside the frame, its Content-Security-Policy, its height, autofill.
const PAGE = 'http://127.0.0.1:4174/examples/script-tag.html';

/** Mounts three more fields with a given style on the example page; resolves with their containers' ids. */
async function mountStyled(page: Page, style: Record<string, unknown>): Promise<{ heights: string[] }> {
  return page.evaluate(async (styleOption) => {
    const frameUrl = `${location.protocol}//localhost:${location.port}/frames/frame.html`;
    const dr = new window.DigitalRiver('pk_test_e2e', { apiBaseUrl: `${location.origin}/sandbox-api/~e2e`, frameUrl });
    const heights: string[] = [];
    await Promise.all(
      (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => {
        const box = document.createElement('div');
        box.id = `styled-${type}`;
        document.body.append(box);
        const element = dr.createElement(type, { style: styleOption })!;
        const ready = new Promise<void>((resolve) => element.on('ready', () => resolve()));
        element.mount(box.id);
        const host = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        // The height as first rendered, before the frame document has loaded, then once the frame reports its own.
        return host.updateComplete.then(async () => {
          const frame = host.shadowRoot!.querySelector('iframe')!;
          const before = frame.style.height;
          await ready;
          await new Promise((resolve) => setTimeout(resolve, 100));
          heights.push(`${before}->${frame.style.height}`);
        });
      }),
    );
    return { heights };
  }, style);
}

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.frameLocator('#card-number iframe').locator('input')).toBeVisible();
});

test('the DR.js style object applies inside the frame, and the frame is as tall as its text from the start', async ({ page }) => {
  const { heights } = await mountStyled(page, { base: { color: 'rgb(1, 2, 3)', fontSize: '20px', '::placeholder': { color: 'rgb(4, 5, 6)' } } });
  for (const change of heights) {
    const [before, after] = change.split('->');
    expect(before, change).toBe('30px');
    expect(after, change).toBe('30px');
  }
  const input = page.frameLocator('#styled-cardnumber iframe').locator('input');
  await expect(input).toHaveCSS('color', 'rgb(1, 2, 3)');
  await expect(input).toHaveCSS('font-size', '20px');
});

test('the frame runs under a strict Content-Security-Policy: self-hosted script only, no inline script', async ({ page }) => {
  const frame = page.frames().find((f) => f.url().includes('kind=cardnumber'))!;
  const policy = await frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  const ranInline = await frame.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ranInline).toBe(false);
  // (Whether eval is refused cannot be observed from here: code the test runner evaluates is exempt from the policy.)
});

test('filling all three fields at once, as autofill does, updates each field\'s state', async ({ page }) => {
  for (const [kind, value] of [
    ['cardnumber', '4444222233331111'],
    ['cardexpiration', '12/34'],
    ['cardcvv', '123'],
  ] as const) {
    const frame = page.frames().find((f) => f.url().includes(`kind=${kind}`))!;
    // Browser autofill sets the value and fires a plain `input` event, with no keystroke.
    await frame.evaluate((text) => {
      const input = document.querySelector('input')!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  }
  for (const id of ['card-number', 'card-expiration', 'card-cvv']) {
    await expect(page.locator(`#${id}`)).toHaveClass(/DRElement--complete/);
    await expect(page.locator(`#${id}`)).toHaveClass(/DRElement--autofilled/);
  }
  await expect(page.frameLocator('#card-expiration iframe').locator('input')).toHaveValue('12 / 34');
  await page.locator('#pay').click();
  await expect(page.locator('#result')).toHaveText(/: chargeable, Visa ending 1111$/);
});
