/** Keeps only the ASCII digits 0-9: spaces, dashes, letters and other scripts' digits are dropped. */
export function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}
