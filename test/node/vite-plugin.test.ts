// The Vite plugin (dr-checkout-widget/vite), in Vite's own dev server and build, started from code as an app's
// `vite` and `vite build` would: in dev the frames and the sandbox answer on a second loopback origin that each page
// names in its dr-frame-url meta; a build writes the production frame URL and copies the frames for their host.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, createServer, type ViteDevServer } from 'vite';
import { connectSandbox } from '../../src/sandbox/remote.js';
import { drCheckout } from '../../src/vite/plugin.js';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const card = { number: '4444222233331111', expirationMonth: 12, expirationYear: 2030, cvv: '123' };
const metaFrameUrl = (html: string) => /<meta name="dr-frame-url" content="([^"]+)"/.exec(html)?.[1];
const connectSrc = (html: string) => /connect-src ([^;"]*)/.exec(html)![1]!.trim().split(/\s+/);

let app: string;
before(() => {
  app = mkdtempSync(join(tmpdir(), 'vite-app-'));
  writeFileSync(join(app, 'index.html'), '<!doctype html><html><head><title>shop</title></head><body><dr-card-number></dr-card-number></body></html>');
});
after(() => rmSync(app, { recursive: true, force: true }));

describe('vite dev with the plugin', () => {
  let server: ViteDevServer;
  let page: string;
  before(async () => {
    server = await createServer({ configFile: false, root: app, logLevel: 'silent', server: { host: '127.0.0.1', port: 4431, strictPort: true }, plugins: [drCheckout()] });
    await server.listen();
    page = 'http://127.0.0.1:4431';
  });
  after(() => server?.close());

  it('names frames on another origin in each page, and serves them there trusting that origin\'s sandbox only', async () => {
    const frameUrl = metaFrameUrl(await (await fetch(`${page}/`)).text());
    assert.ok(frameUrl, 'the page has a dr-frame-url meta');
    const frames = new URL(frameUrl);
    assert.equal(frames.hostname, '127.0.0.1');
    assert.notEqual(frames.origin, page);
    const frame = await fetch(frameUrl);
    assert.equal(frame.status, 200);
    assert.match(await frame.text(), /<input/);
    const controller = await (await fetch(new URL('controller.html', frameUrl))).text();
    assert.ok(connectSrc(controller).includes(frames.origin), 'the frames send card data to their own origin\'s sandbox');
    assert.ok(!connectSrc(controller).includes(page), 'and never to the page\'s origin');
    assert.match(controller, new RegExp(`<meta name="dr-api-default" content="${frames.origin}" />`));
  });

  it('answers the payment API and the sandbox controls there, with isolated sandboxes for tests', async () => {
    const origin = new URL(metaFrameUrl(await (await fetch(`${page}/`)).text())!).origin;
    const created = await fetch(`${origin}/sources`, {
      method: 'POST',
      headers: { Authorization: 'Bearer pk_test_vite', 'Content-Type': 'application/json', Origin: page },
      body: JSON.stringify({ type: 'creditCard', creditCard: card }),
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-allow-origin'), '*');
    assert.equal(((await created.json()) as { state: string }).state, 'chargeable');
    const isolated = await connectSandbox(`${origin}/sandbox-api/~vite-test`);
    assert.deepEqual(await isolated.sources(), []);
    const before = isolated.clock.now().getTime();
    assert.ok((await isolated.clock.advance(16 * 60_000)).getTime() - before >= 16 * 60_000);
  });

  it('keeps the frames\' address and the sandbox\'s data when the dev server restarts (a config change)', async () => {
    const frameUrl = metaFrameUrl(await (await fetch(`${page}/`)).text())!;
    const sandbox = await connectSandbox(`${new URL(frameUrl).origin}/sandbox-api/~restart`);
    await sandbox.clock.advance(3_600_000);
    await server.restart();
    assert.equal(metaFrameUrl(await (await fetch(`${page}/`)).text()), frameUrl);
    assert.ok((await sandbox.clock.sync()).getTime() - Date.now() > 3_500_000, 'the same sandbox answers');
  });

  it('stops the second origin with the dev server', async () => {
    const origin = new URL(metaFrameUrl(await (await fetch(`${page}/`)).text())!).origin;
    const other = await createServer({ configFile: false, root: app, logLevel: 'silent', server: { host: '127.0.0.1', port: 4432, strictPort: true }, plugins: [drCheckout({ port: 4433 })] });
    await other.listen();
    const otherFrames = metaFrameUrl(await (await fetch('http://127.0.0.1:4432/')).text());
    assert.equal(otherFrames, 'http://127.0.0.1:4433/frames/frame.html');
    assert.equal((await fetch(otherFrames)).status, 200);
    await other.close();
    await assert.rejects(fetch(otherFrames), 'nothing answers once the dev server closed');
    assert.equal((await fetch(`${origin}/frames/frame.html`)).status, 200, 'the first server\'s frames live on');
  });
});

describe('vite build with the plugin', () => {
  it('writes the production frame URL into the pages and copies the production frames for their host', async () => {
    const outDir = join(app, 'dist');
    await build({
      configFile: false,
      root: app,
      logLevel: 'silent',
      build: { outDir },
      plugins: [drCheckout({ frameUrl: 'http://127.0.0.1:4499/dr/frame.html', framesOutDir: 'frames-host' })],
    });
    assert.equal(metaFrameUrl(readFileSync(join(outDir, 'index.html'), 'utf8')), 'http://127.0.0.1:4499/dr/frame.html');
    assert.deepEqual(readdirSync(join(app, 'frames-host')).sort(), readdirSync(join(dist, 'frames')).sort());
    assert.deepEqual(connectSrc(readFileSync(join(app, 'frames-host', 'controller.html'), 'utf8')), ['https://api.digitalriver.com']);
  });
});
