// The shipped bundles' gzip budgets, read by check-size.mjs (which fails past them) and bench-size.mjs (which prints
// them next to Braintree's). fieldFrame marks the document each card field's frame loads, for per-frame figures.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const budgets = [
  { file: 'dist/digitalriver.js', maxKb: 25 },
  { file: 'dist/digitalriver-checkout.js', maxKb: 32 },
  { file: 'dist/frames/frame.html', maxKb: 18, fieldFrame: true }, // all each field frame loads: its html, css and script
  { file: 'dist/frames/controller.js', maxKb: 18 }, // the hidden controller frame, once per page
  { file: 'dist/index.js', maxKb: 20 } // the library's own code with <dr-checkout>; lit and zod are the app's imports,
];

/** A file's size gzipped at level 9, in KB (1,024 bytes). */
export function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}
