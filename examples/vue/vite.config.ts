// The Vue app as an integrator builds it: `dr-checkout-widget` is imported by its package name (in this repository
// it resolves, as an installed package does, through the package's exports to dist/).
// drCheckout(): in dev (`vite`), the card frames and a payment API sandbox on a second loopback origin; in a build, the
// frames' address written into the page (here the sandbox server, `npx dr-checkout-sandbox --port 4010`; in production
// the host that serves the frames `npx dr-checkout-frames` copied). The app's code names no frame URL.
import vue from '@vitejs/plugin-vue';
import { drCheckout } from 'dr-checkout-widget/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  // The one line Vue needs: the dr- tags are custom elements, not Vue components to resolve.
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dr-') } } }),
    drCheckout({ frameUrl: process.env.DR_FRAME_URL ?? 'http://127.0.0.1:4010/frames/frame.html' }),
  ],
  base: './',
  build: { outDir: '../../examples-dist/vue', emptyOutDir: true },
});
