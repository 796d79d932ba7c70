import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, type FieldMessages } from '../../src/secure-fields/frame/texts/index.js';

// The card fields in every language DigitalRiver.js speaks: each field's name, placeholder and messages come from its
// frame in the page's `locale` (the frame tells the page its title), Arabic runs right to left with the digits left to
// right.
const PAGE = 'http://127.0.0.1:4174/examples/script-tag.html';
const KINDS = ['cardnumber', 'cardexpiration', 'cardcvv'] as const;

const textsOf = async (locale: string): Promise<FieldMessages> =>
  ((await import(`../../src/secure-fields/frame/texts/${locale}.ts`)) as { default: FieldMessages }).default;

/** Mounts the three fields with a DigitalRiver of this locale into fresh containers; resolves once they are ready. */
async function mountIn(page: Page, locale: string): Promise<void> {
  await page.evaluate(async (language) => {
    const frameUrl = `${location.protocol}//localhost:${location.port}/frames/frame.html`;
    const dr = new window.DigitalRiver('pk_test_e2e', { apiBaseUrl: `${location.origin}/sandbox-api/~e2e`, frameUrl, locale: language });
    await Promise.all(
      (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => {
        const box = document.createElement('div');
        box.id = `${language}-${type}`;
        document.body.append(box);
        const element = dr.createElement(type)!;
        const ready = new Promise<void>((resolve) => element.on('ready', () => resolve()));
        element.mount(box.id);
        return ready;
      }),
    );
  }, locale);
}

test.beforeEach(async ({ page }) => {
  await page.goto(PAGE);
});

// Written as Digital River's integrations write them: a region, an underscore, upper case.
const written = (locale: string) => (locale === 'en-gb' ? 'en_GB' : locale.includes('-') ? locale.replace(/-(\w+)$/, (_, region: string) => `-${region.toUpperCase()}`) : locale);

for (const locale of LOCALES) {
  test(`${written(locale)} names the fields and their frames, shows its placeholders and reports its messages`, async ({ page }) => {
    await mountIn(page, written(locale));
    const texts = await textsOf(locale);
    for (const kind of KINDS) {
      await expect(page.locator(`#${written(locale)}-${kind} iframe`), kind).toHaveAttribute('title', texts.title[kind]);
      const input = page.frameLocator(`#${written(locale)}-${kind} iframe`).locator('input');
      await expect(input, kind).toHaveAttribute('aria-label', texts.label[kind]);
      await expect(input, kind).toHaveAttribute('placeholder', texts.placeholder[kind]);
    }
    const number = page.frameLocator(`#${written(locale)}-cardnumber iframe`).locator('input');
    await number.click();
    await number.pressSequentially('5466160000000009');
    await expect(page.frameLocator(`#${written(locale)}-cardnumber iframe`).locator('#error')).toHaveText(texts.errors.invalid_card_number);
  });
}

test('Arabic lays the fields out right to left, with the card digits left to right', async ({ page }) => {
  await mountIn(page, 'ar');
  const frame = page.frameLocator('#ar-cardnumber iframe');
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  const input = frame.locator('input');
  await expect(input).toHaveCSS('direction', 'ltr');
  await expect(input).toHaveCSS('text-align', 'right');
  await input.click();
  await input.pressSequentially('4444222233331111');
  await expect(input).toHaveValue('4444 2222 3333 1111');
});

for (const locale of ['ar', 'ja']) {
  test(`the fields have no accessibility violations in ${locale}`, async ({ page }) => {
    await mountIn(page, locale);
    // WCAG 2.1 A and AA, within the fields and their frames (the example page around them is not the subject here).
    const results = await new AxeBuilder({ page })
      .include(`#${locale}-cardnumber`)
      .include(`#${locale}-cardexpiration`)
      .include(`#${locale}-cardcvv`)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
}
