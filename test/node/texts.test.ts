// The texts in every language Digital River documents, for the card fields (shown by their frames) and for the page
// (frame titles, the 3-D Secure dialog, the checkout element, payment errors, the wallet buttons, payment instructions
// and compliance element, the sellers' disclosures, Drop-in): one file per language, every key in each, nothing left in English by accident; and
// how a `locale` option picks a language.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkoutEnglish, shopperEnglish } from '../../src/page-texts/en.checkout.js';
import { complianceEnglish } from '../../src/page-texts/en.compliance.js';
import { dropinEnglish } from '../../src/page-texts/en.dropin.js';
import { coreEnglish } from '../../src/page-texts/en.js';
import { paymentsEnglish } from '../../src/page-texts/en.payments.js';
import type { PageTexts } from '../../src/page-texts/index.js';
import { english as fieldEnglish, LOCALES, localeOf, type FieldMessages } from '../../src/secure-fields/frame/texts/index.js';

// Digital River's list of DigitalRiver.js locales.
const DOCUMENTED = 'ar zh-hk zh-cn zh-tw cs da nl en en-gb fi fr fr-ca de el hu it ja ko no pl pt pt-br ru sk es es-419 sv th tr'.split(' ');
// Abbreviations printed on cards, brand names, bank codes, "Bank" and "Cookies", which many languages write as English
// does.
const SAME_EVERYWHERE = new Set(['CVV', 'CVC', 'Google Pay', 'Apple Pay', 'PayPal', 'IBAN', 'SWIFT/BIC', 'Bank', 'Cookies']);
// English words a translation would not keep (placeholders such as {card} aside). Not the words other languages
// borrow ("account" and "privacy" in Italian and Dutch), nor "transfer", which \b finds in "Transferência".
const ENGLISH_WORDS =
  /\b(card|expires|expired|expiration date|security|invalid|incomplete|MM \/ YY|your|enter|saved?|remove|update|payment|declined|ending|reference|buy|terms|accept|agree|approve|method|order|choose|ready|holder|wire|subscription|seller|purchases?)\b/i;

type Texts = FieldMessages | PageTexts;
const pageEnglish: PageTexts = { language: 'en', ...coreEnglish, checkout: checkoutEnglish, shopper: shopperEnglish, payments: paymentsEnglish, dropin: dropinEnglish, compliance: complianceEnglish };
const catalogues = [
  { name: 'card field', folder: '../../src/secure-fields/frame/texts/', english: fieldEnglish as Texts },
  { name: 'page', folder: '../../src/page-texts/', english: pageEnglish as Texts },
];

/** Every text of a catalogue with its path: `checkout.pay`, `frameTitle.cardnumber`. */
const entries = (texts: object, prefix = ''): [string, string][] =>
  Object.entries(texts).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value as object, `${prefix}${key}.`),
  );
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([place]) => place).sort();

for (const { name, folder, english } of catalogues) {
  const load = async (locale: string): Promise<Texts> =>
    locale === 'en' ? english : ((await import(`${folder}${locale}.ts`)) as { default: Texts }).default;

  describe(`${name} texts`, () => {
    it('has one file for each documented language', () => {
      const files = readdirSync(fileURLToPath(new URL(folder, import.meta.url))).filter((file) => /^[a-z]{2}(-[a-z0-9]+)?\.ts$/.test(file));
      assert.deepEqual(files.map((file) => file.slice(0, -3)).sort(), [...DOCUMENTED].sort());
      assert.deepEqual([...LOCALES].sort(), [...DOCUMENTED].sort());
    });

    it('gives every language every text, none of them empty, with the same places to fill in', async () => {
      const englishTexts = entries(english);
      for (const locale of LOCALES) {
        const texts = entries(await load(locale));
        assert.deepEqual(texts.map(([key]) => key), englishTexts.map(([key]) => key), locale);
        texts.forEach(([key, text], index) => {
          assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
          assert.deepEqual(placeholders(text), placeholders(englishTexts[index]![1]), `${locale} ${key}: ${text}`);
        });
      }
    });

    it('leaves nothing in English by accident outside English', async () => {
      const englishTexts = new Map(entries(english));
      for (const locale of LOCALES.filter((locale) => !locale.startsWith('en'))) {
        for (const [key, text] of entries(await load(locale))) {
          if (SAME_EVERYWHERE.has(text) || key === 'language') continue;
          assert.notEqual(text, englishTexts.get(key), `${locale} ${key} is the English text`);
          assert.doesNotMatch(text.replace(/\{\w+\}/g, ''), ENGLISH_WORDS, `${locale} ${key}: ${text}`);
        }
      }
    });
  });
}

describe('page texts', () => {
  const pageTexts = async (locale: string) => ((await import(`../../src/page-texts/${locale}.ts`)) as { default: PageTexts }).default;

  it('say which language they are in, for the lang of what shows them', async () => {
    for (const locale of LOCALES.filter((locale) => locale !== 'en')) assert.equal((await pageTexts(locale)).language, locale);
  });

  it('name the city and country in payment instructions as the billing address does', async () => {
    for (const locale of LOCALES.filter((locale) => locale !== 'en')) {
      const { payments, checkout } = await pageTexts(locale);
      assert.deepEqual([payments.city, payments.country], [checkout.city, checkout.country], locale);
    }
    assert.deepEqual([paymentsEnglish.city, paymentsEnglish.country], [checkoutEnglish.city, checkoutEnglish.country]);
  });

  it("name the terms of sale and the privacy policy in the disclosures' confirmation as their links do, so both are linked", async () => {
    for (const locale of LOCALES) {
      const { confirm, links } = locale === 'en' ? complianceEnglish : (await pageTexts(locale)).compliance;
      for (const link of [links.termsOfSale, links.privacyPolicy]) assert.ok(confirm.includes(link), `${locale}: "${link}" in "${confirm}"`);
    }
  });

  it('name the card fields in the checkout as the fields name themselves', async () => {
    for (const locale of LOCALES) {
      const page = locale === 'en' ? checkoutEnglish : ((await import(`../../src/page-texts/${locale}.ts`)) as { default: PageTexts }).default.checkout;
      const field = ((await import(`../../src/secure-fields/frame/texts/${locale}.ts`)) as { default: FieldMessages }).default.label;
      assert.deepEqual([page.cardNumber, page.expirationDate, page.securityCode], [field.cardnumber, field.cardexpiration, field.cardcvv], locale);
    }
  });
});

describe('card field texts', () => {
  it("uses Digital River's English texts", () => {
    assert.equal(fieldEnglish.errors.invalid_expiration_year, "Your card's expiration year is in the past.");
    assert.equal(fieldEnglish.errors.invalid_card_number, 'Your card number is invalid.');
    assert.equal(fieldEnglish.errors.incomplete_security_code, "Your card's security code is incomplete.");
  });
});

describe('localeOf', () => {
  it('reads locales however they are written, a region falling back to its language, then to English', () => {
    const cases: [unknown, string][] = [
      ['en-US', 'en'], ['en_US', 'en'], ['en-us', 'en'], ['EN-us', 'en'], ['en-GB', 'en-gb'], ['en_gb', 'en-gb'],
      ['fr-CA', 'fr-ca'], ['fr-BE', 'fr'], ['pt-BR', 'pt-br'], ['pt-PT', 'pt'], ['es-419', 'es-419'], ['es-MX', 'es'],
      ['zh', 'zh-cn'], ['zh-CN', 'zh-cn'], ['zh-TW', 'zh-tw'], ['zh-Hant-TW', 'zh-tw'], ['zh-HK', 'zh-hk'], ['nb-NO', 'no'],
      ['ar-EG', 'ar'], ['ja', 'ja'], ['de-AT', 'de'], ['xx-YY', 'en'],
    ];
    for (const [given, expected] of cases) assert.equal(localeOf(given), expected, String(given));
  });

  it('takes nothing in a locale string for anything but a language', () => {
    for (const hostile of ['__proto__', 'constructor', 'toString', '../x', 'de/../../x', 'de\u0000', '', ' ', 42, null, undefined, {}]) {
      assert.equal(localeOf(hostile), 'en', String(hostile));
    }
  });
});
