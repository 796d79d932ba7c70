import { digitsOf } from './digits.js';
import type { TextEdit } from './types.js';

/** An edit seen as digits only: the field's digits and how many of them are before the caret. */
export interface DigitEdit {
  digits: string;
  caret: number;
}

/** Whether the edit removed text; an unknown `inputType` ('') is judged by the length. */
export const isDeletion = (before: TextEdit, after: TextEdit, inputType: string): boolean =>
  inputType.startsWith('delete') || (inputType === '' && after.value.length < before.value.length);

const digitsBefore = (text: string, position: number): number => digitsOf(text.slice(0, position)).length;

/**
 * Reads the browser's edit as digits. A deletion that removed only separators (backspace right after a space,
 * delete right before one) would be undone by formatting, so it removes the neighbouring digit instead.
 */
export function readDigitEdit(before: TextEdit, after: TextEdit, inputType: string): DigitEdit {
  const digits = digitsOf(after.value);
  const caret = digitsBefore(after.value, after.caret);
  if (!isDeletion(before, after, inputType) || digits !== digitsOf(before.value)) return { digits, caret };
  const backward = inputType.includes('Backward') || (!inputType.includes('Forward') && after.caret < before.caret);
  if (backward) {
    return caret === 0 ? { digits, caret } : { digits: digits.slice(0, caret - 1) + digits.slice(caret), caret: caret - 1 };
  }
  return { digits: digits.slice(0, caret) + digits.slice(caret + 1), caret };
}

/**
 * Caps the digits at `max` the way `maxlength` would: the digits just inserted before the caret give way first
 * (typing into a full field changes nothing; a long paste keeps its beginning), then the end is cut.
 */
export function limitDigits(edit: DigitEdit, max: number, digitsBeforeEdit: number): DigitEdit {
  const excess = edit.digits.length - max;
  if (excess <= 0) return edit;
  const inserted = Math.max(0, edit.digits.length - digitsBeforeEdit);
  const drop = Math.min(excess, inserted, edit.caret);
  const digits = edit.digits.slice(0, edit.caret - drop) + edit.digits.slice(edit.caret);
  return { digits: digits.slice(0, max), caret: Math.min(edit.caret - drop, max) };
}

/**
 * Where the caret goes in formatted text: after its `count`-th digit. Separators that follow are passed after an
 * insertion (typing `12` leaves the caret after `12 / `), and kept on the side the browser had the caret after a
 * deletion (backspace in `4444 2|222` leaves `4444 |222`).
 */
export function caretAfterDigit(text: string, count: number, deletedAt?: number): number {
  let start = 0;
  for (let seen = 0; start < text.length && seen < count; start++) if (/[0-9]/.test(text.charAt(start))) seen++;
  let end = start;
  while (end < text.length && !/[0-9]/.test(text.charAt(end))) end++;
  return deletedAt === undefined ? end : Math.min(Math.max(deletedAt, start), end);
}

/**
 * Finishes an edit: the formatted value and its caret. An insertion that leaves the value as it was (a letter, an
 * emoji, a digit into a full field) keeps the caret where it was instead of moving it.
 */
export function finishEdit(before: TextEdit, after: TextEdit, inputType: string, value: string, caret: number): TextEdit {
  const deleting = isDeletion(before, after, inputType);
  if (value === before.value && !deleting) return { ...before };
  return { value, caret: caretAfterDigit(value, caret, deleting ? after.caret : undefined) };
}
