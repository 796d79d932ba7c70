// Fails when a shipped bundle grows past its gzip budget; prints every figure.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = [
  { file: 'dist/digitalriver.js', maxKb: 25 },
  { file: 'dist/digitalriver-checkout.js', maxKb: 32 },
  { file: 'dist/frames/frame.html', maxKb: 18 }, // all each field frame loads: its html, css and script
  { file: 'dist/frames/controller.js', maxKb: 18 }, // the hidden controller frame, once per page
  { file: 'dist/index.js', maxKb: 20 } // the library's own code with <dr-checkout>; lit and zod are the app's imports,
];
const forbidden = ['dist/digitalriver.js', 'dist/digitalriver-checkout.js', 'dist/index.js'].map((file) => ({
  file,
  text: 'mockServiceWorker',
  why: 'the sandbox must never ship in the widget',
}));

let failed = false;
for (const { file, maxKb } of budgets) {
  const kb = gzipSync(readFileSync(file), { level: 9 }).length / 1024;
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
