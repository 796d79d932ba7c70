// Builds the shipped bundles into dist/:
//   digitalriver.js    script tag (IIFE): window.DigitalRiver + the card elements, everything bundled
//   digitalriver-checkout.js  the same plus dr.checkout() and <dr-checkout>
//   digitalriver-dropin.js    digitalriver.js plus dr.createDropin() (Drop-in payments) and <dr-dropin>
//   index.js           ES module entries, split so an app's bundler keeps only what it imports (lit stays an import):
//   checkout.js        index.js (DigitalRiver + the card elements), checkout.js (dr.checkout(), <dr-checkout>),
//   card-*.js          card-number.js, card-expiration.js, card-cvv.js (one element each); chunks/ holds shared code
//   dropin.js          dr.createDropin() and <dr-dropin>
//   sandbox.js         ES module entry of the sandbox (never part of the widget bundles)
//   testing.js         helpers for a storefront's own Playwright tests (dr-checkout-widget/testing)
//   sandbox.iife.js    script tag that starts the sandbox in the page (window.DigitalRiverSandbox)
//   frames/            the secure fields' frames (frame.html with its script, controller.html, controller-<hash>.js, the
//                      fields' texts-<locale>-<hash>.js and the page's page-texts-<locale>.js), served
//                      from the library's frame origin; this deployment sends card data to the production API only
//   frame-templates/   frame.html and controller.html with the deployment left to fill: the Node sandbox serves the same
//                      frames as a sandbox deployment, trusting itself, with the sandbox's wallet sheet (sandbox-wallet.js),
//                      which only a sandbox deployment serves beside the frames
//   sandbox-node.js    Node entry of the sandbox (dr-checkout-widget/sandbox/node): in-process, HTTP server, middleware
//   sandbox-cli.js     the sandbox server's command line (bin/dr-checkout-sandbox.mjs runs it)
//   sandbox-pages/     the sandbox's 3-D Secure challenge and redirect pages (from public/sandbox/)
//   vite.js            the Vite plugin (dr-checkout-widget/vite): frames and sandbox on a second origin in dev
//   types/             declarations, from tsc
//   custom-elements.json  the elements' manifest, from their JSDoc
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { buildFrameFiles, frameDocuments, PRODUCTION_DEPLOYMENT } from './frame-assets.mjs';

// esbuild minifies the code but leaves template literals alone: the elements' styles (Lit `css` in *.styles.ts) lose
// their comments and layout here.
const minifyStyles = {
  name: 'minify-styles',
  setup: (build) =>
    build.onLoad({ filter: /\.styles\.ts$/ }, ({ path }) => ({
      loader: 'ts',
      contents: readFileSync(path, 'utf8').replace(/css`([^`]*)`/g, (_, text) =>
        `css\`${text.replace(/\/\*[^]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').replace(/;}/g, '}').trim()}\``),
    })),
};

const common = {
  plugins: [minifyStyles],
  bundle: true,
  minify: true,
  sourcemap: true,
  target: ['chrome100', 'firefox100', 'safari15'],
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
};
const packageDeps = ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'msw', 'msw/*'];

// The sandbox's Node code, unminified (readable stack traces); it finds its files beside it in dist/.
const node = {
  ...common,
  minify: false,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: [...packageDeps, 'vite'],
  define: { __DR_PACKAGED__: 'true' },
};
// The command line and the Vite plugin use dist/sandbox-node.js, rather than a copy of the sandbox each.
const sandboxNodeBeside = {
  name: 'sandbox-node-beside',
  setup: (build) =>
    build.onResolve({ filter: /\/node\.js$/ }, ({ path, resolveDir }) =>
      resolvePath(resolveDir, path) === resolvePath('src/sandbox/node.js') ? { path: './sandbox-node.js', external: true } : undefined),
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/script-tag.ts'], outfile: 'dist/digitalriver.js', format: 'iife' }),
  build({ ...common, entryPoints: ['src/script-tag-checkout.ts'], outfile: 'dist/digitalriver-checkout.js', format: 'iife' }),
  build({ ...common, entryPoints: ['src/script-tag-dropin.ts'], outfile: 'dist/digitalriver-dropin.js', format: 'iife' }),
  build({
    ...common,
    entryPoints: {
      index: 'src/index.ts',
      checkout: 'src/entries/checkout.ts',
      'card-number': 'src/entries/card-number.ts',
      'card-expiration': 'src/entries/card-expiration.ts',
      'card-cvv': 'src/entries/card-cvv.ts',
      dropin: 'src/entries/dropin.ts',
    },
    outdir: 'dist',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    format: 'esm',
    external: packageDeps,
  }),
  build({ ...common, entryPoints: ['src/sandbox/index.ts'], outfile: 'dist/sandbox.js', format: 'esm', external: packageDeps }),
  build({ ...common, entryPoints: ['src/testing/playwright.ts'], outfile: 'dist/testing.js', format: 'esm', external: ['@playwright/test'] }),
  build({ ...common, entryPoints: ['src/sandbox/script-tag.ts'], outfile: 'dist/sandbox.iife.js', format: 'iife' }),
  build({ ...node, entryPoints: { 'sandbox-node': 'src/sandbox/node.ts' }, outdir: 'dist' }),
  build({ ...node, entryPoints: { 'sandbox-cli': 'src/sandbox/cli.ts', vite: 'src/vite/plugin.ts' }, outdir: 'dist', plugins: [sandboxNodeBeside] }),
]);
cpSync('public/sandbox', 'dist/sandbox-pages', { recursive: true });
mkdirSync('dist/frames', { recursive: true });
mkdirSync('dist/frame-templates', { recursive: true });
const frames = await buildFrameFiles();
const productionFrames = { ...frames.files, ...frameDocuments(frames.templates, PRODUCTION_DEPLOYMENT) };
for (const [name, text] of Object.entries(productionFrames)) writeFileSync(`dist/frames/${name}`, text);
for (const [name, text] of Object.entries({ ...frames.templates, ...frames.sandboxFiles })) writeFileSync(`dist/frame-templates/${name}`, text);
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
writeCustomElementsManifest();
// `import 'dr-checkout-widget/react'` (or /vue, /svelte) adds the framework's template types
// (types/frameworks/<name>.d.ts); at run time it is nothing, and imports nothing of the framework.
for (const framework of ['react', 'vue', 'svelte']) writeFileSync(`dist/${framework}.js`, 'export {};\n');
console.log('built dist/');

/**
 * dist/custom-elements.json, from the elements' JSDoc (attributes, properties, events, CSS parts and custom
 * properties), for editors and frameworks' tooling; without private and protected members, which are not the API.
 */
function writeCustomElementsManifest() {
  const globs = ['--globs', 'src/elements/**/*.ts', '--exclude', 'src/**/*.test.ts'];
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--litelement', '--quiet', ...globs, '--outdir', 'dist'], { stdio: 'inherit' });
  const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
    }
  }
  writeFileSync('dist/custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
}
