// The shipped bundles' gzip budgets, read by check-size.mjs (which fails past them) and bench-size.mjs (which prints
// them next to Braintree's). A budget covers everything one thing loads: a frame is its document and its script.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';


export const budgets = [
  { name: 'script tag', files: ['dist/digitalriver.js'], maxKb: 16 },
  // digitalriver.js plus the checkout: <dr-checkout> made of reusable parts (the session and CVC countdown controllers,
  // <dr-saved-cards>, <dr-billing-fields> with the billing address) cost 1.6 KB over the one-class element (23.6 KB):
  // measured 25.2 KB.
  { name: 'script tag with the checkout', files: ['dist/digitalriver-checkout.js'], maxKb: 26 },
  // digitalriver.js plus Drop-in with its methods (card, PayPal, direct debit, wire transfer, the terms and the
  // available methods' call: about 4 KB over the card alone) and the wallets, payment instructions and compliance
  // elements (31.6 KB; 32.0 KB in the instance's language), then Google Pay, Apple Pay and the compliance section in
  // Drop-in itself (1.3 KB): measured 33.3 KB. Without the sandbox's wallet sheet (a script of the sandbox's frames
  // since, 1.6 KB) and with the disclosures' texts in the page texts: measured 31.8 KB, budget the next whole KB plus 1.
  { name: 'script tag with Drop-in', files: ['dist/digitalriver-dropin.js'], maxKb: 33 },
  // Each card field's frame: one document, its stylesheet and script written in; the three fields share it.
  { name: 'field frame', files: ['dist/frames/frame.html'], maxKb: 8, fieldFrame: true },
  // The same in the language whose texts weigh most (they load as a script of their own).
  { name: 'field frame, heaviest language', files: ['dist/frames/frame.html', { dir: 'dist/frames', pattern: /^texts-.+\.js$/, heaviest: true }], maxKb: 8 },
  // The hidden controller frame, once per page; its script's name carries a hash of its content.
  { name: 'controller frame', files: ['dist/frames/controller.html', { dir: 'dist/frames', pattern: /^controller-[0-9a-f]{12}\.js$/ }], maxKb: 8 },
  // The ES module entries with the shared chunks they import: the library's own code (lit is the app's import).
  { name: 'ES module: DigitalRiver and the card elements', files: [{ module: 'dist/index.js' }], maxKb: 12 },
  { name: 'ES module: one card element', files: [{ module: 'dist/card-number.js' }], maxKb: 7 },
  // The checkout's payment messages and English texts, which Drop-in shows too, are a chunk of their own. The checkout
  // made of reusable parts: measured 22.6 KB (20.7 KB as one class).
  { name: 'ES module: with the checkout', files: [{ module: 'dist/index.js' }, { module: 'dist/checkout.js' }], maxKb: 23 },
  // The same as the Drop-in script tag, as ES modules (the wallets and compliance section in Drop-in: 1.0 KB of it):
  // measured 30.2 KB; without the sandbox's wallet sheet (1.5 KB): measured 28.8 KB, budget the next whole KB plus 1.
  { name: 'ES module: with Drop-in', files: [{ module: 'dist/index.js' }, { module: 'dist/dropin.js' }], maxKb: 30 },
];

/** An ES module and every chunk it imports, each once. */
function moduleFiles(file, seen = new Set()) {
  if (seen.has(file)) return [];
  seen.add(file);
  const imports = [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)].map(([, path]) => join(dirname(file), path));
  return [file, ...imports.flatMap((imported) => moduleFiles(imported, seen))];
}

/** The files a budget covers, as they are in dist/ now: a pattern names exactly one file, or picks the heaviest. */
export function filesOf(budget) {
  const seen = new Set();
  return budget.files.flatMap((file) => {
    if (typeof file === 'string') return file;
    if (file.module) return moduleFiles(file.module, seen);
    const found = readdirSync(file.dir).filter((name) => file.pattern.test(name)).map((name) => `${file.dir}/${name}`);
    if (file.heaviest && found.length > 0) {
      const weights = new Map(found.map((path) => [path, gzipKb(path)]));
      return found.reduce((a, b) => (weights.get(b) > weights.get(a) ? b : a));
    }
    if (found.length !== 1) throw new Error(`${file.pattern} matches ${found.length} files in ${file.dir}`);
    return found[0];
  });
}

/** A file's size gzipped at level 9, in KB (1,024 bytes). */
export function gzipKb(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** Everything a budget covers, gzipped file by file (as a browser loads them), in KB. */
export function budgetKb(budget) {
  return filesOf(budget).reduce((sum, file) => sum + gzipKb(file), 0);
}
