// The sellers' disclosures, as sandbox data: the selling entities Digital River's documentation names and which
// shopping countries get which disclosure. Their texts are page texts (English in en.compliance.ts, every other
// language in its language file). The documents' addresses are the sandbox's (a reserved .test host), standing in
// for the seller's hosted documents.

import type { LinkedDisclosure } from '../../page-texts/en.compliance.js';

/** Selling entities by `sellingEntity.id`. */
export const SELLING_ENTITIES: Readonly<Record<string, string>> = {
  'DR_INC-ENTITY': 'Digital River Inc.',
  'C5_INC-ENTITY': 'DR globalTech Inc.',
  'DR_IRELAND-ENTITY': 'Digital River Ireland Ltd.',
  'DR_UK-ENTITY': 'Digital River UK Limited',
  'DR_JAPAN-ENTITY': 'DR Japan',
  'DR_TAIWAN-ENTITY': 'Digital River Taiwan',
};

/** Where the sandbox's disclosure documents are: `{base}{language}_{country}/{document}/{entity id}`. */
export const DOCUMENTS_BASE = 'https://documents.sandbox.test/';

/** The linked documents, in the order the compliance element lists them. */
export const LINKED_DISCLOSURES: readonly LinkedDisclosure[] = ['termsOfSale', 'privacyPolicy', 'cookiePolicy', 'legalNotice', 'cancellationRights', 'californiaPrivacyRights', 'warrantyInformation'];

/** Disclosures only some shopping countries get. */
export const COUNTRY_DISCLOSURES: Readonly<Partial<Record<LinkedDisclosure | 'idealRecurringAgreement', readonly string[]>>> = {
  // The EU, the EEA and the United Kingdom: the right to cancel a distance purchase.
  cancellationRights: ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
  californiaPrivacyRights: ['US'],
  warrantyInformation: ['IT'],
  idealRecurringAgreement: ['NL'],
};
