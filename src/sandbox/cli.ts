/// <reference types="node" />
/**
 * `npx dr-checkout-sandbox` (and `npm run sandbox` in this repository): the sandbox as a standalone HTTP server,
 *   dr-checkout-sandbox [--port 4010] [--host 127.0.0.1] [--cvc-lifetime-ms 900000] [--redirect-page-url URL]
 *                       [--challenge-page-url URL]
 * a sandbox deployment of the library (see deployment.ts): the API at the root, isolated sandboxes at
 * /sandbox-api/~name, the card frames at /frames/ trusting this sandbox only, and the script bundles.
 */
import { parseArgs } from 'node:util';
import { startSandboxDeployment } from './node.js';

const USAGE = `usage: dr-checkout-sandbox [--port 4010] [--host 127.0.0.1] [--cvc-lifetime-ms 900000]
                           [--redirect-page-url URL] [--challenge-page-url URL]`;

function fail(message: string): never {
  console.error(`[sandbox] ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'cvc-lifetime-ms': { type: 'string' },
      'redirect-page-url': { type: 'string' },
      'challenge-page-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got "${values.port}"`);
const cvc = values['cvc-lifetime-ms'];
const cvcLifetimeMs = cvc === undefined ? undefined : Number(cvc);
if (cvcLifetimeMs !== undefined && !(cvcLifetimeMs > 0)) fail(`--cvc-lifetime-ms must be a positive number, got "${cvc}"`);

const sandbox = await startSandboxDeployment({
  port,
  host: values.host,
  cvcLifetimeMs,
  redirectPageUrl: values['redirect-page-url'],
  challengePageUrl: values['challenge-page-url'],
}).catch((error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message));
console.log(`[sandbox] payment API sandbox listening on ${sandbox.url}`);
console.log(`[sandbox] keys: pk_test_… (sources) and sk_test_… (everything); control: ${sandbox.url}/__sandbox/…; isolated sandboxes: ${sandbox.tenantsUrl}/~name`);
console.log(`[sandbox] the library, trusting this sandbox: <script src="${sandbox.url}/digitalriver.js">, frames at ${sandbox.frameUrl}`);

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
