/**
 * `/__sandbox/*`: control of the sandbox over HTTP for tests, QA and other processes (no API key needed):
 * clock, reset, scenarios, and the shopper's side of asynchronous payments (redirect approval, wire funds).
 */
import { completeRedirect } from './sources.js';
import { sourceRecord } from './checkouts.js';
import { receiveFunds } from './orders.js';
import type { Reply, Route, RouteContext } from './router.js';
import { CORS_HEADERS } from './router.js';
import { badRequest, detail, invalidParameter } from './sandbox-error.js';
import { isScenario, type Scenario } from './scenarios.js';
import { viewSource } from './sources.js';

const clock = (c: RouteContext) => ({ status: 200, body: { now: c.state.clock.now().toISOString() } });

/** After a form post from the redirect page, send the shopper back to the storefront. */
function backToStore(c: RouteContext, url: string | undefined, body: unknown): Reply {
  if (c.url.searchParams.get('redirect') === '1' && url) {
    return new Response(null, { status: 303, headers: { ...CORS_HEADERS, Location: url } });
  }
  return { status: 200, body };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The provider a redirect method's approval page stands in for. */
const PROVIDERS: Record<string, string> = { payPal: 'PayPal', directDebit: 'SEPA Direct Debit' };

function redirectPage(c: RouteContext): Response {
  const id = c.url.searchParams.get('sourceId') ?? '';
  const record = sourceRecord(c.state, id, 'sourceId');
  const base = `${c.url.origin}${c.url.pathname.replace(/\/__sandbox\/redirect$/, '')}/__sandbox/sources/${encodeURIComponent(id)}`;
  const button = (action: string, label: string) =>
    `<form method="post" action="${escape(`${base}/${action}?redirect=1`)}"><button type="submit">${label}</button></form>`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox payment approval</title></head>
<body><main><h1>Sandbox ${escape(PROVIDERS[record.source.type] ?? record.source.type)} payment</h1>
<p>This page stands in for the payment provider. No real payment is made.</p>
<p>Source <code>${escape(id)}</code> is <strong>${escape(record.source.state)}</strong>${record.source.amount === undefined ? '' : ` for ${record.source.amount} ${escape(record.source.currency ?? '')}`}.</p>
${button('approve', 'Approve payment')}${button('decline', 'Decline payment')}</main></body></html>`;
  return new Response(html, { status: 200, headers: { ...CORS_HEADERS, 'Content-Type': 'text/html; charset=utf-8' } });
}

async function setScenarios(c: RouteContext): Promise<Reply> {
  const body = (await c.body()) as { scenarios?: unknown } | Scenario;
  const list = Array.isArray(body) ? body : 'name' in body ? [body] : (body as { scenarios?: unknown }).scenarios ?? [];
  if (!Array.isArray(list) || !list.every(isScenario)) {
    throw badRequest([detail('invalid_parameter', 'Give a scenario, an array of them, or {"scenarios": [...]}.', 'scenarios')]);
  }
  c.state.scenarios.set(list);
  return { status: 200, body: { scenarios: c.state.scenarios.list() } };
}

export const controlRoutes: Route[] = [
  { method: 'GET', path: '/__sandbox/clock', access: 'open', handle: clock },
  {
    method: 'POST',
    path: '/__sandbox/clock',
    access: 'open',
    handle: async (c) => {
      const body = (await c.body()) as { advanceMs?: unknown; set?: unknown; reset?: unknown };
      if (body.reset === true) c.state.clock.reset();
      if (body.set !== undefined) {
        if ((typeof body.set !== 'string' && typeof body.set !== 'number') || Number.isNaN(new Date(body.set).getTime())) {
          throw invalidParameter('set', 'set must be an ISO date or epoch milliseconds.');
        }
        c.state.clock.set(body.set);
      }
      if (body.advanceMs !== undefined) {
        if (typeof body.advanceMs !== 'number' || !(body.advanceMs >= 0)) throw invalidParameter('advanceMs', 'advanceMs must be a number >= 0.');
        c.state.clock.advance(body.advanceMs);
      }
      return clock(c);
    },
  },
  {
    method: 'GET',
    path: '/__sandbox/info',
    access: 'open',
    handle: (c) => ({ status: 200, body: { cvcLifetimeMs: c.state.cvcLifetimeMs, now: c.state.clock.now().toISOString() } }),
  },
  // What the store holds, without card details or secrets: for tests that count sources made by other origins' frames.
  {
    method: 'GET',
    path: '/__sandbox/sources',
    access: 'open',
    handle: (c) => ({
      status: 200,
      body: {
        sources: [...c.state.store.sources.values()].map(({ source }) => ({
          id: source.id,
          type: source.type,
          state: source.state,
          reusable: source.reusable,
        })),
      },
    }),
  },
  { method: 'POST', path: '/__sandbox/reset', access: 'open', handle: (c) => (c.state.reset(), { status: 204 }) },
  { method: 'GET', path: '/__sandbox/scenario', access: 'open', handle: (c) => ({ status: 200, body: { scenarios: c.state.scenarios.list() } }) },
  { method: 'POST', path: '/__sandbox/scenario', access: 'open', handle: setScenarios },
  { method: 'DELETE', path: '/__sandbox/scenario', access: 'open', handle: (c) => (c.state.scenarios.clear(), { status: 204 }) },
  { method: 'GET', path: '/__sandbox/redirect', access: 'open', handle: redirectPage },
  {
    method: 'POST',
    path: '/__sandbox/sources/:id/approve',
    access: 'open',
    handle: (c) => {
      const record = sourceRecord(c.state, c.params.id!, 'id');
      const source = completeRedirect(record, true);
      return backToStore(c, source.redirect?.returnUrl, source);
    },
  },
  {
    method: 'POST',
    path: '/__sandbox/sources/:id/decline',
    access: 'open',
    handle: (c) => {
      const record = sourceRecord(c.state, c.params.id!, 'id');
      const source = completeRedirect(record, false);
      return backToStore(c, source.redirect?.cancelUrl ?? source.redirect?.returnUrl, source);
    },
  },
  {
    method: 'POST',
    path: '/__sandbox/sources/:id/funds',
    access: 'open',
    handle: (c) => {
      const record = sourceRecord(c.state, c.params.id!, 'id');
      receiveFunds(c.state, record);
      return { status: 200, body: viewSource(record) };
    },
  },
];
