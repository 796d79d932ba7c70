/**
 * Browser entry of the sandbox: the payment API answered by a service worker, for the demo and static QA pages.
 * Never part of the shipped widget (msw/browser alone weighs ~155 KB).
 */
import { setupWorker } from 'msw/browser';
import { sandboxCheckoutServer } from './checkout-server.js';
import { createControls, type SandboxControls } from './controls.js';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { createSandboxState } from './state.js';

export interface StartSandboxOptions extends Omit<HandlerOptions, 'state'> {
  /** Default '/mockServiceWorker.js'. */
  workerUrl?: string;
  /** Silences MSW's console messages. */
  quiet?: boolean;
}

/** A running browser sandbox: clock, store, scenarios and the shopper-side controls, plus `stop()`. */
export interface Sandbox extends SandboxControls {
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
  // Test-key checkouts that pass no server use this one (see CheckoutOptions.server).
  const base = options.baseUrls?.[0];
  (globalThis as Record<symbol, unknown>)[Symbol.for('digitalriver.sandbox.checkoutServer')] = sandboxCheckoutServer(base ? { baseUrl: base } : {});
  return { ...createControls(state), stop: () => worker.stop() };
}

export * from './core.js';
