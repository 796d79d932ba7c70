/** Brand identifiers as DigitalRiver.js reports them in `change` events. */
export const CARD_BRANDS = [
  'visa',
  'mastercard',
  'amex',
  'dinersclub',
  'discover',
  'unionpay',
  'jcb',
  'maestro',
  'forbrugsforeningen',
  'dankort',
  'unknown',
] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

/** DigitalRiver.js validation error codes (error type `validation_error`). */
export type CardValidationCode =
  | 'invalid_card_number'
  | 'incomplete_card_number'
  | 'invalid_expiration_month'
  | 'invalid_expiration_year'
  | 'invalid_expiration_date'
  | 'incomplete_expiration_date'
  | 'invalid_security_code'
  | 'incomplete_security_code';

/** An input's text with the caret position, before or after an edit. */
export interface TextEdit {
  value: string;
  caret: number;
}

/** Outcome of checking one field's text. `error` is set for invalid and for incomplete text alike. */
export interface FieldCheck {
  complete: boolean;
  empty: boolean;
  error?: CardValidationCode;
}

/** What the card rules know about one brand. `lengths` and `cvcLength` list every accepted digit count. */
export interface BrandDetails {
  brand: CardBrand;
  /** The name a Digital River Source uses in `creditCard.brand`. */
  displayName: string;
  lengths: number[];
  /** Digit positions where the displayed number gets a space: [4, 10] shows `3434 567890 12341`. */
  gaps: number[];
  cvcLength: number[];
}
