/// <reference types="node" />
/**
 * Starts the sandbox as a standalone HTTP server:
 *   npm run sandbox -- --port 4010 [--host 127.0.0.1] [--cvc-lifetime-ms 900000] [--redirect-page-url URL]
 *                      [--challenge-page-url URL]
 */
import { parseArgs } from 'node:util';
import { startSandboxHttpServer } from './server.js';

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
});
console.log(`[sandbox] payment API sandbox listening on ${sandbox.url}`);
console.log(`[sandbox] keys: pk_test_… (sources) and sk_test_… (everything); control: ${sandbox.url}/__sandbox/…`);

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
