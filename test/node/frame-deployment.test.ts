// Frame deployments: where each deployment of the secure fields lets card data go, as written into its documents, and
// the servers that serve them, asked for what a hostile request would ask.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import { buildFrameAssets, CACHE_CONTROL, frameAssetsMiddleware, sandboxDeployment } from '../../scripts/frame-assets.mjs';

const cspOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)![1]!;
const connectSrc = (html: string) => /connect-src ([^;]*)/.exec(cspOf(html))![1]!.trim().split(/\s+/);

describe('frame deployments', () => {
  it('production: the controller connects to the payment API only, the fields nowhere', async () => {
    const files = await buildFrameAssets();
    assert.deepEqual(connectSrc(files['controller.html']!), ['https://api.digitalriver.com']);
    assert.match(files['controller.html']!, /<meta name="dr-api-origins" content="https:\/\/api\.digitalriver\.com" \/>/);
    assert.deepEqual(connectSrc(files['frame.html']!), ["'none'"]);
    for (const html of [files['controller.html']!, files['frame.html']!]) {
      assert.doesNotMatch(cspOf(html), /localhost|127\.0\.0\.1|https:(\s|;|$)|\*/);
    }
  });

  it('a sandbox deployment trusts the server it comes from, on the loopback names only when it is on loopback', () => {
    assert.deepEqual(sandboxDeployment('localhost:5173'), {
      origins: ['http://localhost:5173', 'http://127.0.0.1:5173'],
      defaultBaseUrl: 'http://localhost:5173/sandbox-api',
    });
    assert.deepEqual(sandboxDeployment('sandbox.test:8080', ''), { origins: ['http://sandbox.test:8080'], defaultBaseUrl: 'http://sandbox.test:8080' });
    for (const host of ['evil.test"><script>', 'a b', 'host:80/path', '', undefined]) assert.equal(sandboxDeployment(host), undefined, String(host));
  });
});

describe('serving the frames', () => {
  let server: Server;
  let base: string;
  before(async () => {
    const frames = frameAssetsMiddleware({ watch: false });
    server = createServer((req, res) => frames(req, res, () => res.writeHead(404).end('not found')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  it('a request for a name that is not a frame file (__proto__, constructor) is passed on, and the server lives on', async () => {
    for (const name of ['__proto__', 'constructor', 'hasOwnProperty', '..%2Fpackage.json']) {
      assert.equal((await fetch(`${base}/frames/${name}`)).status, 404, name);
    }
    assert.equal((await fetch(`${base}/frames/frame.html`)).status, 200);
  });

  it('documents are revalidated on every load (304 while unchanged); the controller script is named by its content and cached for good', async () => {
    for (const document of ['frame.html', 'controller.html']) {
      const response = await fetch(`${base}/frames/${document}`);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      const etag = response.headers.get('etag')!;
      assert.match(etag, /^"[0-9a-f]{20}"$/);
      const again = await fetch(`${base}/frames/${document}`, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
      assert.equal((await fetch(`${base}/frames/${document}`, { headers: { 'If-None-Match': '"stale"' } })).status, 200);
    }
    const controller = await (await fetch(`${base}/frames/controller.html`)).text();
    const [, name, integrity] = /<script src="\.\/([\w-]+\.js)" integrity="([^"]+)"/.exec(controller)!;
    const script = await fetch(`${base}/frames/${name}`);
    assert.equal(script.headers.get('cache-control'), CACHE_CONTROL.script);
    assert.equal(CACHE_CONTROL.script, 'public, max-age=31536000, immutable');
    assert.match(script.headers.get('content-type')!, /^text\/javascript/);
    const body = await script.text();
    assert.equal(integrity, `sha384-${createHash('sha384').update(body).digest('base64')}`);
    assert.equal(name!.slice(-15, -3), createHash('sha256').update(body).digest('hex').slice(0, 12));
    // A name of the right shape but another hash (an old release) is not served as the current script.
    assert.equal((await fetch(`${base}/frames/${name!.replace(/[0-9a-f]{12}/, '000000000000')}`)).status, 404);
  });

  it('writes the Host it was asked for into the controller, and refuses one that is not a plain host name', async () => {
    const controller = await (await fetch(`${base}/frames/controller.html`)).text();
    const port = new URL(base).port;
    assert.deepEqual(connectSrc(controller), [`http://localhost:${port}`, `http://127.0.0.1:${port}`]);
    const refused = await new Promise<number | undefined>((resolve, reject) => {
      get(`${base}/frames/controller.html`, { headers: { host: 'x"><script>' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      }).on('error', reject);
    });
    assert.equal(refused, 400);
  });
});

describe('the example server', () => {
  it('answers /frames/__proto__ with 404 and keeps serving', async () => {
    const port = 4700 + Math.floor(Math.random() * 500);
    const child = spawn(process.execPath, ['scripts/serve-static.mjs', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      assert.equal((await fetch(`http://127.0.0.1:${port}/frames/__proto__`)).status, 404);
      assert.equal((await fetch(`http://127.0.0.1:${port}/frames/frame.html`)).status, 200);
    } finally {
      child.kill();
    }
  });
});
