// A single-page app opening and closing its checkout: in one page, mounts the three card fields, waits for their
// `ready` and unmounts them, [cycles] times over; then the same with three minimal cross-origin frames as the floor.
// Prints the cycles completed (the first that failed: not ready within 10 s), the median ready time of every 100
// cycles, and the page's JS heap after a forced GC at cycle 10 and at the end: a leak grows it cycle by cycle. Also the
// heap of the frame origin's process (the controller frame lives there, across cycles) and the page's DOM counters.
// Prints figures; not a test. Usage: npm run build && node scripts/bench-cycles.mjs [cycles] [--plain]
//
// Driven by Playwright, Chromium refuses frame documents after some 2,100-2,600 frame loads in one page (the minimal
// frames too): Playwright attaches to every frame. `--plain` starts Chromium with no driver at all; the page runs the
// cycles itself and posts its figures back (the page's heap only: no DOM counters, no frame heap).
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';
import { median, startBench } from './bench-server.mjs';

const plain = process.argv.includes('--plain');
const cycles = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 1000);
const modes = {
  floor: '3 minimal cross-origin frames, created and removed',
  reuse: 'one DigitalRiver, its 3 elements mounted and unmounted',
  fresh: 'a new DigitalRiver and 3 new elements every cycle',
};
// Where the heap is read: cycle 10 (past warm-up) and every 100th; the page runs the cycles in between.
const checkpoints = [...new Set([10, ...Array.from({ length: Math.floor(cycles / 100) }, (_, i) => (i + 1) * 100), cycles])].filter((n) => n <= cycles);
const { origin, browser, close } = await startBench();

/** The JS heap in use after a full GC, in the process of a page or of a cross-origin frame. */
async function heapAfterGc(session) {
  await session.send('HeapProfiler.collectGarbage');
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/** The cycles in a Chromium no tool drives: the page posts its figures to a loopback address of this script. */
async function measurePlain(mode) {
  const began = Date.now();
  const profile = mkdtempSync(join(tmpdir(), 'bench-cycles-'));
  let receive;
  const report = new Promise((resolve) => (receive = resolve));
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }).end();
      receive(JSON.parse(body));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const reportUrl = `http://127.0.0.1:${server.address().port}/`;
  const url = `${origin}/examples/bench/cycles.html?plain=${mode}&cycles=${cycles}&report=${encodeURIComponent(reportUrl)}`;
  const flags = ['--headless', `--user-data-dir=${profile}`, '--js-flags=--expose-gc', '--enable-precise-memory-info', ...chromiumArgs];
  // A process group of its own: Debian's chromium is a wrapper script, and the browser's helpers are its children.
  const chromium = spawn(chromiumPath, [...flags, url], { stdio: 'ignore', detached: true });
  const { times, heap, failedAt } = await report;
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  process.kill(-chromium.pid);
  await exited;
  server.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }); // its helper processes end a moment later
  const at = new Map(Object.entries(heap).map(([n, bytes]) => [Number(n), { page: bytes }]));
  return { times, at, failedAt, refused: new Set(), seconds: (Date.now() - began) / 1000 };
}

async function measure(mode) {
  if (plain) return measurePlain(mode);
  const context = await browser.newContext();
  const page = await context.newPage();
  // What the browser refused, to tell a field that never got ready from a frame the browser would not load: driven by
  // Playwright, Chromium 156 refuses frame documents (net::ERR_INSUFFICIENT_RESOURCES) after some 2,100-2,600 frame
  // loads in one page, the minimal frames included.
  const refused = new Set();
  page.on('requestfailed', (request) => refused.add(`${new URL(request.url()).pathname} ${request.failure()?.errorText}`));
  await page.goto(`${origin}/examples/bench/cycles.html`);
  const pageSession = await context.newCDPSession(page);
  let frameSession; // the controller frame's process, once the first cycle put it on the page
  const times = [];
  const at = new Map(); // checkpoint -> { page, frames, dom }
  let failedAt;
  const began = Date.now();
  for (const to of checkpoints) {
    const result = await page.evaluate(([m, from, to]) => window.cycles(m, from, to), [mode, times.length + 1, to]);
    times.push(...result.times);
    if (result.failedAt) {
      failedAt = result.failedAt;
      break;
    }
    const controller = page.frames().find((frame) => frame.url().includes('/frames/controller.html'));
    if (controller && !frameSession) frameSession = await context.newCDPSession(controller);
    at.set(to, { page: await heapAfterGc(pageSession), frames: frameSession && (await heapAfterGc(frameSession)), dom: await pageSession.send('Memory.getDOMCounters') });
    if (process.stderr.isTTY) process.stderr.write(`  ${mode}: ${to} cycles, ${((Date.now() - began) / 1000).toFixed(0)} s\r`);
  }
  await context.close();
  return { times, at, failedAt, refused, seconds: (Date.now() - began) / 1000 };
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
const growth = (first, last, n) => `${last >= first ? '+' : ''}${mb(last - first)}, ${((last - first) / n).toFixed(0)} B per cycle`;
for (const [mode, what] of Object.entries(modes)) {
  const { times, at, failedAt, refused, seconds } = await measure(mode);
  console.log(`${mode}: ${what}`);
  console.log(`  ${times.length} of ${cycles} cycles completed in ${seconds.toFixed(0)} s${failedAt ? `; cycle ${failedAt} first failed (not ready within 10 s)` : ''}`);
  if (refused.size > 0) console.log(`  requests that failed: ${[...refused].join(', ')}`);
  const hundreds = Array.from({ length: Math.ceil(times.length / 100) }, (_, i) => median(times.slice(i * 100, i * 100 + 100)).toFixed(0));
  console.log(`  ready ms, median of each 100 cycles: ${hundreds.join(' ')}`);
  const last = Math.max(...at.keys());
  const [first, end] = [at.get(10), at.get(last)];
  if (!first || last === 10) continue;
  console.log(`  page JS heap after GC: ${mb(first.page)} at cycle 10, ${mb(end.page)} at cycle ${last}: ${growth(first.page, end.page, last - 10)} (target: under 1 MB)`);
  const series = (key) => [...at.values()].map((m) => (m[key] / 2 ** 20).toFixed(2)).join(' ');
  console.log(`    at cycle 10 and every 100: ${series('page')} MB`);
  if (first.frames) {
    console.log(`  frame origin's JS heap after GC (the controller frame's process): ${mb(first.frames)} -> ${mb(end.frames)}: ${growth(first.frames, end.frames, last - 10)}`);
    console.log(`    at cycle 10 and every 100: ${series('frames')} MB`);
  }
  if (!first.dom) continue;
  const dom = (key) => `${key} ${first.dom[key]} -> ${end.dom[key]}`;
  console.log(`  page DOM counters, cycle 10 -> ${last}: ${dom('documents')}, ${dom('nodes')}, ${dom('jsEventListeners')}`);
}
await close();
