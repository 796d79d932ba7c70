/// <reference types="node" />
/**
 * A sandbox deployment of the card frames, served from the built files (dist/frames and dist/frame-templates): the
 * same frames as production, but their controller lets card data go only to the sandbox of the server they come from,
 * and beside them the sandbox's wallet sheet (`sandbox-wallet.js`, from dist/frame-templates), which production lacks.
 * (scripts/frame-assets.mjs serves the same deployment built from the sources, for this repository's dev servers.)
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { frameTemplatesUrl, productionFramesUrl } from './package-files.js';

/** Where a frame deployment lets card data go. */
export interface FrameDeployment {
  /** Origins the frames may send card data to (their `connect-src`). */
  origins: string[];
  /** The API base the fields use when the page names no `apiBaseUrl`. */
  defaultBaseUrl: string;
}

/** How long each file may be cached: scripts for good (their names change with their content), documents revalidated. */
export const FRAME_CACHE_CONTROL = { script: 'public, max-age=31536000, immutable', document: 'no-cache' } as const;

// Not [::1]: Chromium refuses an IPv6 address in a CSP source ("invalid source", in the console of every page).
const LOOPBACK = ['localhost', '127.0.0.1'];

/**
 * The sandbox deployment of a server, as a request's `Host` names it: its own origin, and on loopback the same port
 * under the other loopback name. Undefined for a `Host` that is not a plain host name.
 */
export function sandboxDeployment(host: string | undefined, apiPath = ''): FrameDeployment | undefined {
  const match = /^([\w.-]+|\[::1\]):(\d{1,5})$|^([\w.-]+)$/.exec(host ?? '');
  if (!match) return undefined;
  const name = (match[1] ?? match[3])!;
  const port = match[2] ? `:${match[2]}` : '';
  const names = LOOPBACK.includes(name) ? LOOPBACK : [name];
  return { origins: names.map((n) => `http://${n}${port}`), defaultBaseUrl: `http://${name}${port}${apiPath}` };
}

/** A frame template with a deployment written in (into a meta tag and a CSP: plain http(s) URLs only). */
export function fillFrameTemplate(template: string, { origins, defaultBaseUrl }: FrameDeployment): string {
  for (const value of [...origins, defaultBaseUrl]) {
    if (!/^https?:\/\/[\w.:[\]-]+(\/[\w./~-]*)?$/.test(value)) throw new Error(`not a plain http(s) URL: ${value}`);
  }
  return template.replaceAll('{{API_ORIGINS}}', origins.join(' ')).replaceAll('{{API_DEFAULT}}', defaultBaseUrl);
}

export interface FramesMiddlewareOptions {
  /** Where the frames are served. Default `/frames/`. */
  prefix?: string;
  /** Where the same server answers the API; the fields' default base is this path on the origin they came from. Default `''` (the root). */
  apiPath?: string;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const DOCUMENTS = new Set(['frame.html', 'controller.html']);
// The scripts of dist/frames: named by their content (controller-<hash>.js, texts-<locale>-<hash>.js), cached for
// good; and the page's language scripts (page-texts-<locale>.js) and the sandbox's wallet sheet (sandbox-wallet.js),
// which the page names without a hash, revalidated.
const SCRIPT_NAME = /^[a-z][a-z0-9-]*-[0-9a-f]{12}\.js$/;
const PAGE_TEXTS_NAME = /^page-texts-[a-z0-9-]+\.js$/;
const SANDBOX_SCRIPTS = new Set(['sandbox-wallet.js']);

interface FrameFiles {
  templates: Map<string, string>;
  scripts: Map<string, string>;
}

async function readFrameFiles(): Promise<FrameFiles> {
  const templates = new Map<string, string>();
  for (const name of DOCUMENTS) templates.set(name, await readFile(new URL(name, frameTemplatesUrl), 'utf8'));
  const scripts = new Map<string, string>();
  for (const name of (await readdir(productionFramesUrl)).filter((file) => SCRIPT_NAME.test(file) || PAGE_TEXTS_NAME.test(file))) {
    scripts.set(name, await readFile(new URL(name, productionFramesUrl), 'utf8'));
  }
  for (const name of SANDBOX_SCRIPTS) scripts.set(name, await readFile(new URL(name, frameTemplatesUrl), 'utf8'));
  return { templates, scripts };
}

/**
 * Connect-style middleware (Vite, Express, connect, `node:http`) serving a sandbox deployment of the card frames at
 * `prefix`, trusting the server a request came to (by its `Host`). Serve it on another origin than the storefront's
 * pages: the fields refuse frames on the page's own origin.
 */
export function createFramesMiddleware({ prefix = '/frames/', apiPath = '' }: FramesMiddlewareOptions = {}): Middleware {
  let files: Promise<FrameFiles> | undefined;
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    const isDocument = DOCUMENTS.has(name);
    const revalidate = isDocument || PAGE_TEXTS_NAME.test(name) || SANDBOX_SCRIPTS.has(name);
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!revalidate && !SCRIPT_NAME.test(name)) return next();
    const deployment = sandboxDeployment(req.headers.host, apiPath);
    if (!deployment) return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad Host header');
    files ??= readFrameFiles();
    files.then(
      ({ templates, scripts }) => {
        const body = isDocument ? fillFrameTemplate(templates.get(name)!, deployment) : scripts.get(name);
        if (body === undefined) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
        const headers = {
          'Content-Type': isDocument ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
          'Cache-Control': revalidate ? FRAME_CACHE_CONTROL.document : FRAME_CACHE_CONTROL.script,
          ETag: etag,
        };
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
        res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
      },
      (error: Error) => {
        files = undefined;
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`The card frames are missing (${error.message}); build the package (npm run build).`);
      },
    );
  };
}
