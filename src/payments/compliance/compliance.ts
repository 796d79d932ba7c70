/**
 * `dr.Compliance.getDetails({businessEntityCode, country, language})`: the seller's disclosures for a shopping country,
 * in Digital River's `disclosure` shape (`businessEntity`, `termsOfSale`, `privacyPolicy`, …, each with
 * `localizedText` and, for documents, a `url`). Missing or unsupported parameters are an integration error in the
 * console (Digital River's own throws; this one returns undefined instead).
 */
import type { DrError } from '../../api/errors.js';
import { integrationError, reportIntegrationError } from '../../core/errors.js';
import { asObject, warnUnknownKeys } from '../../core/options.js';
import { warnOnce } from '../../core/warn.js';
import { COUNTRY_DISCLOSURES, DISCLOSURE_TEXTS, DOCUMENTS_BASE, LINKED_DISCLOSURES, SELLING_ENTITIES, type DisclosureTexts, type LinkedDisclosure } from './compliance.data.js';

export interface ComplianceConfig {
  businessEntityCode: string;
  /** The shopping country, ISO 3166-1 alpha-2: it decides which disclosures apply. */
  country: string;
  /** The disclosures' language (`en`, `de-DE`…); others than the sandbox's languages get English. */
  language: string;
}

export interface Disclosure {
  localizedText: string;
  url?: string;
}

/** Digital River's `disclosure` object. */
export interface ComplianceDetails {
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

/** A checked configuration: the entity, the language whose texts exist, and the country. */
export interface ResolvedCompliance {
  entity: string;
  name: string;
  language: string;
  country: string;
  texts: DisclosureTexts;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Checks an entity, a country and a language; the error names every one that is missing or unsupported. */
export function resolveCompliance(where: string, entity: unknown, country: unknown, language: unknown): ResolvedCompliance | DrError {
  const wrong = [
    !(typeof entity === 'string' && Object.hasOwn(SELLING_ENTITIES, entity)) && 'businessEntityCode',
    !(typeof country === 'string' && /^[a-z]{2}$/i.test(country)) && 'country',
    !(typeof language === 'string' && /^[a-z]{2}([-_][a-z0-9]+)?$/i.test(language)) && 'language',
  ].filter((name): name is string => Boolean(name));
  if (wrong.length > 0) {
    return integrationError('invalid_compliance_parameter', `${where}: ${wrong.map((name) => `${name} is missing or unsupported`).join(', ')}.`, wrong[0]);
  }
  let code = (language as string).slice(0, 2).toLowerCase();
  if (!Object.hasOwn(DISCLOSURE_TEXTS, code)) {
    warnOnce('unsupported_language', `${where}: the sandbox's disclosures are in ${Object.keys(DISCLOSURE_TEXTS).join(', ')}; "${String(language)}" gets English.`);
    code = 'en';
  }
  return { entity: entity as string, name: SELLING_ENTITIES[entity as string]!, language: code, country: (country as string).toUpperCase(), texts: DISCLOSURE_TEXTS[code]! };
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

function getDetails(configOrEntity: ComplianceConfig | string, locale?: string): ComplianceDetails | undefined {
  let entity: unknown, country: unknown, language: unknown;
  if (typeof configOrEntity === 'string') {
    entity = configOrEntity;
    [language, country] = typeof locale === 'string' ? locale.split(/[-_]/) : [];
  } else {
    const config = asObject(configOrEntity) ?? {};
    warnUnknownKeys('Compliance.getDetails()', config, ['businessEntityCode', 'country', 'language']);
    ({ businessEntityCode: entity, country, language } = config);
  }
  const resolved = resolveCompliance('Compliance.getDetails()', entity, country, language);
  if ('errors' in resolved) {
    reportIntegrationError(resolved);
    return undefined;
  }
  return detailsOf(resolved);
}

export const Compliance: Compliance = { getDetails };
