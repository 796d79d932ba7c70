// Serves the repository root on loopback for the script-tag example page (dist/ + examples/),
// with the sandbox's service worker at the root scope. Usage: node scripts/serve-static.mjs [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4174);
const root = process.cwd();
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };
const aliases = { '/': '/examples/script-tag.html', '/mockServiceWorker.js': '/public/mockServiceWorker.js' };

createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = normalize(join(root, aliases[path] ?? path));
  const allowed = ['dist', 'examples', 'public'].some((dir) => file.startsWith(join(root, dir)));
  try {
    if (!allowed) throw new Error('outside');
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving http://127.0.0.1:${port}/`));
