// The secure fields' frame files, from src/secure-fields/frame/: frame.html (a field, with frame.css and the bundled
// field-frame.ts written into it), controller.html (the hidden controller) and its script controller-<hash>.js,
// bundled with esbuild. A field loads in one request: a separate script measured some 25% slower to ready (decision
// 0006). The three fields of a page load the same document, which a browser fetches once and revalidates on every
// later load (`no-cache` with an ETag), so a new release is never stale. The controller's script name carries a hash of
// its content, so it is cached for good. The servers here send these headers; hosts of dist/frames need the same.
//
// A frame deployment fixes where card data may go: controller.html carries the list of allowed API origins and the
// matching `connect-src`. `npm run build` writes the production deployment to dist/frames/ (the payment API only).
// The dev servers (Vite, web-test-runner, scripts/serve-static.mjs) and the standalone sandbox serve a sandbox
// deployment through `frameAssetsMiddleware()`: frames that trust only the sandbox of the server they come from, plus
// the sandbox's own page scripts (the wallet sheet, `sandbox-wallet.js`), which no production deployment carries.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}src/secure-fields/frame/`;

export const PRODUCTION_API = 'https://api.digitalriver.com';
export const PRODUCTION_DEPLOYMENT = { origins: [PRODUCTION_API], defaultBaseUrl: PRODUCTION_API };

const bundle = (entry, minify, options = {}) =>
  build({
    ...(typeof entry === 'string' ? { entryPoints: [`${source}${entry}`] } : { stdin: { resolveDir: source, loader: 'ts', ...entry } }),
    bundle: true,
    minify,
    write: false,
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    tsconfig: `${root}tsconfig.json`,
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  }).then((result) => result.outputFiles[0].text);

/** A language's file: `fr.ts`, `pt-br.ts`; English is built in. */
const isLanguageFile = (name) => /^[a-z]{2}(-[a-z0-9]+)?\.ts$/.test(name) && name !== 'en.ts';

/**
 * Every language but English (built into the field frame): one script each, handing its texts to the frame, named
 * `texts-<locale>-<hash>.js` with one hash of all of them (the frame needs to know only that one).
 */
async function textScripts(minify) {
  const files = (await readdir(`${source}texts`)).filter(isLanguageFile);
  const scripts = await Promise.all(
    files.map(async (name) => {
      const locale = name.slice(0, -3);
      const contents = `import texts from './texts/${name}';\n((self as any).drFieldTexts ??= {})[${JSON.stringify(locale)}] = texts;`;
      // UTF-8 as written (about half the size of \u escapes); the frame document and the servers declare UTF-8.
      const js = await bundle({ contents, sourcefile: `texts-${locale}.ts` }, minify, { charset: 'utf8' });
      return [locale, js];
    }),
  );
  const version = createHash('sha256').update(scripts.map(([locale, js]) => locale + js).join('')).digest('hex').slice(0, 12);
  return { version, files: Object.fromEntries(scripts.map(([locale, js]) => [`texts-${locale}-${version}.js`, js])) };
}

const pageTextsFolder = `${root}src/page-texts/`;

/**
 * The page's texts (src/page-texts/), every language but English (built into the bundles): one script each,
 * `page-texts-<locale>.js`, served with the frames and loaded by the page that needs it. Their names carry no hash
 * (the page would have to know it), so they are revalidated like the documents.
 */
async function pageTextScripts(minify) {
  const scripts = await Promise.all(
    (await readdir(pageTextsFolder)).filter(isLanguageFile).map(async (name) => {
      const locale = name.slice(0, -3);
      const contents = `import texts from './${name}';\n((self as any).drPageTexts ??= {})[${JSON.stringify(locale)}] = texts;`;
      // ASCII (\u escapes): the storefront's page, whose encoding this script inherits, may not be UTF-8.
      const js = await bundle({ contents, sourcefile: `page-texts-${locale}.ts`, resolveDir: pageTextsFolder }, minify);
      return [`page-texts-${locale}.js`, js];
    }),
  );
  return Object.fromEntries(scripts);
}

/**
 * The scripts only a sandbox deployment serves beside the frames: `sandbox-wallet.js`, the sandbox's stand-in for a
 * wallet's payment sheet, loaded by a wallet element when it first shows it. No hash in the name (the page names it),
 * so it is revalidated like the page's texts.
 */
async function sandboxScripts(minify) {
  const js = await bundle({ contents: "import './sandbox-wallet.ts';", sourcefile: 'sandbox-wallet.js', resolveDir: `${root}src/payments/wallet/` }, minify);
  return { 'sandbox-wallet.js': js };
}

/** How long each file may be cached: the script for good (its name changes with its content), documents revalidated. */
export const CACHE_CONTROL = { script: 'public, max-age=31536000, immutable', document: 'no-cache' };

const contentName = (base, text) => `${base}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.js`;
const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

/**
 * The files that do not depend on the deployment (the controller's script, by content-hashed name), and the two
 * documents as templates. The field frame's stylesheet and script are written into its document, each allowed by its
 * hash in the CSP.
 */
export async function buildFrameFiles({ minify = true } = {}) {
  const [texts, pageTexts, sandboxFiles] = await Promise.all([textScripts(minify), pageTextScripts(minify), sandboxScripts(minify)]);
  const [fieldHtml, controllerHtml, css, fieldJs, controllerJs] = await Promise.all([
    readFile(`${source}frame.html`, 'utf8'),
    readFile(`${source}controller.html`, 'utf8'),
    readFile(`${source}frame.css`, 'utf8'),
    bundle('field-frame.ts', minify, { define: { __FIELD_TEXTS_VERSION__: JSON.stringify(texts.version) } }),
    bundle('controller-frame.ts', minify),
  ]);
  const style = minify ? css.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').trim() : css;
  const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  // A script element ends at the first "</script" in its text.
  const fieldScript = fieldJs.trim().replace(/<\/(script)/gi, '<\\/$1');
  const controllerScript = contentName('controller', controllerJs);
  const field = fieldHtml
    .replace('<link rel="stylesheet" href="./frame.css" />', () => `<style>${style}</style>`)
    .replace('<script src="./frame.js"></script>', () => `<script>${fieldScript}</script>`)
    // 'strict-dynamic': the scripts the field's own script adds (its language's texts) may run, and nothing else.
    .replace("script-src 'self'", () => `script-src ${hash(fieldScript)} 'strict-dynamic'`)
    .replace("style-src 'self'", () => `style-src ${hash(style)}`);
  const controller = controllerHtml.replace(
    '<script src="./controller.js" defer></script>',
    () => `<script src="./${controllerScript}" integrity="${integrity(controllerJs)}" defer></script>`,
  );
  if (field.includes('<link') || field.includes('src="./') || !controller.includes(controllerScript)) throw new Error('frame templates changed: update frame-assets.mjs');
  const document = (html) => (minify ? html.replace(/\s*<!--[^]*?-->/g, '') : html);
  return {
    templates: { 'frame.html': document(field), 'controller.html': document(controller) },
    files: { [controllerScript]: controllerJs, ...texts.files, ...pageTexts },
    // Not in files: the production frames (dist/frames) do not carry them.
    sandboxFiles,
  };
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

// Not [::1]: Chromium refuses an IPv6 address in a CSP source ("invalid source", in the console of every page).
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

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

const DOCUMENTS = new Set(['frame.html', 'controller.html']);
const SCRIPT_NAME = /^(controller|texts-[a-z0-9-]+)-[0-9a-f]{12}\.js$/;
// The page's scripts, named without a hash: its texts and the sandbox's wallet sheet.
const UNHASHED_SCRIPT = /^(page-texts-[a-z0-9-]+|sandbox-wallet)\.js$/;

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
    const isDocument = DOCUMENTS.has(name);
    const revalidate = isDocument || UNHASHED_SCRIPT.test(name);
    if (!revalidate && !SCRIPT_NAME.test(name)) return next();
    const deployment = sandboxDeployment(req.headers.host, apiPath);
    if (!deployment) return res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad Host header');
    files().then(
      ({ templates, files, sandboxFiles }) => {
        const served = { ...files, ...sandboxFiles };
        const body = isDocument ? frameDocuments(templates, deployment)[name] : Object.hasOwn(served, name) ? served[name] : undefined;
        if (body === undefined) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
        const headers = {
          'Content-Type': isDocument ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
          'Cache-Control': revalidate ? CACHE_CONTROL.document : CACHE_CONTROL.script,
          ETag: etag,
        };
        if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
        res.writeHead(200, headers);
        res.end(body);
      },
      (error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`frame build failed: ${error.message}`);
      },
    );
  };
}
