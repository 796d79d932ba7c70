// Serves the repository root on loopback for the script-tag example page (dist/ + examples/), with the payment API
// sandbox at /sandbox-api (isolated ones at /sandbox-api/~name), the secure fields' frames at /frames/ as a sandbox
// deployment (they send card data only to this server's sandbox), the sandbox's pages at /sandbox/ and its service
// worker at the root scope.
// It listens on 127.0.0.1, so the page and its frames can use the two loopback host names (127.0.0.1 and localhost)
// as two origins. Usage: node scripts/serve-static.mjs [port] [--build-frames-once]
// (--build-frames-once: the benchmarks, which must not time the rebuild of the frames after edits).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { sandboxMiddleware } from './dev-sandbox.mjs';
import { frameAssetsMiddleware } from './frame-assets.mjs';

const port = Number(process.argv[2] ?? 4174);
const root = process.cwd();
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };
const aliases = new Map(Object.entries({ '/': '/examples/script-tag.html', '/mockServiceWorker.js': '/public/mockServiceWorker.js' }));
const sandbox = sandboxMiddleware();
const frameAssets = frameAssetsMiddleware({ minify: true, watch: !process.argv.includes('--build-frames-once') });

async function serveFile(request, response, next) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = normalize(join(root, aliases.get(path) ?? (path.startsWith('/sandbox/') ? `/public${path}` : path)));
  const allowed = ['dist', 'examples', 'public'].some((dir) => file.startsWith(join(root, dir)));
  try {
    if (!allowed) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    next();
  }
}

createServer((request, response) => {
  const notFound = () => response.writeHead(404).end('not found');
  sandbox(request, response, () => frameAssets(request, response, () => serveFile(request, response, notFound)));
}).listen(port, '127.0.0.1', () => console.log(`serving http://127.0.0.1:${port}/ (sandbox at /sandbox-api, frames at /frames/)`));
