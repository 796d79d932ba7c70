/**
 * What a card field says, in every language Digital River documents: one file per language beside this one. The
 * field frame carries English; any other language is a small script of its own, loaded by the frame that needs it
 * (`scripts/frame-assets.mjs` builds one per file).
 */
import type { CardValidationCode } from '../../../card/index.js';
import type { FieldKind } from '../../shared/field-kind.js';
import english from './en.js';

export interface FieldMessages {
  label: Record<FieldKind, string>;
  placeholder: Record<FieldKind, string>;
  errors: Record<CardValidationCode, string>;
}

/** Digital River's languages, as its `locale` option names them. */
export const FIELD_LOCALES = [
  'ar', 'cs', 'da', 'de', 'el', 'en', 'en-gb', 'es', 'es-419', 'fi', 'fr', 'fr-ca', 'hu', 'it', 'ja', 'ko', 'nl', 'no',
  'pl', 'pt', 'pt-br', 'ru', 'sk', 'sv', 'th', 'tr', 'zh-cn', 'zh-hk', 'zh-tw',
] as const;
export type FieldLocale = (typeof FIELD_LOCALES)[number];

/** Languages whose usual name is another tag: Chinese without a region, its scripts, Norwegian Bokmål and Nynorsk. */
const ALIASES: Readonly<Record<string, FieldLocale>> = { zh: 'zh-cn', 'zh-hans': 'zh-cn', 'zh-hant': 'zh-tw', 'zh-mo': 'zh-hk', nb: 'no', nn: 'no' };

const isFieldLocale = (tag: string): tag is FieldLocale => (FIELD_LOCALES as readonly string[]).includes(tag);

/**
 * The language a `locale` option asks for: `en-US`, `en_US`, `en-us` and `EN-us` alike. A region falls back to its
 * language, then to English; anything that is not a language tag (`__proto__`, `../x`, a number) is English.
 */
export function fieldLocale(locale: unknown): FieldLocale {
  if (typeof locale !== 'string') return 'en';
  const tag = locale.trim().toLowerCase().replaceAll('_', '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag)) return 'en';
  const [language = '', region] = tag.split('-');
  for (const candidate of [region ? `${language}-${region}` : '', language]) {
    if (isFieldLocale(candidate)) return candidate;
    if (Object.hasOwn(ALIASES, candidate)) return ALIASES[candidate]!;
  }
  return 'en';
}

/** Arabic is written right to left (the card digits stay left to right, as banks print them). */
export const isRightToLeft = (locale: FieldLocale): boolean => locale === 'ar';

export { english };
