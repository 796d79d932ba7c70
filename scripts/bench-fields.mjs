// Measures, in headless Chromium, the time from mount() to the three fields' `ready` (secure fields in cross-origin
// frames, next to three plain inputs), and the gzip bytes the page and each frame load. Prints figures; not a test.
// Usage: npm run build && node scripts/bench-fields.mjs [runs]
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const runs = Number(process.argv[2] ?? 15);
const port = 4190 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['scripts/serve-static.mjs', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const url = `http://127.0.0.1:${port}/examples/bench/fields.html${process.env.SAME_ORIGIN ? '?sameOrigin' : ''}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(mode) {
  const times = [];
  let bytes;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded = new Map();
    const bodies = [];
    page.on('response', (response) => {
      const frame = response.frame();
      bodies.push(response.body().then((body) => loaded.set(frame, (loaded.get(frame) ?? 0) + gzipSync(body).length), () => {}));
    });
    await page.goto(url);
    times.push(await page.evaluate((m) => window.benchmark(m), mode));
    await Promise.all(bodies);
    // Name each frame by the field it holds (its URL's #kind=…), once it has loaded.
    bytes = new Map([...loaded].map(([frame, n]) => [frame === page.mainFrame() ? 'page' : `frame ${frame.url().match(/kind=(\w+)/)?.[1] ?? '?'}`, n]));
    await context.close();
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), bytes };
}

const plain = await measure('plain');
const secure = await measure('secure');
await browser.close();
server.kill();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`mount -> 3 ready, median of ${runs} cold page loads (min-max):`);
console.log(`  plain inputs:  ${plain.ms.toFixed(1)} ms (${plain.min.toFixed(1)}-${plain.max.toFixed(1)})`);
console.log(`  secure fields: ${secure.ms.toFixed(1)} ms (${secure.min.toFixed(1)}-${secure.max.toFixed(1)})  difference ${(secure.ms - plain.ms).toFixed(1)} ms (target: within 150 ms)`);
console.log('gzip bytes loaded (secure fields):');
for (const [who, n] of secure.bytes) console.log(`  ${who}: ${kb(n)}`);
