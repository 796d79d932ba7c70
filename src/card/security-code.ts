import { brandDetails, maxCvcLength } from './brands.js';
import { finishEdit, limitDigits, readDigitEdit } from './digit-edit.js';
import { digitsOf } from './digits.js';
import type { CardBrand, FieldCheck, TextEdit } from './types.js';

/** Checks a security code against the brand's lengths (3, or 4 for Amex; either while the brand is unknown). */
export function checkSecurityCode(text: string, brand: CardBrand): FieldCheck {
  const code = text.trim();
  if (code === '') return { empty: true, complete: false };
  const lengths = brandDetails(brand).cvcLength;
  if (!/^[0-9]+$/.test(code) || code.length > Math.max(...lengths)) {
    return { empty: false, complete: false, error: 'invalid_security_code' };
  }
  if (!lengths.includes(code.length)) return { empty: false, complete: false, error: 'incomplete_security_code' };
  return { empty: false, complete: true };
}

/** Keeps a security code `<input>` to digits, at most as many as the brand's code has. */
export function editSecurityCode(before: TextEdit, after: TextEdit, inputType: string, brand: CardBrand): TextEdit {
  const edit = limitDigits(readDigitEdit(before, after, inputType), maxCvcLength(brand), digitsOf(before.value).length);
  return finishEdit(before, after, inputType, edit.digits, edit.caret);
}
