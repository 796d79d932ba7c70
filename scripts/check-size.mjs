// Fails when a shipped bundle grows past its gzip budget, or carries what must never ship in it; prints every figure.
import { readdirSync, readFileSync } from 'node:fs';
import { budgetKb, budgets, filesOf } from './size-budgets.mjs';

// Text only the sandbox, MSW or zod carry: none of it may reach a widget bundle or a frame.
const FORBIDDEN = [
  { text: 'mockServiceWorker', what: 'MSW (the sandbox)' },
  { text: '/__sandbox/', what: 'the sandbox' },
  { text: '_zod', what: 'zod' },
  { text: 'from"zod', what: 'an import of zod' },
  { text: 'from"msw', what: 'an import of MSW' },
];

let failed = false;
for (const budget of budgets) {
  const kb = budgetKb(budget);
  const ok = kb <= budget.maxKb;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${kb.toFixed(1)} KB gzip (budget ${budget.maxKb} KB): ${filesOf(budget).join(' + ')}`);
}
// Every file of the widget: the bundles, the ES modules and their chunks, the frames; not the sandbox's own entries,
// nor the testing helper, which drives a sandbox from a storefront's tests.
const widget = ['dist', 'dist/chunks', 'dist/frames'].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(js|html)$/.test(name) && !name.startsWith('sandbox') && name !== 'testing.js')
    .map((name) => `${dir}/${name}`),
);
for (const file of widget) {
  const text = readFileSync(file, 'utf8');
  for (const { text: marker, what } of FORBIDDEN.filter(({ text: marker }) => text.includes(marker))) {
    failed = true;
    console.log(`FAIL ${file} contains "${marker}": ${what} must never ship in the widget`);
  }
}
console.log(`checked ${widget.length} widget files for the sandbox, MSW and zod`);
process.exit(failed ? 1 : 0);
