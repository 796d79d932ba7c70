/**
 * Control of a sandbox that runs elsewhere (the HTTP server, or the dev servers' `/sandbox-api` middleware) through
 * its `/__sandbox` routes. Browser-safe: `fetch` only, no MSW. The demo and the tests that involve the card-field
 * frames use it, since the frames call the API from their own origin and must share the page's sandbox.
 */
import type { Source, SourceState } from '../api/schemas.js';
import type { Scenario } from './scenarios.js';
import { parseJson } from '../api/request.js';

/** The sandbox clock, mirrored: `now()` is synchronous (what expiry trackers need); changes go to the server. */
export interface RemoteClock {
  /** The server's sandbox time, from the offset read at connect and after each change made through this object. */
  now(): Date;
  /** Moves the server's clock forward by `ms`; resolves to the new time. */
  advance(ms: number): Promise<Date>;
  /** Jumps to `date` (time keeps running from there). */
  set(date: Date | string | number): Promise<Date>;
  /** Back to real time. */
  reset(): Promise<Date>;
  /** Re-reads the server's clock (after another client moved it). */
  sync(): Promise<Date>;
}

/** A source as the sandbox lists it: no card details, no client secret. */
export interface RemoteSourceSummary {
  id: string;
  type: Source['type'];
  state: SourceState;
  reusable: boolean;
}

export interface RemoteSandbox {
  /** The API base to pass as `apiBaseUrl` (and to `sandboxCheckoutServer({ baseUrl })`), without a trailing slash. */
  readonly url: string;
  readonly clock: RemoteClock;
  /** How long a card's security code stays usable in this sandbox. */
  readonly cvcLifetimeMs: number;
  /** Empties the store, clears scenarios, puts the clock back to real time. */
  reset(): Promise<void>;
  /** Replaces the active scenarios; `null` clears them. */
  setScenario(scenario: Scenario | Scenario[] | null): Promise<void>;
  /** The active scenarios. */
  scenarios(): Promise<Scenario[]>;
  /** The shopper approves (or declines) a PayPal / direct debit redirect. */
  approveRedirect(sourceId: string): Promise<Source>;
  declineRedirect(sourceId: string): Promise<Source>;
  /** The funds of a wire transfer arrive. */
  receiveFunds(sourceId: string): Promise<Source>;
  /** Every source in the store, oldest first. */
  sources(): Promise<RemoteSourceSummary[]>;
}

/** A control request the sandbox refused or could not answer. */
export class RemoteSandboxError extends Error {
  override name = 'RemoteSandboxError';
  constructor(
    message: string,
    readonly status: number,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

/**
 * Connects to a sandbox at `baseUrl` (e.g. `http://127.0.0.1:5173/sandbox-api/~qa1` or `http://127.0.0.1:4010`):
 * reads its clock and security-code lifetime. Rejects with a `RemoteSandboxError` when nothing answers there.
 */
export async function connectSandbox(baseUrl: string): Promise<RemoteSandbox> {
  const url = new URL(baseUrl, typeof location === 'undefined' ? undefined : location.href).href.replace(/\/+$/, '');
  const control = `${url}/__sandbox`;
  let offset = 0;

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${control}${path}`, {
        method,
        ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw new RemoteSandboxError(`The sandbox at ${url} did not answer (${(error as Error)?.message ?? error}).`, 0);
    }
    const text = await response.text();
    const parsed = parseJson(text);
    if (!response.ok) {
      const first = (parsed as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message;
      throw new RemoteSandboxError(`The sandbox refused ${method} ${path}: ${first ?? `HTTP ${response.status}`}`, response.status, parsed);
    }
    return parsed as T;
  }

  /** Reads `{now}` and keeps the offset to the local clock, measured at the middle of the round trip. */
  async function clockCall(method: string, body?: unknown): Promise<Date> {
    const sent = Date.now();
    const { now } = await call<{ now: string }>(method, '/clock', body);
    const server = Date.parse(now);
    if (Number.isNaN(server)) throw new RemoteSandboxError(`The sandbox at ${url} sent no clock.`, 200, now);
    offset = server - (sent + Date.now()) / 2;
    return new Date(server);
  }

  const info = await call<{ cvcLifetimeMs?: unknown; now?: unknown } | undefined>('GET', '/info');
  if (typeof info?.cvcLifetimeMs !== 'number') throw new RemoteSandboxError(`${url} is not a sandbox (no /__sandbox/info).`, 200, info);
  await clockCall('GET');

  const clock: RemoteClock = {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => clockCall('POST', { advanceMs: ms }),
    set: (date) => clockCall('POST', { set: date instanceof Date ? date.getTime() : date }),
    reset: () => clockCall('POST', { reset: true }),
    sync: () => clockCall('GET'),
  };

  return {
    url,
    clock,
    cvcLifetimeMs: info.cvcLifetimeMs,
    async reset() {
      await call('POST', '/reset');
      await clock.sync();
    },
    async setScenario(scenario) {
      if (scenario === null || (Array.isArray(scenario) && scenario.length === 0)) await call('DELETE', '/scenario');
      else await call('POST', '/scenario', { scenarios: Array.isArray(scenario) ? scenario : [scenario] });
    },
    scenarios: async () => (await call<{ scenarios: Scenario[] }>('GET', '/scenario')).scenarios,
    approveRedirect: (id) => call<Source>('POST', `/sources/${encodeURIComponent(id)}/approve`),
    declineRedirect: (id) => call<Source>('POST', `/sources/${encodeURIComponent(id)}/decline`),
    receiveFunds: (id) => call<Source>('POST', `/sources/${encodeURIComponent(id)}/funds`),
    sources: async () => (await call<{ sources: RemoteSourceSummary[] }>('GET', '/sources')).sources,
  };
}

/**
 * A fresh, isolated sandbox's base URL on a dev server that mounts the sandbox middleware at `prefix`:
 * `${origin}${prefix}/~${random}`. It exists once first used.
 */
export function newTenantUrl(origin: string, prefix = '/sandbox-api'): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const name = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${origin.replace(/\/+$/, '')}/${prefix.replace(/^\/+|\/+$/g, '')}/~${name}`;
}
