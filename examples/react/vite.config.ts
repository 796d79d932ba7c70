// The React app as an integrator builds it: `dr-checkout-widget` is imported by its package name (in this repository
// it resolves, as an installed package does, through the package's exports to dist/).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: './',
  build: { outDir: '../../examples-dist/react', emptyOutDir: true },
});
