// English for Drop-in's own words; every other language has them in its file's `dropin` section. Drop-in also shows
// the checkout's labels (card fields, save box, "Processing…") and the payment errors (en.checkout.ts).

/** Drop-in's own texts. */
export interface DropinTexts {
  /** The credit-card method's heading. */
  creditCard: string;
  /** The button, by `options.button.type`. */
  continue: string;
  payNow: string;
  buyNow: string;
  completeOrder: string;
  submitOrder: string;
  /** `managePaymentMethods` needs the agreement: for a card, for another method. */
  agreementRequired: string;
  methodAgreementRequired: string;
  /** `{card}`: "Visa ending 1111". */
  cardReady: string;
  /** The group of payment methods. */
  paymentMethod: string;
  /** The other methods' names. */
  payPal: string;
  directDebit: string;
  wireTransfer: string;
  /** The button with PayPal chosen, by `payPal.style.label`. */
  payPalCheckout: string;
  payPalPay: string;
  payPalBuyNow: string;
  payPalLabel: string;
  /** What happens with a redirect method; `{method}`: its name. */
  redirectNote: string;
  wireTransferNote: string;
  /** The save box of a method other than the card. */
  savePaymentMethod: string;
  /** No method open when the shopper pressed the button. */
  chooseMethod: string;
  /** The terms of sale; with `usage: 'subscription'`, also the recurring billing. */
  termsOfSale: string;
  termsOfSaleSubscription: string;
  /** The storefront's documents, added to the terms: `{eula}` and `{termsOfUse}` are links, `{company}` its name. */
  consentsEula: string;
  consentsTermsOfUse: string;
  consentsBoth: string;
  eula: string;
  termsOfUse: string;
  termsRequired: string;
  /** `{method}`: the provider's name. */
  redirecting: string;
  redirectReady: string;
  redirectApproved: string;
  redirectCancelled: string;
  redirectFailed: string;
  wireTransferReady: string;
  /** The wallets' names. */
  googlePay: string;
  applePay: string;
  /** A wallet's panel: its own button, in the place of Drop-in's, opens its payment sheet. `{method}`: its name. */
  walletNote: string;
  /** The total's label in the wallet's payment sheet. */
  orderTotal: string;
}

export const dropinEnglish: DropinTexts = {
  creditCard: "Credit card",
  continue: "Continue",
  payNow: "Pay now",
  buyNow: "Buy now",
  completeOrder: "Complete order",
  submitOrder: "Submit order",
  agreementRequired: "To add this card to your account, agree to save it.",
  methodAgreementRequired: "To add this payment method to your account, agree to save it.",
  cardReady: "{card} is ready.",
  paymentMethod: "Payment method",
  payPal: "PayPal",
  directDebit: "SEPA Direct Debit",
  wireTransfer: "Wire transfer",
  payPalCheckout: "Check out with PayPal",
  payPalPay: "Pay with PayPal",
  payPalBuyNow: "Buy now with PayPal",
  payPalLabel: "PayPal",
  redirectNote: "You approve the payment with {method}, then come back here.",
  wireTransferNote: "After you order, you get the bank details to send the payment to.",
  savePaymentMethod: "Save this payment method for future purchases.",
  chooseMethod: "Choose a payment method.",
  termsOfSale: "I accept the Terms of Sale and the Privacy Policy of Digital River, the seller of record for this order.",
  termsOfSaleSubscription: "I accept the Terms of Sale and the Privacy Policy of Digital River, the seller of record for this order, and agree that my payment method is charged for this subscription until I cancel it.",
  consentsEula: "I also accept the {eula} of {company}.",
  consentsTermsOfUse: "I also accept the {termsOfUse} of {company}.",
  consentsBoth: "I also accept the {eula} and the {termsOfUse} of {company}.",
  eula: "End User License Agreement",
  termsOfUse: "Terms of Use",
  termsRequired: "To continue, accept the terms.",
  redirecting: "Taking you to {method}…",
  redirectReady: "{method} is ready: approve the payment there.",
  redirectApproved: "{method} approved the payment.",
  redirectCancelled: "The {method} payment was cancelled. Choose how to pay.",
  redirectFailed: "{method} did not approve the payment. Choose another way to pay.",
  wireTransferReady: "Wire transfer chosen: the bank details come with your order.",
  googlePay: "Google Pay",
  applePay: "Apple Pay",
  walletNote: "Use the {method} button below to pay.",
  orderTotal: "Order total",
};
