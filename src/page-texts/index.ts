import type { Locale } from '../secure-fields/shared/locale.js';
import type { DisclosureTexts } from './en.compliance.js';
import type { DropinTexts } from './en.dropin.js';
import type { PaymentsTexts } from './en.payments.js';

/**
 * What the page itself shows or says to a shopper, in every language Digital River documents: the 3-D Secure dialog,
 * the checkout element, the security-code countdown, the payment errors, the wallet buttons, payment instructions and
 * compliance element, the sellers' disclosures, and Drop-in (the frames' titles come from the frames). One file per
 * language beside this one; English is built in, every other language is loaded when a `locale` asks for it
 * (`load.ts`). `{name}` in a text is filled in by {@link fill}.
 */
/** The texts `digitalriver.js` needs: the 3-D Secure dialog. */
export interface CoreTexts {
  challenge: { title: string; frameTitle: string; cancel: string };
}

/** The checkout element's texts. */
export interface CheckoutTexts {
  cardDetails: string;
  newCard: string;
  cardNumber: string;
  expirationDate: string;
  securityCode: string;
  firstName: string;
  lastName: string;
  email: string;
  missingFirstName: string;
  missingLastName: string;
  missingEmail: string;
  /** The billing address (`<dr-billing-fields address>`): line 1 and 2, city, state, postal code, country. */
  addressLine1: string;
  addressLine2: string;
  city: string;
  state: string;
  postalCode: string;
  country: string;
  missingAddress: string;
  missingCity: string;
  missingPostalCode: string;
  missingCountry: string;
  saveCard: string;
  pay: string;
  processing: string;
  savedCards: string;
  useThisCard: string;
  makeDefault: string;
  updateExpiration: string;
  remove: string;
  /** `{card}`: a card's name, as {@link cardName} writes it. */
  securityCodeFor: string;
  useNewCard: string;
  newExpirationFor: string;
  saveExpiration: string;
  cancel: string;
  updateSecurityCode: string;
  /** `{time}`: minutes and seconds left, `4:59`. */
  cvcExpiring: string;
  cvcExpired: string;
  enterSecurityCodeAgain: string;
  securityCodeUpdated: string;
  cardAdded: string;
  savedForNextTime: string;
  nowDefault: string;
  removed: string;
  /** `{date}`: the new expiration date, `MM/YY`. */
  nowExpires: string;
  /** `{brand}` and `{last4}`: "Visa ending 1111". */
  cardName: string;
  /** The brand's place when the API named none. */
  unknownBrand: string;
  /** After a saved card's name: ", expires 12/30". */
  expiresSuffix: string;
  defaultSuffix: string;
}

/** What the shopper reads when a payment step fails: plain words, no codes. */
export interface ShopperTexts {
  declined: string;
  declinedCode: string;
  notVerified: string;
  cvcExpired: string;
  unreachable: string;
  creditOrder: string;
  creditTooLarge: string;
  sourceGone: string;
  savedCardInUse: string;
  notSaved: string;
  generic: string;
}

export interface PageTexts extends CoreTexts {
  /** The language these texts are in, for the `lang` of what shows them (English is built in, so never `en`). */
  language: Locale;
  checkout: CheckoutTexts;
  shopper: ShopperTexts;
  payments: PaymentsTexts;
  dropin: DropinTexts;
  /** The sellers' disclosures (`Compliance.getDetails()`, the compliance element), in this language. */
  compliance: DisclosureTexts;
}

/** A text with its `{name}` places filled in. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (place, name: string) => (Object.hasOwn(values, name) ? values[name]! : place));
