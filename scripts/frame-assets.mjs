// The secure fields' frame files, from src/secure-fields/frame/: frame.html (a field, with frame.css and the bundled
// field-frame.ts written into it), controller.html (the hidden controller) and controller.js, bundled with esbuild.
//
// A frame deployment fixes where card data may go: controller.html carries the list of allowed API origins and the
// matching `connect-src`. `npm run build` writes the production deployment to dist/frames/ (the payment API only).
// The dev servers (Vite, web-test-runner, scripts/serve-static.mjs) and the standalone sandbox serve a sandbox
// deployment through `frameAssetsMiddleware()`: frames that trust only the sandbox of the server they come from.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}src/secure-fields/frame/`;

export const PRODUCTION_API = 'https://api.digitalriver.com';
export const PRODUCTION_DEPLOYMENT = { origins: [PRODUCTION_API], defaultBaseUrl: PRODUCTION_API };

const bundle = (entry, minify) =>
  build({
    entryPoints: [`${source}${entry}`],
    bundle: true,
    minify,
    write: false,
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    tsconfig: `${root}tsconfig.json`,
    legalComments: 'none',
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0].text);

/**
 * The files that do not depend on the deployment, and the two documents as templates. The field frame's stylesheet
 * and script are written into its document, each allowed by its hash in the CSP: a field loads in one request (the
 * three fields of a page load the same document, so a cache holds it once). The controller loads its script as a file.
 */
export async function buildFrameFiles({ minify = true } = {}) {
  const [fieldHtml, controllerHtml, css, fieldJs, controllerJs] = await Promise.all([
    readFile(`${source}frame.html`, 'utf8'),
    readFile(`${source}controller.html`, 'utf8'),
    readFile(`${source}frame.css`, 'utf8'),
    bundle('field-frame.ts', minify),
    bundle('controller-frame.ts', minify),
  ]);
  const style = minify ? css.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').trim() : css;
  // A script element ends at the first "</script" in its text.
  const script = fieldJs.trim().replace(/<\/(script)/gi, '<\\/$1');
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const inlined = fieldHtml
    .replace('<link rel="stylesheet" href="./frame.css" />', () => `<style>${style}</style>`)
    .replace('<script src="./field.js"></script>', () => `<script>${script}</script>`)
    .replace("script-src 'self'", () => `script-src ${hash(script)}`)
    .replace("style-src 'self'", () => `style-src ${hash(style)}`);
  return { templates: { 'frame.html': inlined, 'controller.html': controllerHtml }, files: { 'controller.js': controllerJs } };
}

/** frame.html and controller.html for one deployment: `{origins, defaultBaseUrl}`. */
export function frameDocuments(templates, { origins, defaultBaseUrl }) {
  for (const value of [...origins, defaultBaseUrl]) {
    // Written into a meta tag and a CSP: only plain http(s) URLs.
    if (!/^https?:\/\/[\w.:[\]-]+(\/[\w./~-]*)?$/.test(value)) throw new Error(`not a plain http(s) URL: ${value}`);
  }
  const fill = (html) => html.replaceAll('{{API_ORIGINS}}', origins.join(' ')).replaceAll('{{API_DEFAULT}}', defaultBaseUrl);
  return { 'frame.html': templates['frame.html'], 'controller.html': fill(templates['controller.html']) };
}

/** Every file of a deployment, for `npm run build`. */
export async function buildFrameAssets(deployment = PRODUCTION_DEPLOYMENT) {
  const { templates, files } = await buildFrameFiles();
  return { ...files, ...frameDocuments(templates, deployment) };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The sandbox deployment of a server, as a request to it names it (`Host`): its own origin, and on loopback the
 * same port under the other loopback names (pages and frames use two of them as two origins). Undefined for a host
 * header that is not a plain host name.
 */
export function sandboxDeployment(host, apiPath = '/sandbox-api') {
  const match = /^([\w.-]+|\[::1\]):(\d{1,5})$|^([\w.-]+)$/.exec(host ?? '');
  if (!match) return undefined;
  const name = match[1] ?? match[3];
  const port = match[2] ? `:${match[2]}` : '';
  const names = LOOPBACK.has(name) ? [...LOOPBACK] : [name];
  return { origins: names.map((n) => `http://${n}${port}`), defaultBaseUrl: `http://${name}${port}${apiPath}` };
}

const types = new Map([
  ['frame.html', 'text/html; charset=utf-8'],
  ['controller.html', 'text/html; charset=utf-8'],
  ['controller.js', 'text/javascript'],
]);

/**
 * Connect-style middleware serving a sandbox deployment of the frames at `prefix` (rebuilt from the sources when
 * older than a second, so edits show up; `watch: false` builds them once, for servers of built code and benchmarks,
 * where a rebuild would delay the frame that asked for it); `apiPath` is where the same server answers the API.
 */
export function frameAssetsMiddleware({ prefix = '/frames/', apiPath = '/sandbox-api', minify = false, watch = true } = {}) {
  let cache;
  let builtAt = 0;
  const files = () => {
    if (!cache || (watch && Date.now() - builtAt > 1000)) {
      builtAt = Date.now();
      cache = buildFrameFiles({ minify });
    }
    return cache;
  };
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (!types.has(name)) return next();
    const deployment = sandboxDeployment(req.headers.host, apiPath);
    if (!deployment) return res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad Host header');
    files().then(
      ({ templates, files }) => {
        res.writeHead(200, { 'Content-Type': types.get(name), 'Cache-Control': 'no-store' });
        res.end(files[name] ?? frameDocuments(templates, deployment)[name]);
      },
      (error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`frame build failed: ${error.message}`);
      },
    );
  };
}
