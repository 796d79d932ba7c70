/**
 * `dr.Compliance.getDetails({businessEntityCode, country, language})`: the seller's disclosures for a shopping country,
 * in Digital River's `disclosure` shape (`businessEntity`, `termsOfSale`, `privacyPolicy`, …, each with
 * `localizedText` and, for documents, a `url`). Missing or unsupported parameters are an integration error in the
 * console (Digital River's own throws; this one returns undefined instead). It is synchronous, as documented: it answers
 * in the language asked for once that language's texts are loaded (an instance starts loading its `locale`'s when it is
 * created), and in English, marked so, until then.
 */
import type { DrError } from '../../api/errors.js';
import { integrationError, reportIntegrationError } from '../../core/errors.js';
import { asObject, warnUnknownKeys } from '../../core/options.js';
import { warnOnce } from '../../core/warn.js';
import { complianceEnglish, type DisclosureTexts, type LinkedDisclosure } from '../../page-texts/en.compliance.js';
import { localeOf, type Locale } from '../../secure-fields/shared/locale.js';
import { COUNTRY_DISCLOSURES, DOCUMENTS_BASE, LINKED_DISCLOSURES, SELLING_ENTITIES } from './compliance.data.js';
import { loadDisclosures, loadedDisclosures } from './disclosure-texts.js';
import { shown } from '../read-options.js';

export interface ComplianceConfig {
  businessEntityCode: string;
  /** The shopping country, ISO 3166-1 alpha-2: it decides which disclosures apply. */
  country: string;
  /** The disclosures' language (`en`, `de-DE`…), one of DigitalRiver.js's; any other gets English. */
  language: string;
}

export interface Disclosure {
  localizedText: string;
  url?: string;
}

/** Digital River's `disclosure` object. */
export interface ComplianceDetails {
  /** The texts' language (not in Digital River's object): the one asked for, or `en` while its texts are not loaded. */
  language: string;
  businessEntity: { name: string; id: string };
  resellerDisclosure: Disclosure;
  termsOfSale: Disclosure;
  privacyPolicy: Disclosure;
  cookiePolicy: Disclosure;
  legalNotice: Disclosure;
  confirmDisclosure: Disclosure;
  saveCardMandate: Disclosure;
  autorenewalPlanTerms: Disclosure;
  cancellationRights?: Disclosure;
  californiaPrivacyRights?: Disclosure;
  warrantyInformation?: Disclosure;
  idealRecurringAgreement?: Disclosure;
}

/** `DigitalRiver.Compliance`, on every instance as Digital River's documentation shows it (and on the class). */
export interface Compliance {
  getDetails(config: ComplianceConfig): ComplianceDetails | undefined;
  /** The older form: the entity and a locale such as `de-DE` (language and country). */
  getDetails(businessEntityCode: string, locale: string): ComplianceDetails | undefined;
}

/** A checked configuration: the entity, the language asked for, and the country. */
export interface CheckedCompliance {
  entity: string;
  name: string;
  language: Locale;
  country: string;
}

/** A checked configuration with the texts to show, in `language`. */
export interface ResolvedCompliance extends CheckedCompliance {
  texts: DisclosureTexts;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Checks an entity, a country and a language; the error names every one that is missing or unsupported. */
export function resolveCompliance(where: string, entity: unknown, country: unknown, language: unknown): CheckedCompliance | DrError {
  const wrong = [
    !(typeof entity === 'string' && Object.hasOwn(SELLING_ENTITIES, entity)) && 'businessEntityCode',
    !(typeof country === 'string' && /^[a-z]{2}$/i.test(country)) && 'country',
    !(typeof language === 'string' && /^[a-z]{2}([-_][a-z0-9]+)?$/i.test(language)) && 'language',
  ].filter((name): name is string => Boolean(name));
  if (wrong.length > 0) {
    return integrationError('invalid_compliance_parameter', `${where}: ${wrong.map((name) => `${name} is missing or unsupported`).join(', ')}.`, wrong[0]);
  }
  const code = localeOf(language);
  if (code === 'en' && !/^en\b/i.test(language as string)) {
    warnOnce('unsupported_language', `${where}: the disclosures are in the languages DigitalRiver.js documents; ${shown(language)} gets English.`);
  }
  return { entity: entity as string, name: SELLING_ENTITIES[entity as string]!, language: code, country: (country as string).toUpperCase() };
}

/** Whether the shopping country gets this disclosure (most apply everywhere). */
export function applies(disclosure: keyof typeof COUNTRY_DISCLOSURES, country: string): boolean {
  const countries = COUNTRY_DISCLOSURES[disclosure];
  return !countries || countries.includes(country);
}

export function documentUrl(resolved: ResolvedCompliance, document: LinkedDisclosure | 'about'): string {
  return `${DOCUMENTS_BASE}${resolved.language}_${resolved.country}/${document}/${resolved.entity}`;
}

export function detailsOf(resolved: ResolvedCompliance): ComplianceDetails {
  const { texts, name } = resolved;
  const withName = (template: string) => template.replace('{entity}', name);
  const link = (document: LinkedDisclosure) => `<a href="${documentUrl(resolved, document)}" target="_blank" class="dr_${document}">${escapeHtml(texts.links[document])}</a>`;
  const details: ComplianceDetails = {
    language: resolved.language,
    businessEntity: { name, id: resolved.entity },
    resellerDisclosure: {
      localizedText: texts.reseller.replace('{entity}', `<a href="${documentUrl(resolved, 'about')}" target="_blank" class="dr_resellerDisclosure">${escapeHtml(name)}</a>`),
      url: documentUrl(resolved, 'about'),
    },
    confirmDisclosure: {
      localizedText: escapeHtml(withName(texts.confirm))
        .replace(escapeHtml(texts.links.termsOfSale), link('termsOfSale'))
        .replace(escapeHtml(texts.links.privacyPolicy), link('privacyPolicy')),
    },
    saveCardMandate: { localizedText: texts.saveCardMandate },
    autorenewalPlanTerms: { localizedText: withName(texts.autorenewalPlanTerms) },
  } as ComplianceDetails;
  for (const document of LINKED_DISCLOSURES) {
    if (applies(document, resolved.country)) details[document] = { localizedText: texts.links[document], url: documentUrl(resolved, document) };
  }
  if (applies('idealRecurringAgreement', resolved.country)) details.idealRecurringAgreement = { localizedText: withName(texts.idealRecurringAgreement) };
  return details;
}

function getDetails(frames: URL | undefined, configOrEntity: ComplianceConfig | string, locale?: string): ComplianceDetails | undefined {
  // The page's config may throw when read (a getter, a proxy): reported, never thrown out of the public API.
  try {
    return detailsFor(frames, configOrEntity, locale);
  } catch {
    reportIntegrationError(integrationError('invalid_compliance_parameter', 'Compliance.getDetails() could not read its parameters.'));
    return undefined;
  }
}

function detailsFor(frames: URL | undefined, configOrEntity: ComplianceConfig | string, locale?: string): ComplianceDetails | undefined {
  let entity: unknown, country: unknown, language: unknown;
  if (typeof configOrEntity === 'string') {
    entity = configOrEntity;
    [language, country] = typeof locale === 'string' ? locale.split(/[-_]/) : [];
  } else {
    const config = asObject(configOrEntity) ?? {};
    warnUnknownKeys('Compliance.getDetails()', config, ['businessEntityCode', 'country', 'language']);
    ({ businessEntityCode: entity, country, language } = config);
  }
  const checked = resolveCompliance('Compliance.getDetails()', entity, country, language);
  if ('errors' in checked) {
    reportIntegrationError(checked);
    return undefined;
  }
  const texts = loadedDisclosures(checked.language);
  if (texts) return detailsOf({ ...checked, texts });
  // Loaded now, so that a later call has them; English (another spelling of it needs no warning) meanwhile.
  void loadDisclosures(checked.language, frames);
  if (!checked.language.startsWith('en')) {
    warnOnce(
      'language_not_loaded',
      `Compliance.getDetails(): the disclosures in "${String(language)}" are not loaded yet, so these are in English (details.language "en"). ` +
        `A DigitalRiver instance loads its locale's when it is created: create it with {locale: '${String(language)}'} before fetching the checkout; they are now loading for the next call.`,
    );
  }
  return detailsOf({ ...checked, language: 'en', texts: complianceEnglish });
}

/** `Compliance` for the frames at `frames` (an instance's, or the default beside the script for the class's). */
export const complianceFor = (frames: URL | undefined): Compliance => ({ getDetails: getDetails.bind(undefined, frames) as Compliance['getDetails'] });
