import { expect, test, type Frame, type Page } from '@playwright/test';

// The field frames as a browser sees them: styling inside the frame, its Content-Security-Policy, its height, autofill.
const PAGE = 'http://127.0.0.1:4174/examples/script-tag.html';

/** Mounts three more fields with the given options on the example page; resolves with their frames' first heights. */
async function mountWith(page: Page, options: Record<string, unknown>): Promise<{ heights: string[] }> {
  return page.evaluate(async (elementOptions) => {
    const frameUrl = `${location.protocol}//localhost:${location.port}/frames/frame.html`;
    const dr = new window.DigitalRiver('pk_test_e2e', { apiBaseUrl: `${location.origin}/sandbox-api/~e2e`, frameUrl });
    const heights: string[] = [];
    await Promise.all(
      (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => {
        const box = document.createElement('div');
        box.id = `styled-${type}`;
        document.body.append(box);
        const element = dr.createElement(type, elementOptions)!;
        const ready = new Promise<void>((resolve) => element.on('ready', () => resolve()));
        element.mount(box.id);
        const host = box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        // The height as first rendered, before the frame document has loaded.
        return host.updateComplete.then(async () => {
          heights.push(host.shadowRoot!.querySelector('iframe')!.style.height);
          await ready;
        });
      }),
    );
    return { heights };
  }, options);
}
const mountStyled = (page: Page, style: Record<string, unknown>) => mountWith(page, { style });

/**
 * Each mounted frame was `px` tall from its first render and stays so: its document is that tall (the height the
 * frame reports to the page), and the page shows it at that height.
 */
async function expectSteadyHeight(page: Page, first: string[], px: number): Promise<void> {
  expect(first).toEqual([`${px}px`, `${px}px`, `${px}px`]);
  for (const type of ['cardnumber', 'cardexpiration', 'cardcvv']) {
    const own = await page.frameLocator(`#styled-${type} iframe`).locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(own, type).toBe(px);
    await expect(page.locator(`#styled-${type} iframe`)).toHaveCSS('height', `${px}px`);
  }
}

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.frameLocator('#card-number iframe').locator('input')).toBeVisible();
});

test('the DR.js style object applies inside the frame, and the frame is as tall as its text from the start', async ({ page }) => {
  const { heights } = await mountStyled(page, { base: { color: 'rgb(1, 2, 3)', fontSize: '20px', '::placeholder': { color: 'rgb(4, 5, 6)' } } });
  await expectSteadyHeight(page, heights, 30);
  const input = page.frameLocator('#styled-cardnumber iframe').locator('input');
  await expect(input).toHaveCSS('color', 'rgb(1, 2, 3)');
  await expect(input).toHaveCSS('font-size', '20px');
});

test('the frames run under a strict Content-Security-Policy: own script only, fields connect nowhere, the controller only to its sandbox', async ({ page }) => {
  const policyOf = (frame: Frame) => frame.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!);
  const field = page.frames().find((f) => f.url().includes('kind=cardnumber'))!;
  // The controller frame comes once the fields are ready.
  await expect.poll(() => page.frames().some((f) => f.url().includes('controller.html'))).toBe(true);
  const controller = page.frames().find((f) => f.url().includes('controller.html'))!;
  await controller.waitForLoadState();
  const fieldPolicy = await policyOf(field);
  // Its own script by hash, and what that script adds (its language's texts): 'strict-dynamic'.
  expect(fieldPolicy).toMatch(/script-src 'sha256-[\w+/=]+' 'strict-dynamic';/);
  expect(fieldPolicy).toContain("connect-src 'none'");
  const controllerPolicy = await policyOf(controller);
  // This server's sandbox deployment: its own port on the loopback names, no https: wildcard, no other host.
  const connect = /connect-src ([^;]*)/.exec(controllerPolicy)![1]!.trim().split(/\s+/);
  expect(connect.sort()).toEqual(['http://127.0.0.1:4174', 'http://localhost:4174']);
  for (const policy of [fieldPolicy, controllerPolicy]) {
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https:(\s|;|$)/);
  }
  // The browser enforces it: a request from the field frame to the sandbox itself is refused.
  const fetched = await field.evaluate(() => fetch('/sandbox-api/~e2e/sources').then(() => 'sent', () => 'refused'));
  expect(fetched).toBe('refused');
  // Markup that reaches the frame's document cannot run a script: a document written into it (an srcdoc frame, which
  // inherits the policy) has its inline script parsed and refused.
  const ran = await field.evaluate(async () => {
    const child = document.createElement('iframe');
    child.srcdoc = '<script>parent.inlineRan = true</script>';
    const loaded = new Promise((resolve) => child.addEventListener('load', resolve));
    document.body.append(child);
    await loaded;
    const parsed = child.contentDocument?.querySelector('script') !== null;
    return { parsed, ran: (window as unknown as { inlineRan?: boolean }).inlineRan ?? false };
  });
  expect(ran).toEqual({ parsed: true, ran: false });
  // (Code the test runner evaluates is exempt from the policy, and under 'strict-dynamic' so are the scripts it adds:
  // what it could run by itself is not what a page can.)
});

test('every DR.js style state applies inside the frame: empty, base, focus, complete, invalid, webkitAutofill', async ({ page }) => {
  await mountStyled(page, {
    base: { color: 'rgb(1, 1, 1)', fontSize: '20px' },
    empty: { color: 'rgb(2, 2, 2)' },
    complete: { color: 'rgb(3, 3, 3)' },
    invalid: { color: 'rgb(4, 4, 4)' },
    webkitAutofill: { color: 'rgb(5, 5, 5)' },
    focus: { color: 'rgb(6, 6, 6)' },
  });
  const input = page.frameLocator('#styled-cardnumber iframe').locator('input');
  const leave = () => page.locator('h1').click();
  await expect(input).toHaveCSS('color', 'rgb(2, 2, 2)'); // empty
  await expect(input).toHaveCSS('font-size', '20px'); // base, under every state
  await input.click();
  await expect(input).toHaveCSS('color', 'rgb(6, 6, 6)'); // focus
  await input.pressSequentially('4444');
  await expect(input).toHaveCSS('color', 'rgb(6, 6, 6)'); // still focused, no longer empty
  await input.pressSequentially('222233331111');
  await leave();
  await expect(input).toHaveCSS('color', 'rgb(3, 3, 3)'); // complete
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await input.pressSequentially('5466160000000009');
  await leave();
  await expect(input).toHaveCSS('color', 'rgb(4, 4, 4)'); // invalid: a Luhn failure at the brand's full length
  await input.evaluate((element) => {
    const field = element as HTMLInputElement;
    field.value = '5466160000000008';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(input).toHaveCSS('color', 'rgb(5, 5, 5)'); // filled by the browser's autofill
});

test('options as storefronts write them: style height and webKitAutofill, several class names, mask', async ({ page }) => {
  const { heights } = await mountWith(page, {
    style: { base: { height: '44px', color: 'rgb(1, 1, 1)' }, webKitAutofill: { color: 'rgb(5, 5, 5)' } },
    classes: { base: 'field field--card', complete: 'is-complete is-ok' },
    mask: true,
  });
  await expectSteadyHeight(page, heights, 44);
  const box = page.locator('#styled-cardnumber');
  await expect(box).toHaveClass(/(^| )field( |$)/);
  await expect(box).toHaveClass(/(^| )field--card( |$)/);
  const input = page.frameLocator('#styled-cardnumber iframe').locator('input');
  await input.click();
  await input.pressSequentially('4444222233331111');
  await page.locator('h1').click();
  await expect(input).toHaveValue('•••• •••• •••• 1111');
  await expect.poll(() => box.evaluate((element) => element.classList.contains('is-complete') && element.classList.contains('is-ok'))).toBe(true);
  await input.click();
  await expect(input).toHaveValue('4444 2222 3333 1111');
  await input.evaluate((element) => {
    const field = element as HTMLInputElement;
    field.value = '5466160000000008';
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(input).toHaveCSS('color', 'rgb(5, 5, 5)'); // the webKitAutofill spelling
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

test('the field elements take what frameworks pass: placeholder, field-style as JSON or as a property of that name', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.evaluate(() => {
    const frameUrl = `${location.protocol}//localhost:${location.port}/frames/frame.html`;
    const field = (tag: string, id: string) => {
      const element = document.createElement(tag);
      element.id = id;
      element.setAttribute('frame-url', frameUrl);
      element.setAttribute('group', 'framework');
      return element;
    };
    const number = field('dr-card-number', 'json-styled');
    number.setAttribute('placeholder', 'Numéro de carte');
    number.setAttribute('field-style', JSON.stringify({ base: { color: 'rgb(7, 8, 9)' } }));
    // Vue's `:field-style="style"` sets a property of the attribute's name when the element has one.
    const expiry = field('dr-card-expiration', 'prop-styled') as HTMLElement & { 'field-style': unknown };
    expiry['field-style'] = { base: { color: 'rgb(9, 8, 7)' } };
    // A framework that writes the object into the attribute instead.
    const cvv = field('dr-card-cvv', 'object-attribute');
    cvv.setAttribute('field-style', '[object Object]');
    document.body.append(number, expiry, cvv);
  });
  const number = page.locator('#json-styled iframe').contentFrame().locator('input');
  await expect(number).toHaveAttribute('placeholder', 'Numéro de carte');
  await expect(number).toHaveCSS('color', 'rgb(7, 8, 9)');
  await expect(page.locator('#prop-styled iframe').contentFrame().locator('input')).toHaveCSS('color', 'rgb(9, 8, 7)');
  await expect.poll(() => warnings.join('\n')).toContain('field-style_attribute_ignored');
});
