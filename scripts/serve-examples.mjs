// Serves the built framework examples (examples-dist/<framework>/, from npm run build:examples) on loopback, each at
// /<framework>/. Their card frames come from another origin (the sandbox server), as in production.
// Usage: node scripts/serve-examples.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const port = Number(process.argv[2] ?? 4180);
const root = join(process.cwd(), 'examples-dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml' };

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  try {
    if (!file.startsWith(root + sep)) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    if (path === '/') response.writeHead(200, { 'content-type': 'text/plain' }).end('The examples are at /react/, /vue/ and /svelte/.');
    else response.writeHead(404, { 'content-type': 'text/plain' }).end(`${path} is not there: run npm run build:examples.`);
  }
}).listen(port, '127.0.0.1', () => console.log(`serving the framework examples at http://127.0.0.1:${port}/{react,vue,svelte}/`));
