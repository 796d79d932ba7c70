/**
 * Browser entry of the sandbox: the payment API answered by a service worker, for the demo and static QA pages.
 * Never part of the shipped widget (msw/browser alone weighs ~155 KB).
 */
import { setupWorker } from 'msw/browser';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { createSandboxState, type SandboxState } from './state.js';
import type { Clock } from './clock.js';
import type { Store } from './store.js';

export interface StartSandboxOptions extends Omit<HandlerOptions, 'state'> {
  /** Default '/mockServiceWorker.js'. */
  workerUrl?: string;
  /** Silences MSW's console messages. */
  quiet?: boolean;
}

export interface Sandbox {
  clock: Clock;
  store: Store;
  state: SandboxState;
  /** Empties the store, puts the clock back to real time. */
  reset(): void;
  /** Stops answering requests. */
  stop(): void;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<Sandbox> {
  const state = createSandboxState(options);
  const worker = setupWorker(...createHandlers({ ...options, state }));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: options.quiet ?? false,
  });
  return {
    clock: state.clock,
    store: state.store,
    state,
    reset: () => state.reset(),
    stop: () => worker.stop(),
  };
}

export * from './core.js';
