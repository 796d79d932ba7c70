// The payment API sandbox and the card-field frame files inside the dev servers (Vite dev and preview,
// web-test-runner, scripts/serve-static.mjs). Pages and their cross-origin card frames reach one sandbox over HTTP at
// /sandbox-api (isolated ones at /sandbox-api/~name), and the frames' files at /frames/.
//
//   sandboxMiddleware(options)   connect-style (req, res, next) middleware: src/sandbox/node-requests.ts, loaded through tsx
//   sandboxVitePlugin(options)   both middlewares in `vite` (configureServer) and `vite preview` (configurePreviewServer)
//   koaMiddleware(middleware)    a connect-style middleware for web-test-runner's Koa stack
import { tsImport } from 'tsx/esm/api';
import { frameAssetsMiddleware } from './frame-assets.mjs';

export const SANDBOX_PREFIX = '/sandbox-api';

// One sandbox per process and prefix, so a Vite restart (config change) keeps the QA sessions' tenants.
const running = (globalThis[Symbol.for('dr-checkout-widget.dev-sandboxes')] ??= new Map());

/**
 * The sandbox middleware at `prefix`; options as `createSandboxMiddleware` (`cvcLifetimeMs`, `challengePageUrl`,
 * `redirectPageUrl`, `maxTenants`). The TypeScript module loads on the first request.
 */
export function sandboxMiddleware({ prefix = SANDBOX_PREFIX, ...options } = {}) {
  const key = `${prefix}|${JSON.stringify(options)}`;
  if (!running.has(key)) {
    running.set(
      key,
      tsImport('../src/sandbox/node-requests.ts', import.meta.url).then((module) => module.createSandboxMiddleware({ prefix, ...options })),
    );
  }
  const ready = running.get(key);
  const pathPrefix = `/${prefix.replace(/^\/+|\/+$/g, '')}`;
  return (req, res, next) => {
    const path = (req.originalUrl ?? req.url ?? '/').split(/[?#]/)[0];
    if (path !== pathPrefix && !path.startsWith(`${pathPrefix}/`)) return next();
    ready.then(
      (middleware) => middleware(req, res, next),
      (error) => {
        console.error('[sandbox] could not load src/sandbox/node-requests.ts:', error);
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end('The sandbox failed to start; see the dev server log.');
      },
    );
  };
}

/** Vite plugin: the sandbox at `prefix` and the frame files at /frames/, in the dev server and in `vite preview`. */
export function sandboxVitePlugin(options = {}) {
  const mount = (server) => {
    // Called directly (not returned), so they run before Vite's own middlewares (SPA fallback, transforms).
    server.middlewares.use(sandboxMiddleware(options));
    server.middlewares.use(frameAssetsMiddleware());
  };
  return { name: 'dr-sandbox-and-frames', configureServer: mount, configurePreviewServer: mount };
}

/** Wraps a connect-style middleware for Koa (web-test-runner): Koa leaves the response alone unless it calls next(). */
export function koaMiddleware(middleware) {
  return (ctx, next) =>
    new Promise((resolve, reject) => {
      ctx.respond = false;
      const done = () => resolve();
      ctx.res.once('finish', done);
      ctx.res.once('close', done);
      middleware(ctx.req, ctx.res, (error) => {
        ctx.res.off('finish', done);
        ctx.res.off('close', done);
        ctx.respond = true;
        if (error) reject(error);
        else next().then(resolve, reject);
      });
    });
}
