// The sellers' disclosures, as sandbox data: the selling entities Digital River's documentation names, the disclosure
// texts in English and German, and which shopping countries get which disclosure. The documents' addresses are the
// sandbox's (a reserved .test host), standing in for the seller's hosted documents.

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
export const LINKED_DISCLOSURES = ['termsOfSale', 'privacyPolicy', 'cookiePolicy', 'legalNotice', 'cancellationRights', 'californiaPrivacyRights', 'warrantyInformation'] as const;
export type LinkedDisclosure = (typeof LINKED_DISCLOSURES)[number];

/** Disclosures only some shopping countries get. */
export const COUNTRY_DISCLOSURES: Readonly<Partial<Record<LinkedDisclosure | 'idealRecurringAgreement', readonly string[]>>> = {
  // The EU, the EEA and the United Kingdom: the right to cancel a distance purchase.
  cancellationRights: ['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK'],
  californiaPrivacyRights: ['US'],
  warrantyInformation: ['IT'],
  idealRecurringAgreement: ['NL'],
};

export interface DisclosureTexts {
  links: Record<LinkedDisclosure, string>;
  /** `{entity}`: the seller's name. */
  reseller: string;
  confirm: string;
  saveCardMandate: string;
  autorenewalPlanTerms: string;
  idealRecurringAgreement: string;
  /** The link for shoppers in Japan (Act on Specified Commercial Transactions). */
  jpCommerceLaw: string;
}

export const DISCLOSURE_TEXTS: Readonly<Record<string, DisclosureTexts>> = {
  en: {
    links: {
      termsOfSale: 'Terms of Sale',
      privacyPolicy: 'Privacy Policy',
      cookiePolicy: 'Cookies',
      legalNotice: 'Legal Notice',
      cancellationRights: 'Cancellation Right',
      californiaPrivacyRights: 'Your California Privacy Rights',
      warrantyInformation: 'Warranty Information',
    },
    reseller: '{entity} is the authorised retailer and merchant providing e-commerce services for this shop.',
    confirm: 'By submitting my order, I agree to the Terms of Sale and the Privacy Policy of {entity}.',
    saveCardMandate: 'Yes, please save this account and payment information for future purchases.',
    autorenewalPlanTerms:
      'By completing your purchase, you authorize {entity} to renew your subscription automatically at the end of each term, using the payment information you provided, until you cancel.',
    idealRecurringAgreement:
      'You authorize {entity} to collect your first payment via iDEAL and the subsequent subscription payments by SEPA direct debit.',
    jpCommerceLaw: 'Act on Specified Commercial Transactions',
  },
  de: {
    links: {
      termsOfSale: 'Verkaufsbedingungen',
      privacyPolicy: 'Datenschutzrichtlinie',
      cookiePolicy: 'Cookies',
      legalNotice: 'Impressum',
      cancellationRights: 'Widerrufsrecht',
      californiaPrivacyRights: 'Ihre Datenschutzrechte in Kalifornien',
      warrantyInformation: 'Gewährleistung',
    },
    reseller: '{entity} ist der autorisierte Händler, der die E-Commerce-Dienste für diesen Shop erbringt.',
    confirm: 'Mit dem Absenden meiner Bestellung stimme ich den Verkaufsbedingungen und der Datenschutzrichtlinie von {entity} zu.',
    saveCardMandate: 'Ja, diese Konto- und Zahlungsdaten für künftige Einkäufe speichern.',
    autorenewalPlanTerms:
      'Mit Abschluss des Kaufs ermächtigen Sie {entity}, Ihr Abonnement am Ende jeder Laufzeit mit den angegebenen Zahlungsdaten automatisch zu verlängern, bis Sie kündigen.',
    idealRecurringAgreement:
      'Sie ermächtigen {entity}, die erste Zahlung über iDEAL und die folgenden Abonnementzahlungen per SEPA-Lastschrift einzuziehen.',
    jpCommerceLaw: 'Gesetz über bestimmte Handelsgeschäfte (Japan)',
  },
};
