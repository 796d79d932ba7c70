/// <reference types="node" />
/**
 * The sandbox HTTP server as a sandbox deployment of the library, what `npx dr-checkout-sandbox` and the Vite plugin
 * start: the API at the root (one shared sandbox), isolated sandboxes at `/sandbox-api/~name`, the card frames at
 * `/frames/` trusting this server only, and the script bundles at `/digitalriver.js`, `/digitalriver-checkout.js` and `/digitalriver-dropin.js`.
 * A page written for DigitalRiver.js runs against it by loading the library from it; a page that loads the library
 * from elsewhere names its `frame.html` (the `frameUrl` option, or `<meta name="dr-frame-url">`).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFramesMiddleware } from './frames.js';
import { createSandboxMiddleware } from './node-requests.js';
import { distUrl } from './package-files.js';
import { startSandboxHttpServer, type HttpServerOptions, type SandboxHttpServer } from './server.js';

export interface SandboxDeploymentOptions extends HttpServerOptions {
  /** Where isolated sandboxes are served (`{tenantsPath}/~name`). Default `/sandbox-api`. */
  tenantsPath?: string;
}

export interface SandboxDeployment extends SandboxHttpServer {
  /** The field frame's address on this server, for the `frameUrl` option or `<meta name="dr-frame-url">`. */
  frameUrl: string;
  /** The base of isolated sandboxes (`{tenantsUrl}/~name`), for `newTenantUrl` and the testing helper's `testWithSandbox`. */
  tenantsUrl: string;
}

const BUNDLES = new Map([
  ['/digitalriver.js', 'digitalriver.js'],
  ['/digitalriver-checkout.js', 'digitalriver-checkout.js'],
  ['/digitalriver-dropin.js', 'digitalriver-dropin.js'],
]);

function serveBundle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const file = BUNDLES.get(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (req.method !== 'GET' || !file) return next();
  readFile(new URL(file, distUrl)).then(
    (body) => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' }).end(body),
    () => res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`${file} is missing: build the package (npm run build).`),
  );
}

export async function startSandboxDeployment(options: SandboxDeploymentOptions = {}): Promise<SandboxDeployment> {
  const { tenantsPath = '/sandbox-api', middleware, ...serverOptions } = options;
  const tenants = createSandboxMiddleware({ ...serverOptions, prefix: tenantsPath });
  const frames = createFramesMiddleware({ apiPath: '' });
  const server = await startSandboxHttpServer({
    ...serverOptions,
    middleware: (req, res, next) =>
      tenants(req, res, () => frames(req, res, () => serveBundle(req, res, () => (middleware ? middleware(req, res, next) : next())))),
  });
  return Object.assign(server, { frameUrl: `${server.url}/frames/frame.html`, tenantsUrl: `${server.url}${tenants.prefix}` });
}
