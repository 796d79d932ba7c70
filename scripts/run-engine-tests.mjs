// The engine suites (test/engines/*.test.mjs) in Firefox ESR (WebDriver BiDi, puppeteer-core) and WebKitGTK
// (WebKitWebDriver under Xvfb), one engine after the other, against the script-tag example served by
// scripts/serve-static.mjs and the demo storefront served by `vite preview`, each on a free loopback port in
// 4500-4599, with test/attacker-server.mjs on another as the attack tests' third origin. Prints each engine's pass
// count, and fails when an engine or a build is missing.
// Usage: node scripts/run-engine-tests.mjs [firefox] [webkit] [file name part…]   (both engines and every file by
// default; needs `npm run build` and `npm run build:demo` first)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { startAttackerServer } from '../test/attacker-server.mjs';
import { binaries, missingFor } from '../test/engines/binaries.mjs';

const args = process.argv.slice(2);
const named = args.filter((arg) => arg === 'firefox' || arg === 'webkit');
const engines = named.length ? named : ['firefox', 'webkit'];
const parts = args.filter((arg) => !named.includes(arg));
const files = readdirSync('test/engines')
  .filter((name) => name.endsWith('.test.mjs') && (parts.length === 0 || parts.some((part) => name.includes(part))))
  .map((name) => join('test/engines', name));
if (files.length === 0) {
  console.error(`no test file in test/engines matches ${parts.join(', ')}`);
  process.exit(1);
}
const started = Date.now();
const children = [];
const stopChildren = () => children.forEach((child) => child.exitCode === null && child.kill());
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

for (const [file, command] of [['dist/digitalriver.js', 'npm run build'], ['demo-dist/index.html', 'npm run build:demo']]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`${command}\` first.`);
    process.exit(1);
  }
}
// An engine that is not installed fails the run, with what to install: it never passes by running nothing.
for (const engine of engines) {
  const missing = missingFor(engine);
  if (missing.length > 0) {
    console.error(`${engine}: missing ${missing.join(', ')}.\nRun \`bash scripts/install-browser.sh\` (it installs them with apt-get).`);
    process.exit(1);
  }
}

/** A port in 4500-4599 that nothing listens on. */
async function freePort(after = 4499) {
  for (let port = after + 1; port < 4600; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 4500-4599');
}

async function waitForUrl(url, child, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const serverPort = await freePort();
const server = spawn(process.execPath, ['scripts/serve-static.mjs', String(serverPort), '--build-frames-once'], { stdio: ['ignore', 'ignore', 'inherit'] });
children.push(server);
const baseUrl = `http://127.0.0.1:${serverPort}`;
// The demo storefront (the composite checkout and its QA panel, with the sandbox behind `vite preview`).
const demoPort = await freePort(serverPort);
const demo = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(demoPort), '--strictPort'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
children.push(demo);
const demoUrl = `http://127.0.0.1:${demoPort}`;
await Promise.all([waitForUrl(`${baseUrl}/frames/frame.html`, server), waitForUrl(`${demoUrl}/frames/frame.html`, demo)]);
// The secure-field attack tests' collector: a third origin on loopback that records every request it gets.
const attackerUrl = await startAttackerServer(await freePort(demoPort));

/** Xvfb on a display it picks itself; WebKitGTK has no headless mode. */
async function startXvfb() {
  const xvfb = spawn(binaries.webkit.xvfb, ['-displayfd', '3', '-nolisten', 'tcp', '-noreset', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  children.push(xvfb);
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (data) => resolve(`:${String(data).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors}`)));
  });
  return display;
}

const results = [];
for (const engine of engines) {
  const engineStart = Date.now();
  process.env.ENGINE = engine;
  process.env.ENGINE_BASE_URL = baseUrl;
  process.env.ENGINE_DEMO_URL = demoUrl;
  process.env.ENGINE_ATTACKER_URL = attackerUrl;
  if (engine === 'webkit') {
    // Our own Xvfb, whatever DISPLAY says (a CI machine may name a display nothing serves); ENGINE_DISPLAY picks
    // another, such as a desktop's to watch the tests.
    process.env.DISPLAY = process.env.ENGINE_DISPLAY ?? (await startXvfb());
    process.env.WEBDRIVER_PORT = String(await freePort(demoPort));
  }
  console.log(`\n--- ${engine}`);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const stream = run({ files, concurrency: 1, timeout: 300_000 });
  stream.on('test:pass', ({ nesting, skip, todo }) => nesting === 0 && (skip || todo ? counts.skipped++ : counts.passed++));
  stream.on('test:fail', ({ nesting }) => nesting === 0 && counts.failed++);
  await new Promise((resolve, reject) => stream.compose(new spec()).on('end', resolve).on('error', reject).pipe(process.stdout, { end: false }));
  results.push({ engine, ...counts, seconds: (Date.now() - engineStart) / 1000 });
}

console.log('');
for (const { engine, passed, failed, skipped, seconds } of results) {
  console.log(`${engine}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''} (${seconds.toFixed(1)} s)`);
}
const total = results.reduce((sum, { passed, failed, skipped }) => ({ passed: sum.passed + passed, failed: sum.failed + failed, skipped: sum.skipped + skipped }), { passed: 0, failed: 0, skipped: 0 });
console.log(`engines: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
// Each engine must have passed something and failed nothing.
process.exitCode = results.every(({ passed, failed }) => passed > 0 && failed === 0) ? 0 : 1;
stopChildren();
