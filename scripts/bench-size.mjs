// Page weight next to Braintree's: builds our bundles, bundles Braintree's client and hosted-fields as a storefront
// does (braintree-web from node_modules, esbuild as in build.mjs), and prints gzip -9 KB of both, the ratio, and every
// bundle in the size budget table. Prints figures; not a test (npm run size checks the budgets).
// Usage: npm run bench:size
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { budgetKb, budgets, gzipKb } from './size-budgets.mjs';

const page = 'dist/digitalriver.js';
const storefront = `
import client from 'braintree-web/client';
import hostedFields from 'braintree-web/hosted-fields';
client
  .create({ authorization: window.braintreeAuthorization })
  .then((clientInstance) =>
    hostedFields.create({
      client: clientInstance,
      fields: {
        number: { selector: '#card-number' },
        expirationDate: { selector: '#card-expiration' },
        cvv: { selector: '#card-cvv' },
      },
    }),
  )
  .then((fields) => fields.on('validityChange', (event) => console.log(event.emittedBy)));
`;

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });

const temp = mkdtempSync(join(tmpdir(), 'bench-size-'));
let braintreeKb;
try {
  const outfile = join(temp, 'braintree.js');
  await build({
    stdin: { contents: storefront, resolveDir: process.cwd(), sourcefile: 'storefront.js' },
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  braintreeKb = gzipKb(outfile);
} finally {
  rmSync(temp, { recursive: true, force: true });
}

const kb = (file) => (existsSync(file) ? gzipKb(file).toFixed(1).padStart(6) : ' (none)');
const row = (label, figure) => console.log(`${label.padEnd(48)} ${figure}`);
console.log(`\n${'KB gzip -9'.padStart(55)}`);
row('Braintree client + hosted-fields', braintreeKb.toFixed(1).padStart(6));
row(page, kb(page));
row('ratio (ours / Braintree)', existsSync(page) ? (gzipKb(page) / braintreeKb).toFixed(2).padStart(6) : ' (none)');
console.log('\nsize budget table');
for (const budget of budgets) row(budget.name, budgetKb(budget).toFixed(1).padStart(6));

// Braintree's field frame is the document its iframes load (html/hosted-fields-frame*.html on Braintree's asset host).
// Per frame: that document and the scripts it loads, when the package holds them.
const packageDir = dirname(createRequire(import.meta.url).resolve('braintree-web/package.json'));
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' ? [] : entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const frameDocs = files(packageDir).filter((file) => /^hosted-fields-frame.*\.html?$/.test(file.split('/').pop()));
console.log('\nper field frame');
if (frameDocs.length === 0) {
  console.log("Braintree's hosted-fields frame (hosted-fields-frame.html) is not in the braintree-web npm package: no figure");
} else {
  for (const doc of frameDocs) {
    const scripts = [...readFileSync(doc, 'utf8').matchAll(/<script[^>]*\ssrc=["']([^"']+)["']/g)].map(([, src]) => src);
    const found = scripts.map((src) => resolve(dirname(doc), src)).filter((file) => file.startsWith(packageDir) && existsSync(file));
    const total = [doc, ...found].reduce((sum, file) => sum + gzipKb(file), 0);
    const elsewhere = scripts.length - found.length;
    row(`Braintree ${relative(packageDir, doc)}`, `${total.toFixed(1).padStart(6)}${elsewhere ? ` (without ${elsewhere} script(s) not in the package)` : ''}`);
  }
  for (const budget of budgets.filter(({ fieldFrame }) => fieldFrame)) row(budget.name, budgetKb(budget).toFixed(1).padStart(6));
}
