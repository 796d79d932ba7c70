/** node:test functions for the shared backend-rule suite (src/sandbox/rules.suite.ts). */
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RuleTestFunctions } from '../../src/sandbox/rules.suite.js';

/** The same per-test limit as the browser runs (web-test-runner.config.mjs), so a hung request fails its test. */
const TEST_TIMEOUT_MS = 10_000;

export const nodeTestFunctions: RuleTestFunctions = {
  describe: (name, fn) => describe(name, fn),
  it: (name, fn) => it(name, { timeout: TEST_TIMEOUT_MS }, fn),
  before: (fn) => before(fn),
  after: (fn) => after(fn),
  beforeEach: (fn) => beforeEach(fn),
};
