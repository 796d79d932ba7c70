/// <reference types="node" />
/**
 * Starts the sandbox as a standalone HTTP server:
 *   npm run sandbox -- --port 4010 [--host 127.0.0.1] [--cvc-lifetime-ms 900000] [--redirect-page-url URL]
 *                      [--challenge-page-url URL]
 * Besides the API (at the root), it is a sandbox deployment of the library: the secure fields' frames at /frames/,
 * trusting this sandbox only, and the script bundles from dist/ at /digitalriver.js and /digitalriver-checkout.js. A
 * page written for DigitalRiver.js runs against it by loading the library from here; nothing else changes.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { frameAssetsMiddleware } from '../../scripts/frame-assets.mjs';
import { startSandboxHttpServer } from './server.js';

const frames = frameAssetsMiddleware({ apiPath: '', minify: true, watch: false });
const BUNDLES = new Map([
  ['/digitalriver.js', 'digitalriver.js'],
  ['/digitalriver-checkout.js', 'digitalriver-checkout.js'],
]);
const DIST = new URL('../../dist/', import.meta.url);

function serveBundle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const file = BUNDLES.get(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (req.method !== 'GET' || !file) return next();
  readFile(new URL(file, DIST)).then(
    (body) => res.writeHead(200, { 'Content-Type': 'text/javascript', 'Access-Control-Allow-Origin': '*' }).end(body),
    () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`dist/${file} is missing: run npm run build.`),
  );
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'cvc-lifetime-ms': { type: 'string' },
    'redirect-page-url': { type: 'string' },
    'challenge-page-url': { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[sandbox] --port must be a port number, got "${values.port}"`);
  process.exit(2);
}
const cvc = values['cvc-lifetime-ms'];
const sandbox = await startSandboxHttpServer({
  port,
  host: values.host,
  cvcLifetimeMs: cvc === undefined ? undefined : Number(cvc),
  redirectPageUrl: values['redirect-page-url'],
  challengePageUrl: values['challenge-page-url'],
  middleware: (req, res, next) => frames(req, res, () => serveBundle(req, res, next)),
});
console.log(`[sandbox] payment API sandbox listening on ${sandbox.url}`);
console.log(`[sandbox] keys: pk_test_… (sources) and sk_test_… (everything); control: ${sandbox.url}/__sandbox/…`);
console.log(`[sandbox] the library, trusting this sandbox: <script src="${sandbox.url}/digitalriver.js">, frames at ${sandbox.url}/frames/`);

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
