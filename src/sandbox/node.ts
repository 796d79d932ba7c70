/// <reference types="node" />
/** Node entry of the sandbox: the same handlers, answering `fetch` in-process (for tests of Node code). */
import { setupServer } from 'msw/node';
import { createControls, type SandboxControls } from './controls.js';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { createSandboxState } from './state.js';

export interface SandboxServer extends SandboxControls {
  /** The MSW server, for `use()` overrides. */
  server: ReturnType<typeof setupServer>;
  /** Starts intercepting `fetch` (call before the tests). */
  listen(): void;
  close(): void;
}

export function setupSandboxServer(options: Omit<HandlerOptions, 'state'> = {}): SandboxServer {
  const state = createSandboxState(options);
  const server = setupServer(...createHandlers({ ...options, state }));
  return {
    ...createControls(state),
    server,
    listen: () => server.listen({ onUnhandledRequest: 'bypass' }),
    close: () => server.close(),
  };
}

export * from './core.js';
export { startSandboxHttpServer, type SandboxHttpServer } from './server.js';
