import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The QA demo storefront. It is never shipped; the library's own bundles come from scripts/build.mjs.
export default defineConfig({
  root: 'demo',
  publicDir: resolve(__dirname, 'public'),
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: resolve(__dirname, 'demo-dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'demo/index.html'),
        drJs: resolve(__dirname, 'demo/dr-js.html'),
        elements: resolve(__dirname, 'demo/elements.html'),
      },
    },
    chunkSizeWarningLimit: 1000, // the demo bundles the whole sandbox (MSW); it is never shipped
  },
});
