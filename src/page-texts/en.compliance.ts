// English for the sellers' disclosures (`Compliance.getDetails()`, the compliance element, Drop-in's compliance
// section), built into the Drop-in bundle; every other language is in its page texts, loaded when asked for.
// `{entity}`: the seller's name.

/** The linked documents, in the order the compliance element lists them. */
export type LinkedDisclosure = 'termsOfSale' | 'privacyPolicy' | 'cookiePolicy' | 'legalNotice' | 'cancellationRights' | 'californiaPrivacyRights' | 'warrantyInformation';

/** The disclosures' texts. `confirm` names the terms and the privacy policy as their links do, so they can be linked. */
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

export const complianceEnglish: DisclosureTexts = {
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
};
