/** The sandbox's MSW request handlers, the same for the service worker, Node tests and the HTTP server. */
import type { HttpHandler } from 'msw';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import { availableMethodRoutes } from './available-methods.routes.js';
import { commerceRoutes } from './commerce.routes.js';
import { controlRoutes } from './control.routes.js';
import { createRouter, type RouteContext } from './router.js';
import { challengeRoutes } from './challenge.routes.js';
import { sourceRoutes } from './sources.routes.js';
import { createSandboxState, type SandboxOptions, type SandboxState } from './state.js';

export interface HandlerOptions extends SandboxOptions {
  /** Share state with other handlers or a `Sandbox` object; a fresh one is made when absent. */
  state?: SandboxState;
  /**
   * Page that approves or declines redirect payments (PayPal, direct debit); it receives `?sourceId=&api=`, where
   * `api` is the sandbox's base, or `{page origin}/__sandbox-page` when a browser page's sandbox answers an API on
   * another origin (the shipped page reports only to its own origin). Default: in a browser `/sandbox/redirect.html`
   * on the page's origin (ship `public/sandbox/`, since a service worker cannot answer page navigations); in Node
   * `{base}/__sandbox/redirect`, which the standalone server renders.
   */
  redirectPageUrl?: string;
  /**
   * The 3-D Secure challenge page a `requires_action` card source points at (`source.authentication.challengeUrl`,
   * with `?sourceId=&api=` added). Default `/sandbox/challenge.html` on the page's origin in a browser (ship
   * `public/sandbox/challenge.html` and `challenge.js` there) and on the server's origin for the HTTP server, which
   * serves both files. Relative URLs are resolved against the page.
   */
  challengePageUrl?: string;
}

export function defaultBaseUrls(options: SandboxOptions = {}): string[] {
  return options.baseUrls?.length ? options.baseUrls : [DEFAULT_API_BASE_URL];
}

/**
 * In a browser, the worker also answers the approval page's two calls (approve, decline) below this path of the
 * page's own origin: the page reports only to a sandbox on its own origin, and the API's base may be on another.
 */
export const PAGE_CONTROL_PATH = '/__sandbox-page';

export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const state = options.state ?? createSandboxState(options);
  const apiBase = (ctx: RouteContext) => `${ctx.url.origin}${ctx.url.pathname.replace(/\/sources$/, '')}`;
  const pageOrigin = typeof location === 'undefined' ? null : location.origin;
  const pageBase = (ctx: RouteContext) => (typeof location === 'undefined' ? ctx.url.origin : location.href);
  // A service worker cannot answer a page navigation, so in the browser the approval page is a static file of the
  // sandbox (public/sandbox/redirect.html) that calls the control API; the HTTP server renders its own.
  const redirectPage = (ctx: RouteContext) => {
    if (!options.redirectPageUrl && pageOrigin === null) return `${apiBase(ctx)}/__sandbox/redirect`;
    const page = new URL(options.redirectPageUrl ?? '/sandbox/redirect.html', pageBase(ctx));
    const foreignApi = ctx.url.origin !== page.origin && page.origin === pageOrigin;
    page.searchParams.set('api', foreignApi ? `${pageOrigin}${PAGE_CONTROL_PATH}` : apiBase(ctx));
    return page.href;
  };
  const challengePage = (ctx: RouteContext) => new URL(options.challengePageUrl ?? '/sandbox/challenge.html', pageBase(ctx)).href;
  const routes = [...controlRoutes, ...challengeRoutes, ...sourceRoutes(redirectPage, challengePage), ...availableMethodRoutes, ...commerceRoutes];
  const handlers = createRouter(routes, defaultBaseUrls(options), state, (route) => state.scenarios.apply(route));
  if (pageOrigin === null) return handlers;
  const approval = controlRoutes.filter((route) => /\/(approve|decline)$/.test(route.path));
  // First, so that a catch-all base such as '/' cannot answer them with a 404.
  return [...createRouter(approval, [`${pageOrigin}${PAGE_CONTROL_PATH}`], state), ...handlers];
}
