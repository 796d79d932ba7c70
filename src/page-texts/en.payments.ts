// English for the payment elements beyond cards: the wallet buttons, the delayed payment instructions and the
// compliance element. `{places}` are filled in by the element. The sandbox's own wallet dialog is English only.

/** Texts of the wallet buttons, the payment instructions and the compliance element. */
export interface PaymentsTexts {
  /** The wallet buttons' names, by `style.buttonType`. */
  googlePay: string;
  buyWithGooglePay: string;
  applePay: string;
  buyWithApplePay: string;
  /** The delayed payment instructions: heading, what to do, and a label per field of the source's receiver block. */
  instructionsHeading: string;
  /** `{amount}`: the amount in the source's currency. */
  instructionsIntro: string;
  instructionsIntroNoAmount: string;
  instructionsUnavailable: string;
  accountHolder: string;
  bankName: string;
  iban: string;
  accountNumber: string;
  swiftCode: string;
  city: string;
  country: string;
  referenceId: string;
  additionalBankInformation: string;
  /** The compliance element: the list of disclosure links. */
  disclosures: string;
}

export const paymentsEnglish: PaymentsTexts = {
  googlePay: 'Google Pay',
  buyWithGooglePay: 'Buy with Google Pay',
  applePay: 'Apple Pay',
  buyWithApplePay: 'Buy with Apple Pay',
  instructionsHeading: 'Payment instructions',
  instructionsIntro: 'Transfer {amount} to this account from your bank, and quote the reference so the payment reaches your order.',
  instructionsIntroNoAmount: 'Transfer the order total to this account from your bank, and quote the reference so the payment reaches your order.',
  instructionsUnavailable: 'The payment instructions could not be loaded.',
  accountHolder: 'Account holder',
  bankName: 'Bank',
  iban: 'IBAN',
  accountNumber: 'Account number',
  swiftCode: 'SWIFT/BIC',
  city: 'City',
  country: 'Country',
  referenceId: 'Reference',
  additionalBankInformation: 'Additional bank information',
  disclosures: 'Legal information',
};
