/**
 * Turns the sandbox's route table into MSW handlers that answer under several base URLs at once
 * (the library default, a same-origin path such as `/sandbox-api`, a loopback server, …).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { authorize, type Access, type KeyKind } from './auth.js';
import { detail, SandboxError, badRequest } from './sandbox-error.js';
import type { SandboxState } from './state.js';

export interface RouteContext {
  request: Request;
  url: URL;
  params: Record<string, string>;
  key: KeyKind | null;
  state: SandboxState;
  /** The JSON body; an empty body reads as `{}`, anything unparsable is a 400. */
  body(): Promise<unknown>;
}

/** A reply is a status with an optional JSON body, or a ready Response (HTML pages, redirects). */
export type Reply = { status: number; body?: unknown } | Response;

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** Path below the base, with `:name` parameters, e.g. `/sources/:id`. */
  path: string;
  access: Access;
  handle(ctx: RouteContext): Reply | Promise<Reply>;
}

/** Hook run before a route (scenarios: latency, failures); returning a Response answers instead of the route. */
export type BeforeRoute = (route: Route, request: Request) => Promise<Response | undefined> | Response | undefined;

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, X-Client-Secret, Accept',
  'Access-Control-Max-Age': '600',
};

interface Base {
  origin: string | null;
  path: string;
}

function parseBase(base: string): Base {
  const trimmed = base.replace(/\/+$/, '');
  if (trimmed.startsWith('/') || trimmed === '') return { origin: null, path: trimmed };
  const url = new URL(trimmed);
  return { origin: url.origin, path: url.pathname.replace(/\/+$/, '') };
}

/** The path below whichever base the URL falls under, or null. */
export function pathBelow(url: URL, bases: readonly Base[]): string | null {
  for (const base of bases) {
    if (base.origin !== null && base.origin !== url.origin) continue;
    if (url.pathname === base.path) return '/';
    if (url.pathname.startsWith(`${base.path}/`)) return url.pathname.slice(base.path.length);
  }
  return null;
}

function matchPath(pattern: string[], path: string): Record<string, string> | null {
  const parts = path.split('/').filter(Boolean);
  if (parts.length !== pattern.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const want = pattern[i]!;
    let got: string;
    try {
      got = decodeURIComponent(parts[i]!);
    } catch {
      return null;
    }
    if (want.startsWith(':')) params[want.slice(1)] = got;
    else if (want !== got) return null;
  }
  return params;
}

export function json(status: number, body?: unknown): Response {
  if (body === undefined) return new HttpResponse(null, { status, headers: CORS_HEADERS });
  return HttpResponse.json(body as never, { status, headers: CORS_HEADERS });
}

export function errorResponse(error: unknown, state?: SandboxState): Response {
  if (error instanceof SandboxError) return json(error.status, error.body);
  if (state && state.faults.push(String((error as Error)?.stack ?? error)) > 20) state.faults.shift();
  // Unexpected faults say nothing about the request: its body may hold a card number.
  return json(500, { type: 'api_error', errors: [detail('internal_server_error', 'The sandbox failed to handle the request.')] });
}

export function createRouter(routes: readonly Route[], baseUrls: readonly string[], state: SandboxState, before?: BeforeRoute): HttpHandler[] {
  const bases = baseUrls.map(parseBase);
  const handlers = routes.map((route) => {
    const pattern = route.path.split('/').filter(Boolean);
    return http[route.method.toLowerCase() as 'get' | 'post' | 'delete'](
      ({ request }) => {
        const below = pathBelow(new URL(request.url), bases);
        const params = below === null ? null : matchPath(pattern, below);
        return params ? { matches: true, params } : false;
      },
      async ({ request, params }) => {
        try {
          const early = await before?.(route, request);
          if (early) return early;
          const key = authorize(request, route.access);
          const reply = await route.handle({
            request,
            url: new URL(request.url),
            params: params as Record<string, string>,
            key,
            state,
            body: () => readJson(request),
          });
          return reply instanceof Response ? reply : json(reply.status, reply.body);
        } catch (error) {
          return errorResponse(error, state);
        }
      },
    );
  });
  // Last: CORS preflight for every path under a base, and a JSON 404 for unknown endpoints.
  const underBase = ({ request }: { request: Request }) => pathBelow(new URL(request.url), bases) !== null;
  handlers.push(http.options(underBase, () => new HttpResponse(null, { status: 204, headers: CORS_HEADERS })));
  handlers.push(
    http.all(underBase, () => json(404, { type: 'not_found', errors: [detail('not_found', 'No such endpoint in the sandbox.')] })),
  );
  return handlers;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest([detail('invalid_parameter', 'The request body is not valid JSON.')]);
  }
}
