/// <reference types="node" />
/**
 * The sandbox as a plain HTTP server, for storefront back ends and pages on other origins. It answers every
 * path from the root (`http://127.0.0.1:4010/sources`, …) with the same MSW handlers, through `getResponse`.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createControls, type SandboxControls } from './controls.js';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { answerNodeRequest } from './node-requests.js';
import { sandboxPagesUrl } from './package-files.js';
import { createSandboxState } from './state.js';

export interface SandboxHttpServer extends SandboxControls {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export interface HttpServerOptions extends Omit<HandlerOptions, 'state' | 'baseUrls'> {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  /** Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Answers requests before the API does (the CLI serves the frames and script bundles this way); calls next() to pass. */
  middleware?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}

export async function startSandboxHttpServer(options: HttpServerOptions = {}): Promise<SandboxHttpServer> {
  const state = createSandboxState(options);
  // A bare '/' base: whatever host name the caller used, every path is the API.
  const handlers = createHandlers({ ...options, state, baseUrls: ['/'] });
  const server = createServer((req, res) => {
    if (options.middleware) options.middleware(req, res, () => void answer(handlers, req, res));
    else void answer(handlers, req, res);
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    ...createControls(state),
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The 3-D Secure challenge page and its script (public/sandbox/, in the package dist/sandbox-pages/). */
const STATIC_PAGES: Record<string, { file: string; type: string }> = {
  '/sandbox/challenge.html': { file: 'challenge.html', type: 'text/html; charset=utf-8' },
  '/sandbox/challenge.js': { file: 'challenge.js', type: 'text/javascript; charset=utf-8' },
};

function serveStatic(req: IncomingMessage, res: ServerResponse): boolean {
  const page = req.method === 'GET' ? STATIC_PAGES[new URL(req.url ?? '/', 'http://localhost').pathname] : undefined;
  if (!page) return false;
  try {
    res.writeHead(200, { 'Content-Type': page.type }).end(readFileSync(new URL(page.file, sandboxPagesUrl)));
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`The sandbox challenge page is missing from ${sandboxPagesUrl.pathname}.`);
  }
  return true;
}

async function answer(handlers: ReturnType<typeof createHandlers>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (serveStatic(req, res)) return;
  await answerNodeRequest(handlers, req, res);
}
