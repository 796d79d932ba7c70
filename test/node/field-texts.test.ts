// The card fields' texts in every language Digital River documents: one file per language, every key in each, nothing
// left in English by accident; and how a `locale` option picks one.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { english, FIELD_LOCALES, fieldLocale, type FieldMessages } from '../../src/secure-fields/frame/texts/index.js';

const folder = fileURLToPath(new URL('../../src/secure-fields/frame/texts/', import.meta.url));
// Digital River's list of DigitalRiver.js locales.
const DOCUMENTED = 'ar zh-hk zh-cn zh-tw cs da nl en en-gb fi fr fr-ca de el hu it ja ko no pl pt pt-br ru sk es es-419 sv th tr'.split(' ');
// Abbreviations printed on cards, which many languages keep as they are.
const SAME_EVERYWHERE = new Set(['CVV', 'CVC']);

const load = async (locale: string): Promise<FieldMessages> =>
  ((await import(`../../src/secure-fields/frame/texts/${locale}.ts`)) as { default: FieldMessages }).default;
const entries = (texts: FieldMessages): [string, string][] =>
  Object.entries(texts).flatMap(([group, values]) =>
    Object.entries(values as Record<string, string>).map(([key, text]): [string, string] => [`${group}.${key}`, text]),
  );

describe('card field texts', () => {
  it('has one file for each documented language, and nothing else', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'index.ts');
    assert.deepEqual(files.map((name) => name.slice(0, -3)).sort(), [...DOCUMENTED].sort());
    assert.deepEqual([...FIELD_LOCALES].sort(), [...DOCUMENTED].sort());
  });

  it('gives every language every text, none of them empty', async () => {
    const keys = entries(english).map(([key]) => key);
    for (const locale of FIELD_LOCALES) {
      const texts = entries(await load(locale));
      assert.deepEqual(texts.map(([key]) => key), keys, locale);
      for (const [key, text] of texts) assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
    }
  });

  it('leaves nothing in English by accident outside English', async () => {
    const englishTexts = new Map(entries(english));
    for (const locale of FIELD_LOCALES.filter((locale) => !locale.startsWith('en'))) {
      for (const [key, text] of entries(await load(locale))) {
        if (SAME_EVERYWHERE.has(text)) continue;
        assert.notEqual(text, englishTexts.get(key), `${locale} ${key} is the English text`);
        assert.doesNotMatch(text, /\b(card|expir|security|invalid|incomplete|MM \/ YY)\b/i, `${locale} ${key}: ${text}`);
      }
    }
  });

  it('uses Digital River\'s English texts', () => {
    assert.equal(english.errors.invalid_expiration_year, "Your card's expiration year is in the past.");
    assert.equal(english.errors.invalid_card_number, 'Your card number is invalid.');
    assert.equal(english.errors.incomplete_security_code, "Your card's security code is incomplete.");
  });
});

describe('fieldLocale', () => {
  it('reads locales however they are written, a region falling back to its language, then to English', () => {
    const cases: [unknown, string][] = [
      ['en-US', 'en'], ['en_US', 'en'], ['en-us', 'en'], ['EN-us', 'en'], ['en-GB', 'en-gb'], ['en_gb', 'en-gb'],
      ['fr-CA', 'fr-ca'], ['fr-BE', 'fr'], ['pt-BR', 'pt-br'], ['pt-PT', 'pt'], ['es-419', 'es-419'], ['es-MX', 'es'],
      ['zh', 'zh-cn'], ['zh-CN', 'zh-cn'], ['zh-TW', 'zh-tw'], ['zh-Hant-TW', 'zh-tw'], ['zh-HK', 'zh-hk'], ['nb-NO', 'no'],
      ['ar-EG', 'ar'], ['ja', 'ja'], ['de-AT', 'de'], ['xx-YY', 'en'],
    ];
    for (const [given, expected] of cases) assert.equal(fieldLocale(given), expected, String(given));
  });

  it('takes nothing in a locale string for anything but a language', () => {
    for (const hostile of ['__proto__', 'constructor', 'toString', '../x', 'de/../../x', 'de\u0000', '', ' ', 42, null, undefined, {}]) {
      assert.equal(fieldLocale(hostile), 'en', String(hostile));
    }
  });
});
