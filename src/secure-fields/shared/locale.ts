/**
 * The languages the library speaks, as Digital River's `locale` option names them, and how a `locale` string picks
 * one. Shared by the field frames (their texts) and the page (the checkout's texts, the 3-D Secure dialog).
 */

/** Digital River's languages, as its `locale` option names them. */
export const LOCALES = [
  'ar', 'cs', 'da', 'de', 'el', 'en', 'en-gb', 'es', 'es-419', 'fi', 'fr', 'fr-ca', 'hu', 'it', 'ja', 'ko', 'nl', 'no',
  'pl', 'pt', 'pt-br', 'ru', 'sk', 'sv', 'th', 'tr', 'zh-cn', 'zh-hk', 'zh-tw',
] as const;
export type Locale = (typeof LOCALES)[number];

/** Languages whose usual name is another tag: Chinese without a region, its scripts, Norwegian Bokmål and Nynorsk. */
const ALIASES: Readonly<Record<string, Locale>> = { zh: 'zh-cn', 'zh-hans': 'zh-cn', 'zh-hant': 'zh-tw', 'zh-mo': 'zh-hk', nb: 'no', nn: 'no' };

const isKnownLocale = (tag: string): tag is Locale => (LOCALES as readonly string[]).includes(tag);

/**
 * The language a `locale` option asks for: `en-US`, `en_US`, `en-us` and `EN-us` alike. A region falls back to its
 * language, then to English; anything that is not a language tag (`__proto__`, `../x`, a number) is English.
 */
export function localeOf(locale: unknown): Locale {
  if (typeof locale !== 'string') return 'en';
  const tag = locale.trim().toLowerCase().replaceAll('_', '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag)) return 'en';
  const [language = '', region] = tag.split('-');
  for (const candidate of [region ? `${language}-${region}` : '', language]) {
    if (isKnownLocale(candidate)) return candidate;
    if (Object.hasOwn(ALIASES, candidate)) return ALIASES[candidate]!;
  }
  return 'en';
}

/** Arabic is written right to left (the card digits stay left to right, as banks print them). */
export const isRightToLeft = (locale: Locale): boolean => locale === 'ar';
