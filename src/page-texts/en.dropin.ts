// English for Drop-in's own words. Drop-in also shows the checkout's labels (card fields, save box, "Processing…") and
// the payment errors (en.checkout.ts), which every language has; these few are English in every language for now.

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
  /** `managePaymentMethods` needs the agreement. */
  agreementRequired: string;
  /** `{card}`: "Visa ending 1111". */
  cardReady: string;
}

export const dropinEnglish: DropinTexts = {
  creditCard: "Credit card",
  continue: "Continue",
  payNow: "Pay now",
  buyNow: "Buy now",
  completeOrder: "Complete order",
  submitOrder: "Submit order",
  agreementRequired: "To add this card to your account, agree to save it.",
  cardReady: "{card} is ready.",
};
