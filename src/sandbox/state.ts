/** Everything one running sandbox holds: clock, data, scenarios and options. One per worker, Node process or server. */
import { createClock, type Clock } from './clock.js';
import { createScenarios, type Scenarios } from './scenarios.js';
import { createStore, type Store } from './store.js';

export interface SandboxOptions {
  /** Base URLs answered, absolute or same-origin paths. Default: the library's default API base URL. */
  baseUrls?: string[];
  /** How long a card's security code stays usable after it was collected. Default 15 minutes. */
  cvcLifetimeMs?: number;
}

export interface SandboxState {
  clock: Clock;
  store: Store;
  scenarios: Scenarios;
  cvcLifetimeMs: number;
  /** Unexpected internal errors (sandbox bugs), newest last, for tests to assert on; never sent to callers. */
  faults: string[];
  /** Empties the store, clears the scenarios and puts the clock back to real time. */
  reset(): void;
}

export const DEFAULT_CVC_LIFETIME_MS = 15 * 60 * 1000;

export function createSandboxState(options: SandboxOptions = {}): SandboxState {
  const clock = createClock();
  const store = createStore();
  const scenarios = createScenarios();
  const faults: string[] = [];
  return {
    clock,
    store,
    scenarios,
    cvcLifetimeMs: options.cvcLifetimeMs ?? DEFAULT_CVC_LIFETIME_MS,
    faults,
    reset() {
      store.reset();
      scenarios.clear();
      clock.reset();
      faults.length = 0;
    },
  };
}
