/** Everything one running sandbox holds: clock, data and options. One per service worker, Node process or server. */
import { createClock, type Clock } from './clock.js';
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
  cvcLifetimeMs: number;
  /** Empties the store and puts the clock back to real time. */
  reset(): void;
}

export const DEFAULT_CVC_LIFETIME_MS = 15 * 60 * 1000;

export function createSandboxState(options: SandboxOptions = {}): SandboxState {
  const clock = createClock();
  const store = createStore();
  return {
    clock,
    store,
    cvcLifetimeMs: options.cvcLifetimeMs ?? DEFAULT_CVC_LIFETIME_MS,
    reset() {
      store.reset();
      clock.reset();
    },
  };
}
