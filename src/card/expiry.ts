import { finishEdit, isDeletion, limitDigits, readDigitEdit, type DigitEdit } from './digit-edit.js';
import { digitsOf } from './digits.js';
import type { FieldCheck, TextEdit } from './types.js';

const SEPARATOR = ' / ';
// Cards are issued for a few years at most; a date further out is a mistyped year.
const MAX_YEARS_AHEAD = 20;

/**
 * Splits expiry text into month and year digits. Without a slash a first digit 2-9 is a whole month (`425` is
 * 04/25); with one, a single month digit is the whole month (`1/25` is 01/25). Undefined when it is no date at all.
 */
function splitExpiry(text: string): { month: string; year: string } | undefined {
  if (/[^0-9\s/]/.test(text) || text.split('/').length > 2) return undefined;
  const [monthText = '', yearText] = text.split('/');
  if (yearText !== undefined) {
    const month = digitsOf(monthText);
    return { month: month.length === 1 ? `0${month}` : month, year: digitsOf(yearText) };
  }
  const digits = digitsOf(text);
  if (/^[2-9]/.test(digits)) return { month: `0${digits.charAt(0)}`, year: digits.slice(1) };
  return { month: digits.slice(0, 2), year: digits.slice(2) };
}

/**
 * Checks expiry text such as `MM / YY`, `MM/YY`, `M/YY`, `MMYY`, `MM / YYYY`, `MMYYYY` against `now` (local time;
 * a card is valid through its expiry month). `month` and `year` (4 digits) are set whenever the text holds a whole
 * date, expired or not. `final`: the shopper has left the field, so `01 / 20` is a past year, not `01 / 2028` to come.
 */
export function checkExpiry(text: string, now: Date, final = false): FieldCheck & { month?: number; year?: number } {
  if (text.trim() === '') return { empty: true, complete: false };
  const fail = (error: FieldCheck['error']) => ({ empty: false, complete: false, error });
  const parts = splitExpiry(text.trim());
  if (!parts) return fail('invalid_expiration_date');
  const { month: monthDigits, year: yearDigits } = parts;
  if (monthDigits === '' || monthDigits.length > 2) return fail('invalid_expiration_month');
  if (monthDigits.length === 1) return fail('incomplete_expiration_date'); // `0` or `1`: 01-09 or 10-12 to come
  const month = Number(monthDigits);
  if (month < 1 || month > 12) return fail('invalid_expiration_month');
  if (yearDigits.length > 4) return fail('invalid_expiration_date');
  if (yearDigits.length !== 2 && yearDigits.length !== 4) return fail('incomplete_expiration_date');

  const thisYear = now.getFullYear();
  const year = yearDigits.length === 4 ? Number(yearDigits) : Math.floor(thisYear / 100) * 100 + Number(yearDigits);
  const date = { month, year };
  if (year < thisYear) {
    // `12 / 20` may be the start of `12 / 2028` rather than an expired 2020.
    const startsLaterYear = yearDigits.length === 2 && String(thisYear).startsWith(yearDigits);
    return { ...date, ...fail(startsLaterYear && !final ? 'incomplete_expiration_date' : 'invalid_expiration_year') };
  }
  // `invalid_expiration_year` says the year is in the past (Digital River's text); a year too far ahead is a bad date.
  if (year - thisYear > MAX_YEARS_AHEAD) return { ...date, ...fail('invalid_expiration_date') };
  if (year === thisYear && month < now.getMonth() + 1) return { ...date, ...fail('invalid_expiration_date') };
  return { ...date, empty: false, complete: true };
}

/** `MM / YY` once the month is known; a 4-digit year is kept as typed. */
const formatExpiry = (digits: string): string =>
  digits.length < 2 ? digits : `${digits.slice(0, 2)}${SEPARATOR}${digits.slice(2)}`;

/** Pads a month typed as one digit to two, moving the caret with the digits. */
function padMonth(edit: DigitEdit, padded: boolean): DigitEdit {
  if (!padded) return edit;
  return { digits: `0${edit.digits}`, caret: edit.caret === 0 ? 0 : edit.caret + 1 };
}

/**
 * Formats an expiry `<input>` after an `input` event. The separator appears as soon as the month is known (`12`,
 * or a first digit 2-9, or `1/`); backspace over it removes the month's last digit. Years are 2 digits, or 4 when
 * they start with `20`.
 */
export function editExpiry(before: TextEdit, after: TextEdit, inputType: string): TextEdit {
  const edit = readDigitEdit(before, after, inputType);
  // A slash typed or pasted after one month digit closes the month; on deletion the digits just shift.
  const slashClosesMonth = !isDeletion(before, after, inputType) && /^[^0-9]*[1-9]\s*\//.test(after.value);
  let padded = padMonth(edit, slashClosesMonth);
  padded = padMonth(padded, /^[2-9]/.test(padded.digits));
  const max = padded.digits.slice(2, 4) === '20' ? 6 : 4;
  const limited = limitDigits(padded, max, digitsOf(before.value).length);
  return finishEdit(before, after, inputType, formatExpiry(limited.digits), limited.caret);
}
