import type { BrandDetails, CardBrand } from './types.js';

/** A leading-digits prefix (`4`), or an inclusive range of prefixes of one length (`[2221, 2720]`). */
export type BrandPattern = number | [number, number];

/** One row per brand DigitalRiver.js reports. */
export interface BrandRow extends BrandDetails {
  patterns: BrandPattern[];
}

const standardGaps = [4, 8, 12];
const fourSixFive = [4, 10];

// Patterns and lengths follow the credit-card-type package (the detection test checks against it), narrowed to the
// brands Digital River reports. Maestro leaves out 5019 (Dankort) and 493698 (so every 4 is Visa from the first digit).
// Lengths follow credit-card-type's table where Digital River publishes nothing finer; UnionPay starts at 16 (real
// cards do) so a 14-digit prefix that happens to pass Luhn is not reported complete halfway through typing.
// prettier-ignore
const UNIONPAY: BrandPattern[] = [
  620, [62100, 62182], [62184, 62187], [62185, 62197], [62200, 62205], [622010, 622999], 622018, [62207, 62209],
  [623, 626], 6270, 6272, 6276, [627700, 627779], [627781, 627799], [6282, 6289], 6291, 6292, 810, [8110, 8131],
  [8132, 8151], [8152, 8163], [8164, 8171],
];

export const BRAND_TABLE: readonly BrandRow[] = [
  { brand: 'visa', patterns: [4], displayName: 'Visa', lengths: [16, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'mastercard', patterns: [[51, 55], [2221, 2229], [223, 229], [23, 26], [270, 271], 2720], displayName: 'MasterCard', lengths: [16], gaps: standardGaps, cvcLength: [3] },
  { brand: 'amex', patterns: [34, 37], displayName: 'American Express', lengths: [15], gaps: fourSixFive, cvcLength: [4] },
  { brand: 'dinersclub', patterns: [[300, 305], 36, 38, 39], displayName: 'Diners Club', lengths: [14, 16, 19], gaps: fourSixFive, cvcLength: [3] },
  { brand: 'discover', patterns: [6011, [644, 649], 65], displayName: 'Discover', lengths: [16, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'unionpay', patterns: UNIONPAY, displayName: 'UnionPay', lengths: [16, 17, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'jcb', patterns: [2131, 1800, [3528, 3589]], displayName: 'JCB', lengths: [16, 17, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'maestro', patterns: [[500000, 501899], [502000, 509999], [56, 59], 63, 67, 6], displayName: 'Maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'forbrugsforeningen', patterns: [600], displayName: 'Forbrugsforeningen', lengths: [16], gaps: standardGaps, cvcLength: [3] },
  { brand: 'dankort', patterns: [5019], displayName: 'Dankort', lengths: [16], gaps: standardGaps, cvcLength: [3] },
];

// While the brand is not known yet, accept anything a card could be.
const UNKNOWN: BrandDetails = {
  brand: 'unknown',
  displayName: 'Unknown',
  lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  gaps: standardGaps,
  cvcLength: [3, 4],
};

/** A copy of the brand's row, so callers cannot change the table. */
export function brandDetails(brand: CardBrand): BrandDetails {
  const row = BRAND_TABLE.find((candidate) => candidate.brand === brand) ?? UNKNOWN;
  const { displayName, lengths, gaps, cvcLength } = row;
  return { brand: row.brand, displayName, lengths: [...lengths], gaps: [...gaps], cvcLength: [...cvcLength] };
}

export const maxLength = (brand: CardBrand): number => Math.max(...brandDetails(brand).lengths);
export const maxCvcLength = (brand: CardBrand): number => Math.max(...brandDetails(brand).cvcLength);
