// Fails when a shipped bundle grows past its gzip budget; prints every figure.
import { readFileSync } from 'node:fs';
import { budgets, gzipKb } from './size-budgets.mjs';

const forbidden = ['dist/digitalriver.js', 'dist/digitalriver-checkout.js', 'dist/index.js'].map((file) => ({
  file,
  text: 'mockServiceWorker',
  why: 'the sandbox must never ship in the widget',
}));

let failed = false;
for (const { file, maxKb } of budgets) {
  const kb = gzipKb(file);
  const ok = kb <= maxKb;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${kb.toFixed(1)} KB gzip (budget ${maxKb} KB)`);
}
for (const { file, text, why } of forbidden) {
  if (readFileSync(file, 'utf8').includes(text)) {
    failed = true;
    console.log(`FAIL ${file} contains "${text}": ${why}`);
  }
}
process.exit(failed ? 1 : 0);
