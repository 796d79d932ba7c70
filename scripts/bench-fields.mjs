// Measures, in headless Chromium, how long three card fields take to be ready, against the floor of any cross-origin
// field: three minimal frames on the other origin (an <input> and a line of script). Each run of each case is a cold
// page load in a fresh browser context; the cases alternate so drift hits them alike. Also prints the gzip bytes and
// requests each document loads. Prints figures; not a test.
// Usage: npm run build && node scripts/bench-fields.mjs [runs]
import { gzipSync } from 'node:zlib';
import { median, startBench } from './bench-server.mjs';

const runs = Number(process.argv[2] ?? 15);
const { origin, browser, close } = await startBench();
const url = `${origin}/examples/bench/fields.html`;

/** One cold load: the benchmark's milliseconds, and per document the gzip bytes and requests it loaded. */
async function run(mode) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Map();
  const bodies = [];
  page.on('response', (response) => {
    const frame = response.frame();
    bodies.push(
      response.body().then((body) => {
        const { bytes = 0, requests = 0 } = loaded.get(frame) ?? {};
        loaded.set(frame, { bytes: bytes + gzipSync(body).length, requests: requests + 1 });
      }, () => {}),
    );
  });
  await page.goto(url);
  const ms = await page.evaluate((m) => window.benchmark(m), mode);
  // The controller frame may start only once the fields are ready; its bytes count too (10 s at most).
  const controller = () => page.frames().find((frame) => frame.url().includes('/controller.html'));
  for (let waited = 0; mode !== 'floor' && !controller() && waited < 10_000; waited += 50) await page.waitForTimeout(50);
  await controller()?.waitForLoadState('load');
  await Promise.all(bodies);
  // Name each document by its file and, for a field, the kind in its URL (#kind=…).
  const name = (frame) => (frame === page.mainFrame() ? 'page' : `${frame.url().match(/\/([\w-]+)\.html/)?.[1]} ${frame.url().match(/kind=(\w+)/)?.[1] ?? ''}`.trim());
  const documents = [...loaded].map(([frame, load]) => [name(frame), load]);
  await context.close();
  return { ms, documents };
}

const modes = { floor: [], secure: [], warm: [] };
const documents = {};
for (let i = 0; i < runs; i++) {
  for (const [mode, times] of Object.entries(modes)) {
    const result = await run(mode);
    times.push(result.ms);
    documents[mode] = result.documents;
  }
}
await close();

const range = (values, digits, unit = '') => {
  const f = (n) => n.toFixed(digits);
  return `${f(median(values))}${unit} (${f(Math.min(...values))}-${f(Math.max(...values))})`;
};
const ratios = (times) => times.map((t, i) => t / modes.floor[i]); // to the floor of the same round of runs
console.log(`to 3 fields ready, median of ${runs} cold page loads, each in a fresh browser context (min-max):`);
console.log(`  (1) floor, 3 minimal cross-origin frames:       ${range(modes.floor, 1, ' ms')}`);
console.log(`  (2) secure fields, DigitalRiver + mount:         ${range(modes.secure, 1, ' ms')}`);
console.log(`  (3) secure fields, mount 1 s after DigitalRiver: ${range(modes.warm, 1, ' ms')}`);
const ofMedians = (times) => (median(times) / median(modes.floor)).toFixed(2);
console.log(`  (2)/(1): ${ofMedians(modes.secure)} of the medians, run by run ${range(ratios(modes.secure), 2)} (target: at most 1.25)`);
console.log(`  (3)/(1): ${ofMedians(modes.warm)} of the medians, run by run ${range(ratios(modes.warm), 2)}`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const mode of ['floor', 'secure']) {
  console.log(`gzip bytes loaded, last run of (${mode === 'floor' ? 1 : 2}):`);
  for (const [who, { bytes, requests }] of documents[mode]) console.log(`  ${who}: ${kb(bytes)} in ${requests} request${requests > 1 ? 's' : ''}`);
}
