/** HTTP side of `/sources`: parsing, keys and client secrets; the rules are in `sources.ts`. */
import { CLIENT_SECRET_HEADER } from '../api/client.js';
import { AuthenticateSourceSchema, CreateAnySourceSchema, UpdateSourceSchema } from '../api/schemas.js';
import type { Route, RouteContext } from './router.js';
import { authenticateSource, createSource, findSource, updateSource } from './sources.js';
import { parseBody } from './validate.js';

const clientSecretOf = (ctx: RouteContext) =>
  ctx.request.headers.get(CLIENT_SECRET_HEADER) ?? ctx.url.searchParams.get('clientSecret');

const sourceFor = (ctx: RouteContext) => findSource(ctx.state, ctx.params.id!, ctx.key, clientSecretOf(ctx));

/**
 * `redirectPage`: where redirect methods (PayPal, direct debit) send the shopper to approve or decline;
 * `challengePage`: the absolute URL of the 3-D Secure challenge page.
 */
export function sourceRoutes(redirectPage: (ctx: RouteContext) => string, challengePage?: (ctx: RouteContext) => string): Route[] {
  return [
    {
      method: 'POST',
      path: '/sources',
      access: 'public',
      handle: async (ctx) => ({
        status: 201,
        body: createSource(ctx.state, ctx.key!, parseBody(CreateAnySourceSchema, await ctx.body()), redirectPage(ctx), {
          url: challengePage?.(ctx) ?? new URL('/sandbox/challenge.html', ctx.url).href,
          apiBase: `${ctx.url.origin}${ctx.url.pathname.replace(/\/sources$/, '')}`,
        }),
      }),
    },
    { method: 'GET', path: '/sources/:id', access: 'public', handle: (ctx) => ({ status: 200, body: sourceFor(ctx).source }) },
    {
      method: 'POST',
      path: '/sources/:id',
      access: 'public',
      handle: async (ctx) => {
        const record = sourceFor(ctx);
        return { status: 200, body: updateSource(ctx.state, record, parseBody(UpdateSourceSchema, await ctx.body())) };
      },
    },
    {
      method: 'POST',
      path: '/sources/:id/authenticate',
      access: 'public',
      handle: async (ctx) => {
        const record = sourceFor(ctx);
        return { status: 200, body: authenticateSource(ctx.state, record, parseBody(AuthenticateSourceSchema, await ctx.body())) };
      },
    },
  ];
}
