import type { TextEdit } from './types.js';

// Helpers for the tests in this folder; not exported from index.ts.

/** `'4444 |2222'` -> the text with its caret where the bar is; tests read and write edits this way. */
export function at(marked: string): TextEdit {
  const caret = marked.indexOf('|');
  if (caret < 0 || marked.indexOf('|', caret + 1) >= 0) throw new Error(`mark the caret once: ${marked}`);
  return { value: marked.replace('|', ''), caret };
}
export const show = ({ value, caret }: TextEdit): string => `${value.slice(0, caret)}|${value.slice(caret)}`;

// What the browser makes of the field before the `input` event reaches the handler.
export const insert = ({ value, caret }: TextEdit, text: string): TextEdit => ({
  value: value.slice(0, caret) + text + value.slice(caret),
  caret: caret + text.length,
});
export const backspace = ({ value, caret }: TextEdit): TextEdit =>
  caret === 0 ? { value, caret } : { value: value.slice(0, caret - 1) + value.slice(caret), caret: caret - 1 };
export const forwardDelete = ({ value, caret }: TextEdit): TextEdit => ({
  value: value.slice(0, caret) + value.slice(caret + 1),
  caret,
});

type Editor = (before: TextEdit, after: TextEdit, inputType: string) => TextEdit;

/** Types `keys` one at a time into an empty field, as a shopper would, and shows the result. */
export function typeInto(edit: Editor, keys: string, start: TextEdit = { value: '', caret: 0 }): string {
  let field = start;
  for (const key of keys) field = edit(field, insert(field, key), 'insertText');
  return show(field);
}
