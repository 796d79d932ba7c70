/** Node entry of the sandbox: the same handlers, answering `fetch` in-process (for tests of Node code). */
import { setupServer } from 'msw/node';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { createSandboxState, type SandboxState } from './state.js';

export interface SandboxServer {
  /** The MSW server; call `listen()` before the tests and `close()` after. */
  server: ReturnType<typeof setupServer>;
  state: SandboxState;
  clock: SandboxState['clock'];
  store: SandboxState['store'];
  reset(): void;
  listen(): void;
  close(): void;
}

export function setupSandboxServer(options: Omit<HandlerOptions, 'state'> = {}): SandboxServer {
  const state = createSandboxState(options);
  const server = setupServer(...createHandlers({ ...options, state }));
  return {
    server,
    state,
    clock: state.clock,
    store: state.store,
    reset: () => state.reset(),
    listen: () => server.listen({ onUnhandledRequest: 'bypass' }),
    close: () => server.close(),
  };
}

export * from './core.js';
