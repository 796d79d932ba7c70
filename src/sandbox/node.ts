/// <reference types="node" />
/**
 * Node entry of the sandbox (`dr-checkout-widget/sandbox/node`; needs `msw`): the same handlers answering `fetch` in
 * process (`setupSandboxServer`, for tests of Node code), as an HTTP server (`startSandboxHttpServer`, and
 * `startSandboxDeployment` with the card frames and script bundles, what `npx dr-checkout-sandbox` runs), and as
 * connect-style middleware for Vite, Express or connect (`createSandboxMiddleware`, `createFramesMiddleware`).
 */
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
export { startSandboxHttpServer, type SandboxHttpServer, type HttpServerOptions } from './server.js';
export { startSandboxDeployment, type SandboxDeployment, type SandboxDeploymentOptions } from './deployment.js';
export { createSandboxMiddleware, answerNodeRequest, type SandboxMiddleware, type SandboxMiddlewareOptions } from './node-requests.js';
export { createFramesMiddleware, sandboxDeployment, type FrameDeployment, type FramesMiddlewareOptions } from './frames.js';
export { copyProductionFrames } from './package-files.js';
