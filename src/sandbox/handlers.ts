/** The sandbox's MSW request handlers, the same for the service worker, Node tests and the HTTP server. */
import type { HttpHandler } from 'msw';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
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
   * Page that approves or declines redirect payments (PayPal, direct debit); it receives `?sourceId=&api=`.
   * Default: in a browser `/sandbox/redirect.html` on the page's origin (ship `public/sandbox/`, since a service
   * worker cannot answer page navigations); in Node `{base}/__sandbox/redirect`, which the standalone server renders.
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

export function createHandlers(options: HandlerOptions = {}): HttpHandler[] {
  const state = options.state ?? createSandboxState(options);
  const apiBase = (ctx: RouteContext) => `${ctx.url.origin}${ctx.url.pathname.replace(/\/sources$/, '')}`;
  const pageBase = (ctx: RouteContext) => (typeof location === 'undefined' ? ctx.url.origin : location.href);
  // A service worker cannot answer a page navigation, so in the browser the approval page is a static file of the
  // sandbox (public/sandbox/redirect.html) that calls the control API; the HTTP server renders its own.
  const redirectPage = (ctx: RouteContext) => {
    if (!options.redirectPageUrl && typeof location === 'undefined') return `${apiBase(ctx)}/__sandbox/redirect`;
    const page = new URL(options.redirectPageUrl ?? '/sandbox/redirect.html', pageBase(ctx));
    page.searchParams.set('api', apiBase(ctx));
    return page.href;
  };
  const challengePage = (ctx: RouteContext) => new URL(options.challengePageUrl ?? '/sandbox/challenge.html', pageBase(ctx)).href;
  const routes = [...controlRoutes, ...challengeRoutes, ...sourceRoutes(redirectPage, challengePage), ...commerceRoutes];
  return createRouter(routes, defaultBaseUrls(options), state, (route) => state.scenarios.apply(route));
}
