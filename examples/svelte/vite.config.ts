// The Svelte app as an integrator builds it: `dr-checkout-widget` is imported by its package name (in this repository
// it resolves, as an installed package does, through the package's exports to dist/).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  build: { outDir: '../../examples-dist/svelte', emptyOutDir: true },
});
