import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { connectSandbox } from '../../src/sandbox/remote.js';
import { fillCard } from '../../src/testing/playwright.js';
import { drCheckout } from '../../src/vite/plugin.js';

// A Vite app as an integrator writes it: the DigitalRiver.js snippet importing the package by name (dist/, after the
// build), no frameUrl and no apiBaseUrl; the plugin alone gives its fields frames on a second origin and a sandbox.
const PORT = 4440;
let app: string;
let server: ViteDevServer;

test.beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'vite-shop-'));
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(fileURLToPath(new URL('../..', import.meta.url)), join(app, 'node_modules', 'dr-checkout-widget'), 'dir');
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Shop</title></head><body>
<label for="card-number">Card number</label><div id="card-number"></div>
<label for="card-expiration">Expiration</label><div id="card-expiration"></div>
<label for="card-cvv">Security code</label><div id="card-cvv"></div>
<button id="pay" type="button">Pay</button><output id="result"></output>
<script type="module" src="/main.js"></script></body></html>`,
  );
  writeFileSync(
    join(app, 'main.js'),
    `import { DigitalRiver } from 'dr-checkout-widget';
const dr = new DigitalRiver('pk_test_vite_shop');
const number = dr.createElement('cardnumber');
number.mount('card-number');
dr.createElement('cardexpiration').mount('card-expiration');
dr.createElement('cardcvv').mount('card-cvv');
document.getElementById('pay').addEventListener('click', async () => {
  const { source, error } = await dr.createSource(number, { type: 'creditCard' });
  document.getElementById('result').textContent = source ? source.id + ' ' + source.state : 'error ' + error.errors[0].code;
});`,
  );
  server = await createServer({
    configFile: false,
    root: app,
    logLevel: 'silent',
    // As npm installs it: the package inside the app's node_modules (its lit resolved from there), pre-bundled.
    resolve: { preserveSymlinks: true },
    optimizeDeps: { include: ['dr-checkout-widget'] },
    server: { host: '127.0.0.1', port: PORT, strictPort: true },
    plugins: [drCheckout()],
  });
  await server.listen();
});

test.afterAll(async () => {
  await server?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test('a Vite app\'s DigitalRiver.js code gets its card frames and sandbox from the plugin, and creates a source', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const frameUrl = await page.locator('meta[name="dr-frame-url"]').getAttribute('content');
  const framesOrigin = new URL(frameUrl!).origin;
  expect(framesOrigin).not.toBe(`http://127.0.0.1:${PORT}`);
  await expect(page.locator('#card-number iframe')).toHaveAttribute('src', new RegExp(`^${framesOrigin}/frames/frame\\.html`));

  const sandbox = await connectSandbox(framesOrigin);
  const before = (await sandbox.sources()).length;
  await fillCard(page, { number: '4444222233331111', expiry: '1230', cvc: '123' });
  await page.locator('#pay').click();
  await expect(page.locator('#result')).toHaveText(/^src_\S+ chargeable$/);
  const id = (await page.locator('#result').textContent())!.split(' ')[0];
  const sources = await sandbox.sources();
  expect(sources).toHaveLength(before + 1);
  expect(sources.at(-1)?.id).toBe(id);
  expect(errors).toEqual([]);
});
