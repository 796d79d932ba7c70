// The field frame's files: frame.html and frame.css as written, frame.js bundled from src/frames/frame-main.ts.
// `npm run build` writes them to dist/frames/; dev servers (Vite, web-test-runner, the static example server) serve
// them at /frames/ through `frameAssetsMiddleware()`, rebuilt when older than a second so edits show up.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildFrameAssets({ minify = true } = {}) {
  const [html, css, js] = await Promise.all([
    readFile(`${root}src/frames/frame.html`, 'utf8'),
    readFile(`${root}src/frames/frame.css`, 'utf8'),
    build({
      entryPoints: [`${root}src/frames/frame-main.ts`],
      bundle: true,
      minify,
      write: false,
      format: 'iife',
      target: ['chrome100', 'firefox100', 'safari15'],
      tsconfig: `${root}tsconfig.json`,
      legalComments: 'none',
      logLevel: 'warning',
    }).then((result) => result.outputFiles[0].text),
  ]);
  return { 'frame.html': html, 'frame.css': css, 'frame.js': js };
}

const types = { 'frame.html': 'text/html; charset=utf-8', 'frame.css': 'text/css', 'frame.js': 'text/javascript' };

export function frameAssetsMiddleware({ prefix = '/frames/' } = {}) {
  let cache;
  let builtAt = 0;
  const assets = () => {
    if (!cache || Date.now() - builtAt > 1000) {
      builtAt = Date.now();
      cache = buildFrameAssets({ minify: false });
    }
    return cache;
  };
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
    if (!(name in types)) return next();
    assets().then(
      (files) => {
        res.writeHead(200, { 'Content-Type': types[name], 'Cache-Control': 'no-store' });
        res.end(files[name]);
      },
      (error) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`frame build failed: ${error.message}`);
      },
    );
  };
}
