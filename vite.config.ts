import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sandboxVitePlugin } from './scripts/dev-sandbox.mjs';

// The QA demo storefront. It is never shipped; the library's own bundles come from scripts/build.mjs.
// Both `vite` and `vite preview` serve the payment API sandbox at /sandbox-api (isolated ones at /sandbox-api/~name)
// and the card-field frame at /frames/; the demo loads the frames from the other loopback host name
// (localhost <-> 127.0.0.1), a second origin, and page and frames share one sandbox over HTTP.
export default defineConfig({
  root: 'demo',
  plugins: [sandboxVitePlugin()],
  publicDir: resolve(__dirname, 'public'),
  // Loopback IPv4 explicitly: `localhost` may resolve to ::1 alone, and the frames' host name must reach the server too.
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: resolve(__dirname, 'demo-dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'demo/index.html'),
        drJs: resolve(__dirname, 'demo/dr-js.html'),
        elements: resolve(__dirname, 'demo/elements.html'),
        dropin: resolve(__dirname, 'demo/dropin.html'),
      },
    },
  },
});
