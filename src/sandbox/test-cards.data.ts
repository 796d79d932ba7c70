/**
 * Digital River's published sandbox cards and what each one does. Data only: the rules that read it live in
 * `sources.ts` and `orders.ts`.
 */

/** What the sandbox does with a source made from this card (or, for other methods, named by `owner.lastName`). */
export type PaymentOutcome =
  | 'success'
  | 'source_failed'
  | 'requires_3ds'
  | 'charge_fails'
  | 'capture_fails'
  | 'refund_fails'
  | 'cancel_fails'
  | 'capture_pending_then_fails'
  | 'refund_pending_then_fails'
  | 'capture_stays_pending';

export interface TestCard {
  number: string;
  /** Display name, as in `Source.creditCard.brand`. */
  brand: string;
  outcome: PaymentOutcome;
  /** The only security code accepted, when the card demands one. */
  cvv?: string;
  /** The only expiration accepted, when the card demands one. */
  expiration?: { month: number; year: number };
}

export const TEST_CARDS: readonly TestCard[] = [
  { number: '4444222233331111', brand: 'Visa', outcome: 'success', cvv: '123' },
  { number: '5466160000000008', brand: 'MasterCard', outcome: 'success' },
  { number: '343456789012341', brand: 'American Express', outcome: 'success' },
  { number: '6011987698769876', brand: 'Discover', outcome: 'success' },
  { number: '3528987698769879', brand: 'JCB', outcome: 'success' },
  { number: '30345678901235', brand: 'Diners Club', outcome: 'success' },
  { number: '6226220000000009', brand: 'UnionPay', outcome: 'success' },
  { number: '5454545454545454', brand: 'MasterCard', outcome: 'requires_3ds', cvv: '737', expiration: { month: 3, year: 2030 } },
  { number: '4917610000000000', brand: 'Visa', outcome: 'requires_3ds', cvv: '737', expiration: { month: 3, year: 2030 } },
  { number: '4000000000003295', brand: 'Visa', outcome: 'source_failed' },
  { number: '4000000000003600', brand: 'Visa', outcome: 'charge_fails' },
  { number: '4000000000004103', brand: 'Visa', outcome: 'capture_fails' },
  { number: '4000000000004111', brand: 'Visa', outcome: 'refund_fails' },
  { number: '4000000000004442', brand: 'Visa', outcome: 'cancel_fails' },
  { number: '4485951788521565', brand: 'Visa', outcome: 'capture_pending_then_fails' },
  { number: '4556602564240839', brand: 'Visa', outcome: 'refund_pending_then_fails' },
  { number: '4024007120579635', brand: 'Visa', outcome: 'capture_stays_pending' },
  { number: '4000000000000028', brand: 'Visa', outcome: 'capture_stays_pending' },
];

/** Redirect and other non-card methods pick their outcome from `owner.lastName`. */
export const OUTCOME_BY_LAST_NAME: Readonly<Record<string, PaymentOutcome>> = {
  SourceFail: 'source_failed',
  ChargeFail: 'charge_fails',
  CaptureFail: 'capture_fails',
  RefundFail: 'refund_fails',
  CancelFail: 'cancel_fails',
  CapturePendingFail: 'capture_pending_then_fails',
  RefundPendingFail: 'refund_pending_then_fails',
  CapturePending: 'capture_stays_pending',
};

/** Brands of cards outside the table (any Luhn-valid number succeeds), by leading digits. */
export const BRAND_PREFIXES: readonly { pattern: RegExp; brand: string; cvvLength: number }[] = [
  { pattern: /^3[47]/, brand: 'American Express', cvvLength: 4 },
  { pattern: /^4/, brand: 'Visa', cvvLength: 3 },
  { pattern: /^(5[1-5]|2[2-7])/, brand: 'MasterCard', cvvLength: 3 },
  { pattern: /^(6011|64[4-9]|65)/, brand: 'Discover', cvvLength: 3 },
  { pattern: /^35/, brand: 'JCB', cvvLength: 3 },
  { pattern: /^3(0[0-5]|[689])/, brand: 'Diners Club', cvvLength: 3 },
  { pattern: /^62/, brand: 'UnionPay', cvvLength: 3 },
];
