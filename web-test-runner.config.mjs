// Browser tests for everything beside its code (src/**/*.test.ts) and test/browser/.
// Runs in Debian's Chromium through Playwright; no browser download is needed.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium.mjs';
import { frameAssetsMiddleware } from './scripts/frame-assets.mjs';
import { koaMiddleware, sandboxMiddleware } from './scripts/dev-sandbox.mjs';
import { startAttackerServer } from './test/attacker-server.mjs';

// A second origin that records what reaches it, for the secure-field attack tests (GET /__attacker names it).
const attackerOrigin = await startAttackerServer();

// CommonJS packages have no ESM default export in the dev server; serve an esbuild pre-bundle instead.
const commonJsPackages = ['credit-card-type'];
function commonJsBundles() {
  const cache = new Map();
  return {
    name: 'commonjs-bundles',
    resolveImport({ source }) {
      if (commonJsPackages.includes(source)) return `/__cjs/${source}.js`;
    },
    async serve(context) {
      const match = /^\/__cjs\/(.+)\.js$/.exec(context.path);
      if (!match || !commonJsPackages.includes(match[1])) return;
      if (!cache.has(match[1])) {
        const result = await build({
          stdin: { contents: `export { default } from '${match[1]}'; export * from '${match[1]}';`, resolveDir: process.cwd() },
          bundle: true,
          format: 'esm',
          write: false,
        });
        cache.set(match[1], result.outputFiles[0].text);
      }
      return { body: cache.get(match[1]), type: 'js' };
    },
  };
}

export default {
  // Test pages on 127.0.0.1; card-field frames come from http://localhost:<same port> (a second origin).
  hostname: '127.0.0.1',
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One test page at a time: pages of one browser compete for focus, and the card fields live in focused frames.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  middleware: [
    // Test pages live at '/', so the MSW worker must be reachable at the root scope.
    // The sandbox's static pages (3-D Secure challenge, redirect approval) at /sandbox/, as in the demo.
    function attacker(context, next) {
      if (context.path !== '/__attacker') return next();
      context.body = { origin: attackerOrigin };
    },
    function serviceWorkerAtRoot(context, next) {
      if (context.path === '/mockServiceWorker.js') context.path = '/public/mockServiceWorker.js';
      else if (context.path.startsWith('/sandbox/')) context.path = `/public${context.path}`;
      return next();
    },
    // The payment API sandbox over HTTP, for tests with card-field frames (isolated ones at /sandbox-api/~name).
    koaMiddleware(sandboxMiddleware()),
    // The secure fields' frames, a sandbox deployment that trusts this server's sandbox: /frames/frame.html, controller.html, ….
    koaMiddleware(frameAssetsMiddleware()),
  ],
  plugins: [
    commonJsBundles(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
