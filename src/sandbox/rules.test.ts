/**
 * The backend rules (rules.suite.ts) against the service-worker sandbox, in a real browser, at the library's default
 * base URL (the API a page written for DigitalRiver.js names; its frames call it, over HTTP, see docs/sandbox.md).
 * The same suite runs in Node in process (test/node/rules.in-process.test.ts) and over the standalone HTTP server
 * (test/node/rules.http-server.test.ts).
 */
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import { startSandbox } from './index.js';
import { defineRuleTests } from './rules.suite.js';

defineRuleTests({
  name: 'service worker',
  describe,
  it,
  before,
  after,
  beforeEach,
  async start() {
    const sandbox = await startSandbox({ quiet: true });
    return { baseUrl: DEFAULT_API_BASE_URL, controls: sandbox, stop: () => sandbox.stop() };
  },
});
