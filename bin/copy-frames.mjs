#!/usr/bin/env node
// Copies the card fields' production frames (dist/frames: the payment API only) into a folder that a static host of
// another origin than the storefront's pages serves, and says which headers that host must send.
// Usage: npx dr-checkout-frames <folder>
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../dist/frames/', import.meta.url));
const target = process.argv[2];
if (!target || target.startsWith('-')) {
  console.error('usage: dr-checkout-frames <folder>   copies the card frames there, to be served from another origin than your pages');
  process.exit(2);
}
if (!existsSync(source)) {
  console.error(`no frames at ${source}: build the package first (npm run build)`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
cpSync(source, target, { recursive: true });
const files = readdirSync(source);
console.log(`copied ${files.length} files to ${target}
Serve them from another origin than your pages (the fields refuse frames on the page's own origin), with:
  frame.html, controller.html               Cache-Control: no-cache, and an ETag
  controller-*.js, texts-*.js               Cache-Control: public, max-age=31536000, immutable
and pass that address to the library: new DigitalRiver(key, { frameUrl: 'https://<that host>/<path>/frame.html' }).`);
