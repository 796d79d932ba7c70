import { BRAND_TABLE, type BrandPattern } from './brands.js';
import type { CardBrand } from './types.js';

/**
 * How strongly a pattern matches the digits: its length when the digits contain the whole prefix, 0 when the digits are
 * still shorter than the prefix but could grow into it, -1 when they cannot.
 */
function matchStrength(digits: string, pattern: BrandPattern): number {
  const [min, max] = typeof pattern === 'number' ? [String(pattern), String(pattern)] : [String(pattern[0]), String(pattern[1])];
  const head = digits.slice(0, min.length);
  const inRange = Number(head) >= Number(min.slice(0, head.length)) && Number(head) <= Number(max.slice(0, head.length));
  if (!inRange) return -1;
  return digits.length >= min.length ? min.length : 0;
}

/**
 * The brand of a (partial) card number, or `unknown` while more than one brand could still match: empty input, a
 * lone `6` (Discover, UnionPay, Maestro, Forbrugsforeningen), `5` (MasterCard, Maestro, Dankort). A prefix that only
 * one brand can continue is that brand (`4` is Visa, `22` MasterCard); a prefix no brand uses is `unknown`.
 * When every candidate's prefix is complete, the longest prefix wins (600 is Forbrugsforeningen, not Maestro's 6).
 */
export function detectBrand(text: string): CardBrand {
  // No card is longer than 19 digits; the slice keeps a huge paste cheap.
  const digits = text.replace(/[^0-9]/g, '').slice(0, 19);
  if (!digits) return 'unknown';
  const candidates = BRAND_TABLE.flatMap((row) => {
    const strength = Math.max(...row.patterns.map((pattern) => matchStrength(digits, pattern)));
    return strength >= 0 ? [{ brand: row.brand, strength }] : [];
  });
  if (candidates.length === 1) return candidates[0]!.brand;
  if (candidates.length === 0 || candidates.some((candidate) => candidate.strength === 0)) return 'unknown';
  return candidates.reduce((best, candidate) => (candidate.strength > best.strength ? candidate : best)).brand;
}
