/** The same controls the `/__sandbox` routes offer, as functions for tests and the demo. */
import type { Source } from '../api/schemas.js';
import { sourceRecord } from './checkouts.js';
import { receiveFunds } from './orders.js';
import type { Scenario, Scenarios } from './scenarios.js';
import { completeRedirect, viewSource } from './sources.js';
import type { SandboxState } from './state.js';
import type { Clock } from './clock.js';
import type { Store } from './store.js';

export interface SandboxControls {
  clock: Clock;
  store: Store;
  scenarios: Scenarios;
  state: SandboxState;
  /** How long a card's security code stays usable (read-only; set it with the `cvcLifetimeMs` option). */
  readonly cvcLifetimeMs: number;
  /** Empties the store, clears scenarios, puts the clock back to real time. */
  reset(): void;
  /** Replaces the active scenarios; `null` clears them. */
  setScenario(scenario: Scenario | Scenario[] | null): void;
  /** The shopper approves (or declines) a PayPal / direct debit redirect. */
  approveRedirect(sourceId: string): Source;
  declineRedirect(sourceId: string): Source;
  /** The funds of a wire transfer arrive. */
  receiveFunds(sourceId: string): Source;
}

export function createControls(state: SandboxState): SandboxControls {
  return {
    clock: state.clock,
    store: state.store,
    scenarios: state.scenarios,
    state,
    cvcLifetimeMs: state.cvcLifetimeMs,
    reset: () => state.reset(),
    setScenario: (scenario) => state.scenarios.set(scenario),
    approveRedirect: (id) => completeRedirect(sourceRecord(state, id), true),
    declineRedirect: (id) => completeRedirect(sourceRecord(state, id), false),
    receiveFunds(id) {
      const record = sourceRecord(state, id);
      receiveFunds(state, record);
      return viewSource(record);
    },
  };
}
