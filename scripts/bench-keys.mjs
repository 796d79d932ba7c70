// Measures, in headless Chromium, how long the card frames take to handle each keystroke: from `beforeinput` to the
// end of the `input` handling (format, check, report state), timed inside the frame. Real key events (Playwright's
// keyboard) type real test numbers into the three fields and delete them again, key by key. Prints figures; not a test.
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
const page = await browser.newPage();
await page.goto(`${origin}/examples/bench/fields.html`);
await page.evaluate(() => window.benchmark('secure'));
const fields = ['cardnumber', 'cardexpiration', 'cardcvv'].map((kind) => page.frames().find((frame) => frame.url().includes(`kind=${kind}`)));

// In each frame: the clock starts on `beforeinput` (a window capture listener runs before the field's own) and stops
// on `input` at the window (a bubble listener runs after the field's own).
for (const frame of fields) {
  await frame.evaluate(() => {
    let start = 0;
    window.keyTimes = [];
    addEventListener('beforeinput', () => (start = performance.now()), true);
    addEventListener('input', () => window.keyTimes.push(performance.now() - start));
  });
}

for (let round = 0; round < rounds; round++) {
  for (const card of cards) {
    for (const [frame, text] of [[fields[0], card.number], [fields[1], card.expiry], [fields[2], card.cvv]]) {
      await frame.locator('input').focus();
      for (const key of text) await page.keyboard.press(key);
      const length = await frame.locator('input').evaluate((input) => input.value.length);
      for (let i = 0; i < length; i++) await page.keyboard.press('Backspace');
    }
  }
}

const times = (await Promise.all(fields.map((frame) => frame.evaluate(() => window.keyTimes)))).flat().sort((a, b) => a - b);
await close();

const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
const ms = (n) => `${n.toFixed(2)} ms`;
console.log(`keystrokes handled in the card frames: ${times.length} (typed and deleted, ${rounds} rounds of ${cards.length} cards)`);
console.log(`  median ${ms(at(0.5))}, p95 ${ms(at(0.95))} (target: at most 1 ms), worst ${ms(times.at(-1))}`);
console.log('  (the browser rounds performance.now() to 0.1 ms in a page that is not cross-origin isolated)');
