/** The backend rules (src/sandbox/rules.suite.ts) against the standalone HTTP server, over loopback on a free port. */
import { defineRuleTests } from '../../src/sandbox/rules.suite.js';
import { startSandboxHttpServer } from '../../src/sandbox/server.js';
import { nodeTestFunctions } from './rules-node-env.js';

defineRuleTests({
  name: 'HTTP server',
  ...nodeTestFunctions,
  async start() {
    const sandbox = await startSandboxHttpServer({ port: 0 });
    return { baseUrl: sandbox.url, controls: sandbox, stop: () => sandbox.close() };
  },
});
