// Measures, in headless Chromium, how long the card frames take to handle each keystroke: from `beforeinput` to the
// end of the field's handling (format, check, report state), timed inside the frame. The fields apply a typed
// character, Backspace or Delete themselves in `beforeinput`; where the browser edits (its part ends when `input` is
// dispatched), the handling ends with `input`. Real key events (Playwright's keyboard) type real test numbers into the
// three fields and delete them again, key by key. The same keys typed into three plain inputs in minimal cross-origin
// frames give the floor: what the browser's own editing costs any field. Prints figures; not a test.
// Usage: npm run build && node scripts/bench-keys.mjs [rounds]
import { startBench } from './bench-server.mjs';

const rounds = Number(process.argv[2] ?? 5);
const cards = [
  { number: '4111111111111111', expiry: '1234', cvv: '123' },
  { number: '5555555555554444', expiry: '0830', cvv: '737' },
  { number: '378282246310005', expiry: '0529', cvv: '1234' },
  { number: '6011111111111117', expiry: '1131', cvv: '999' },
  { number: '3530111333300000', expiry: '0228', cvv: '456' },
  { number: '6759649826438453', expiry: '0927', cvv: '321' },
];

const { origin, browser, close } = await startBench();

/** Types every card into the three frames of one page (`secure` or `floor`) and returns [total, browser, field] ms. */
async function typeInto(mode) {
  const page = await browser.newPage();
  await page.goto(`${origin}/examples/bench/fields.html`);
  await page.evaluate((m) => window.benchmark(m), mode);
  const frames = page.frames().filter((frame) => frame !== page.mainFrame() && !frame.url().includes('/controller.html'));
  const byKind = ['cardnumber', 'cardexpiration', 'cardcvv'].map((kind, i) => frames.find((frame) => frame.url().includes(`kind=${kind}`)) ?? frames[i]);
  // Window listeners: a capture one runs before the field's own, a bubble one after it. Each keystroke gives
  // [total, the browser's editing (0 when the field applied the keystroke itself)].
  for (const frame of byKind) {
    await frame.evaluate(() => {
      let start = 0;
      let dispatched = 0;
      window.keyTimes = [];
      addEventListener('beforeinput', () => (start = performance.now()), true);
      addEventListener('beforeinput', (event) => event.defaultPrevented && window.keyTimes.push([performance.now() - start, 0]));
      addEventListener('input', () => (dispatched = performance.now()), true);
      addEventListener('input', () => window.keyTimes.push([performance.now() - start, dispatched - start]));
    });
  }
  for (let round = 0; round < rounds; round++) {
    for (const card of cards) {
      for (const [frame, text] of [[byKind[0], card.number], [byKind[1], card.expiry], [byKind[2], card.cvv]]) {
        const input = frame.locator('input');
        await input.focus();
        for (const key of text) await page.keyboard.press(key);
        const length = await input.evaluate((element) => element.value.length);
        for (let i = 0; i < length; i++) await page.keyboard.press('Backspace');
      }
    }
  }
  const times = (await Promise.all(byKind.map((frame) => frame.evaluate(() => window.keyTimes)))).flat();
  await page.close();
  return times;
}

const secure = await typeInto('secure');
const floor = await typeInto('floor');
await close();

const ms = (n) => `${n.toFixed(1)} ms`;
function figures(times, part) {
  if (times.length === 0) return 'none';
  const sorted = times.map((t) => t[part]).sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, worst ${ms(sorted.at(-1))}`;
}
const edited = secure.filter(([, browser]) => browser > 0);
const applied = secure.filter(([, browser]) => browser === 0);
console.log(`${secure.length} keystrokes per case (${rounds} rounds of ${cards.length} cards, typed and deleted), from beforeinput:`);
console.log(`  card fields, to the end of their handling: ${figures(secure, 0)} (target: p95 at most 1 ms)`);
console.log(`    ${String(edited.length).padStart(4)} the browser edited, then the field checked: ${figures(edited, 0)}`);
console.log(`    ${String(applied.length).padStart(4)} the field formatted and applied itself:    ${figures(applied, 0)}`);
console.log(`  floor, a plain input in a minimal frame:   ${figures(floor, 0)}`);
console.log('  (performance.now() is rounded to 0.1 ms in a page that is not cross-origin isolated)');
