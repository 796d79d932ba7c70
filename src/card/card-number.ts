import { brandDetails, maxLength } from './brands.js';
import { detectBrand } from './detect-brand.js';
import { finishEdit, limitDigits, readDigitEdit } from './digit-edit.js';
import { digitsOf } from './digits.js';
import { passesLuhn } from './luhn.js';
import type { CardBrand, FieldCheck, TextEdit } from './types.js';

/** Groups the digits with the brand's gaps: `4444 2222 3333 1111`, `3434 567890 12341`. No trailing space. */
export function formatCardNumber(digits: string): string {
  const clean = digitsOf(digits);
  const { gaps } = brandDetails(detectBrand(clean));
  let text = '';
  for (let i = 0; i < clean.length; i++) text += (gaps.includes(i) ? ' ' : '') + clean.charAt(i);
  return text;
}

/**
 * Whether the card number text is empty, complete, or which validation error it has. `final`: the shopper has left
 * the field (or a submit asks), so a number that could still grow is judged as it stands.
 */
export function checkCardNumber(text: string, final = false): FieldCheck & { brand: CardBrand } {
  const digits = digitsOf(text);
  const brand = detectBrand(digits);
  // Spaces and dashes are how people group a number; anything else cannot be part of one.
  if (/[^0-9\s-]/.test(text)) return { brand, empty: false, complete: false, error: 'invalid_card_number' };
  if (digits === '') return { brand, empty: true, complete: false };

  const { lengths } = brandDetails(brand);
  const max = Math.max(...lengths);
  const invalid = { brand, empty: false, complete: false, error: 'invalid_card_number' } as const;
  const incomplete = { brand, empty: false, complete: false, error: 'incomplete_card_number' } as const;
  if (digits.length > max || (brand === 'unknown' && digits.length === max)) return invalid;
  if (brand === 'unknown' || !lengths.includes(digits.length)) return incomplete;
  if (passesLuhn(digits)) return { brand, empty: false, complete: true };
  // A failed checksum at a valid length may still be a longer number being typed (Visa 16 -> 19), until the shopper leaves.
  return digits.length < max && !final ? incomplete : invalid;
}

/** Formats a card number `<input>` after an `input` event and says where its caret goes. */
export function editCardNumber(before: TextEdit, after: TextEdit, inputType: string): TextEdit {
  const edit = readDigitEdit(before, after, inputType);
  const beforeCount = digitsOf(before.value).length;
  let limited = limitDigits(edit, maxLength(detectBrand(edit.digits)), beforeCount);
  // Dropping digits can change the prefix, and with it the brand's maximum.
  limited = limitDigits(limited, maxLength(detectBrand(limited.digits)), beforeCount);
  return finishEdit(before, after, inputType, formatCardNumber(limited.digits), limited.caret);
}
