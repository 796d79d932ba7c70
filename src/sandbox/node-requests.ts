/// <reference types="node" />
/**
 * The sandbox behind Node's `http` request/response objects: `answerNodeRequest` answers one request with the MSW
 * handlers (the standalone server uses it), and `createSandboxMiddleware` mounts the sandbox in a dev server (Vite,
 * web-test-runner, a plain `node:http` server) at a path prefix such as `/sandbox-api`.
 *
 * Pages and the card-field frames on other origins then share one sandbox over HTTP: a service worker only answers its
 * own origin's requests, so cross-origin frames cannot use the in-page sandbox.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { getResponse } from 'msw';
import { createControls, type SandboxControls } from './controls.js';
import { createHandlers, type HandlerOptions } from './handlers.js';
import { CORS_HEADERS } from './router.js';
import { createSandboxState } from './state.js';

type Handlers = ReturnType<typeof createHandlers>;
type NodeRequest = IncomingMessage & { originalUrl?: string };

/** The largest request body the sandbox reads: an API request is a few KB, so this is generous. */
export const MAX_BODY_BYTES = 1024 * 1024;

const NOT_FOUND = '{"type":"not_found","errors":[{"code":"not_found","message":"No such endpoint in the sandbox."}]}';
const FAILED = '{"type":"api_error","errors":[{"code":"internal_server_error","message":"The sandbox failed to handle the request."}]}';
const TOO_LARGE = JSON.stringify({
  type: 'bad_request',
  errors: [{ code: 'request_too_large', message: `The request body is larger than the sandbox accepts (${MAX_BODY_BYTES / 1024 / 1024} MB).` }],
});

/**
 * Answers one Node request with the sandbox's handlers. The request URL is rebuilt from the `Host` header and the
 * full path (`originalUrl` when a framework stripped a mount path), so path bases (`/`, `/sandbox-api/~t1`) match
 * whatever host name the caller used. Unknown endpoints get a JSON 404; a `network_error` scenario drops the socket.
 */
export async function answerNodeRequest(handlers: Handlers, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const received = await readBody(req, MAX_BODY_BYTES);
    if (received === null) return tooLarge(req, res);
    const method = req.method ?? 'GET';
    const request = new Request(requestUrl(req), {
      method,
      headers: Object.entries(req.headers).flatMap(([k, v]) =>
        v === undefined || k.startsWith(':') ? [] : [[k, Array.isArray(v) ? v.join(', ') : v] as [string, string]],
      ),
      body: method === 'GET' || method === 'HEAD' || received.length === 0 ? undefined : received,
    });
    const response = await getResponse(handlers, request);
    if (!response || response.type === 'error') {
      // A `network_error` scenario: drop the connection like a failing network would.
      if (response) return void res.destroy();
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(NOT_FOUND);
      return;
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    const body = Buffer.from(await response.arrayBuffer());
    if (res.destroyed) return;
    res.writeHead(response.status, headers).end(body);
  } catch {
    if (res.destroyed) return;
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(FAILED);
  }
}

/**
 * The request body, or null as soon as it is larger than `limit` (a declared Content-Length or the bytes so far), so
 * an endless upload is never held in memory. Listeners rather than `for await`: leaving that loop early destroys the
 * socket, and the 413 could not be sent.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer<ArrayBuffer> | null> {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(null);
  // Already read by someone else: 'end' will not come again.
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      stop();
      chunks.length = 0;
      resolve(null);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    // The client went away before the end of its body.
    const onClose = () => onError(new Error('The request was aborted.'));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

/**
 * 413 in the API's error shape, and the connection closed after it: the rest of the body is read only to be dropped
 * (closing on unread data would reset the connection before the client reads the answer) until Node closes it.
 */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  if (res.destroyed) return;
  req.resume();
  res.writeHead(413, { ...CORS_HEADERS, 'Content-Type': 'application/json', Connection: 'close' }).end(TOO_LARGE);
}

function requestUrl(req: NodeRequest): string {
  const tls = (req.socket as TLSSocket | undefined)?.encrypted === true;
  return `${tls ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}${req.originalUrl ?? req.url ?? '/'}`;
}

export interface SandboxMiddlewareOptions extends Omit<HandlerOptions, 'state' | 'baseUrls'> {
  /** The path the sandbox answers under, e.g. `/sandbox-api`. */
  prefix: string;
  /**
   * How many tenants (`{prefix}/~name`) are kept; when a new one would exceed it, the one unused the longest is
   * dropped. Default 200.
   */
  maxTenants?: number;
}

/** A connect-style middleware (Vite, connect, express, or `node:http` with a fallback) serving the sandbox. */
export interface SandboxMiddleware {
  (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  readonly prefix: string;
  /** Whether a request's path falls under the prefix (the middleware answers it rather than calling `next`). */
  handles(req: IncomingMessage): boolean;
  /**
   * The controls of one tenant's sandbox, created if needed: `''` is the shared one at the bare prefix, any other
   * name the isolated one at `{prefix}/~name`.
   */
  tenant(name?: string): SandboxControls;
  /** The names of the tenants that exist now (`''` for the shared one, once used). */
  tenantNames(): string[];
}

/** Tenant names: letters, digits, `_` and `-`, at most 64. */
export const TENANT_NAME = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Serves the sandbox at `prefix`. The first path segment `~name` selects an isolated sandbox of its own, created on
 * first use (`/sandbox-api/~t123/sources`): its own store, clock and scenarios, so concurrent test files and QA
 * sessions never meet. Paths right below the prefix (`/sandbox-api/sources`) use one shared sandbox.
 *
 * Mount it without a path (`server.middlewares.use(middleware)`): it checks the prefix itself and calls `next()` for
 * everything else. The 3-D Secure challenge page defaults to `/sandbox/challenge.html` on the host the request came
 * to (serve `public/sandbox/` there); redirect payments default to the sandbox's own approval page at
 * `{tenant base}/__sandbox/redirect`. Either page gets the tenant's base in `?api=`.
 */
export function createSandboxMiddleware(options: SandboxMiddlewareOptions): SandboxMiddleware {
  const { prefix: rawPrefix, maxTenants = 200, ...handlerOptions } = options;
  const prefix = `/${rawPrefix.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  if (!prefix) throw new Error('createSandboxMiddleware: give a prefix such as "/sandbox-api".');
  const tenants = new Map<string, { handlers: Handlers; controls: SandboxControls }>();

  const tenantEntry = (name: string) => {
    let entry = tenants.get(name);
    if (entry) {
      // Most recently used last, so the first key is the one to drop.
      tenants.delete(name);
      tenants.set(name, entry);
      return entry;
    }
    const state = createSandboxState(handlerOptions);
    const base = name ? `${prefix}/~${name}` : prefix;
    entry = { handlers: createHandlers({ ...handlerOptions, state, baseUrls: [base] }), controls: createControls(state) };
    tenants.set(name, entry);
    while (tenants.size > Math.max(1, maxTenants)) tenants.delete(tenants.keys().next().value!);
    return entry;
  };

  const pathOf = (req: NodeRequest) => {
    const raw = req.originalUrl ?? req.url ?? '/';
    const end = raw.search(/[?#]/);
    return end === -1 ? raw : raw.slice(0, end);
  };
  const handles = (req: IncomingMessage) => {
    const path = pathOf(req);
    return path === prefix || path.startsWith(`${prefix}/`);
  };

  const middleware = ((req, res, next) => {
    if (!handles(req)) {
      if (next) next();
      else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const first = pathOf(req).slice(prefix.length).split('/')[1] ?? '';
    let name = '';
    if (first.startsWith('~')) {
      name = first.slice(1);
      if (!TENANT_NAME.test(name)) {
        res.writeHead(400, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(
          JSON.stringify({
            type: 'bad_request',
            errors: [{ code: 'invalid_parameter', parameter: 'tenant', message: 'A sandbox name after "~" has 1-64 letters, digits, "_" or "-".' }],
          }),
        );
        return;
      }
    }
    void answerNodeRequest(tenantEntry(name).handlers, req, res);
  }) as SandboxMiddleware;

  return Object.assign(middleware, {
    prefix,
    handles,
    tenant: (name = '') => {
      if (name && !TENANT_NAME.test(name)) throw new Error(`Not a sandbox tenant name: "${name}".`);
      return tenantEntry(name).controls;
    },
    tenantNames: () => [...tenants.keys()],
  });
}
