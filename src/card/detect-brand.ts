import creditCardType from 'credit-card-type';
import { BRAND_TABLE } from './brands.js';
import type { CardBrand } from './types.js';

// This module owns credit-card-type's (global) configuration: it starts from the library's defaults every time it
// is evaluated, so loading it twice cannot apply the changes twice.
creditCardType.resetModifications();

// Brands Digital River does not report. Removing them (rather than reporting `unknown`) lets their prefixes fall back
// to the DR brand that issues them: Elo's 401178 or Naranja's 402918 are Visa numbers to DR, Troy's 65xxxx Discover.
for (const type of ['elo', 'mir', 'hiper', 'hipercard', 'verve', 'troy', 'naranja']) creditCardType.removeCard(type);

// Maestro without 5019 (Dankort's prefix), without 493698 (so that every 4 is Visa from the first digit), and over
// the ranges the removed Elo and Verve had carved out of it.
creditCardType.updateCard('maestro', { patterns: [[500000, 501899], [502000, 509999], [56, 59], 63, 67, 6] });

const nordic = { gaps: [4, 8, 12], lengths: [16], code: { name: 'CVC', size: 3 } };
creditCardType.addCard({ ...nordic, niceType: 'Forbrugsforeningen', type: 'forbrugsforeningen', patterns: [600] });
creditCardType.addCard({ ...nordic, niceType: 'Dankort', type: 'dankort', patterns: [5019] });
// No changeOrder needed: the library prefers the longest matching prefix (600 over 6), order only breaks ties.

const brandByCardType = new Map<string, CardBrand>(BRAND_TABLE.map((row) => [row.cardType, row.brand]));

/**
 * The brand of a (partial) card number, or `unknown` while more than one brand could still match: empty input, a
 * lone `6` (Discover, UnionPay, Maestro, Forbrugsforeningen), `5` (MasterCard, Maestro, Dankort). A prefix that only
 * one brand can continue is that brand (`4` is Visa, `22` MasterCard); a prefix no brand uses is `unknown`.
 */
export function detectBrand(digits: string): CardBrand {
  // No card is longer than 19 digits; the slice keeps a huge paste from being copied around by the library.
  const matches = creditCardType(digits.replace(/[^0-9]/g, '').slice(0, 19));
  const [only] = matches;
  return matches.length === 1 && only ? (brandByCardType.get(only.type) ?? 'unknown') : 'unknown';
}
