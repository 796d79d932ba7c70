/**
 * The backend rules (src/sandbox/rules.suite.ts) against the sandbox in process: msw/node answers `fetch`.
 * The base is a host that cannot resolve, so a request the sandbox failed to intercept fails instead of leaving.
 */
import { defineRuleTests } from '../../src/sandbox/rules.suite.js';
import { setupSandboxServer } from '../../src/sandbox/node.js';
import { nodeTestFunctions } from './rules-node-env.js';

const BASE = 'http://sandbox.invalid/api';

defineRuleTests({
  name: 'Node, in process',
  ...nodeTestFunctions,
  start() {
    const sandbox = setupSandboxServer({ baseUrls: [BASE] });
    sandbox.listen();
    return { baseUrl: BASE, controls: sandbox, stop: () => sandbox.close() };
  },
});
