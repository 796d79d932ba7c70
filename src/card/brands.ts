import type { BrandDetails, CardBrand } from './types.js';

/** One row per brand DigitalRiver.js reports. `cardType` is the id `credit-card-type` detects it as. */
export interface BrandRow extends BrandDetails {
  cardType: string;
}

const standardGaps = [4, 8, 12];
const fourSixFive = [4, 10];

// Lengths follow credit-card-type's table where Digital River publishes nothing finer; UnionPay starts at 16 (real
// cards do) so a 14-digit prefix that happens to pass Luhn is not reported complete halfway through typing.
export const BRAND_TABLE: readonly BrandRow[] = [
  { brand: 'visa', cardType: 'visa', displayName: 'Visa', lengths: [16, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'mastercard', cardType: 'mastercard', displayName: 'MasterCard', lengths: [16], gaps: standardGaps, cvcLength: [3] },
  { brand: 'amex', cardType: 'american-express', displayName: 'American Express', lengths: [15], gaps: fourSixFive, cvcLength: [4] },
  { brand: 'dinersclub', cardType: 'diners-club', displayName: 'Diners Club', lengths: [14, 16, 19], gaps: fourSixFive, cvcLength: [3] },
  { brand: 'discover', cardType: 'discover', displayName: 'Discover', lengths: [16, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'unionpay', cardType: 'unionpay', displayName: 'UnionPay', lengths: [16, 17, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'jcb', cardType: 'jcb', displayName: 'JCB', lengths: [16, 17, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'maestro', cardType: 'maestro', displayName: 'Maestro', lengths: [12, 13, 14, 15, 16, 17, 18, 19], gaps: standardGaps, cvcLength: [3] },
  { brand: 'forbrugsforeningen', cardType: 'forbrugsforeningen', displayName: 'Forbrugsforeningen', lengths: [16], gaps: standardGaps, cvcLength: [3] },
  { brand: 'dankort', cardType: 'dankort', displayName: 'Dankort', lengths: [16], gaps: standardGaps, cvcLength: [3] },
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
