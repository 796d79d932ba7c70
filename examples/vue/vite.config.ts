// The Vue app as an integrator builds it: `dr-checkout-widget` is imported by its package name (in this repository
// it resolves, as an installed package does, through the package's exports to dist/).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // The one line Vue needs: the dr- tags are custom elements, not Vue components to resolve.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dr-') } } })],
  base: './',
  build: { outDir: '../../examples-dist/vue', emptyOutDir: true },
});
