// The package as npm publishes it (`npm pack`), installed into an empty project as npm would lay it out: the files
// of the tarball in node_modules/dr-checkout-widget, and beside it only what its package.json asks for (its
// dependencies; msw, an optional peer, only for the sandbox's part), linked from this repository's node_modules, so
// nothing is fetched. Then what an integrator does first: import every ES entry in Node (no DOM), run the bins, and
// type-check a file that uses the entries.
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
interface Manifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bin: Record<string, string>;
  exports: Record<string, string | { types?: string; import?: string }>;
}

let work: string;
let app: string;
let installed: string;
let manifest: Manifest;

/**
 * Links a package of this repository's node_modules into the app's, with its own dependencies beside it, as npm
 * installs them (hoisted: lit's lit-html sits next to lit).
 */
function link(name: string): void {
  const target = join(app, 'node_modules', name);
  if (existsSync(target)) return;
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(join(repo, 'node_modules', name), target, 'dir');
  const own = JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dependency of Object.keys(own.dependencies ?? {})) if (existsSync(join(repo, 'node_modules', dependency))) link(dependency);
}

/** Runs an ES module's code in the app, as the app's own file would; resolves to what it prints. */
function runInApp(code: string): { status: number | null; stdout: string; stderr: string } {
  const file = join(app, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return spawnSync(process.execPath, [file], { cwd: app, encoding: 'utf8', timeout: 20_000 });
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'packed-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as [{ filename: string }];
  execFileSync('tar', ['-xzf', join(work, filename), '-C', work]);
  app = join(work, 'app');
  mkdirSync(join(app, 'node_modules'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'storefront', private: true, type: 'module' }));
  installed = join(app, 'node_modules', 'dr-checkout-widget');
  renameSync(join(work, 'package'), installed);
  manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
  for (const name of Object.keys(manifest.dependencies ?? {})) link(name);
});
after(() => rmSync(work, { recursive: true, force: true }));

const esEntries = () =>
  Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && target.import)
    .map(([key]) => `dr-checkout-widget${key.slice(1)}`);

describe('the packed package, installed without msw', () => {
  it('ships what the entries and bins name, and no sources or tests', () => {
    for (const [key, target] of Object.entries(manifest.exports)) {
      if (typeof target !== 'object') continue;
      for (const file of [target.types, target.import]) assert.ok(file && existsSync(join(installed, file)), `${key}: ${file}`);
    }
    for (const [name, file] of Object.entries(manifest.bin)) {
      assert.match(readFileSync(join(installed, file), 'utf8'), /^#!\/usr\/bin\/env node\n/, name);
    }
    for (const absent of ['src', 'test', 'scripts', 'demo', 'node_modules']) assert.ok(!existsSync(join(installed, absent)), absent);
    assert.ok(existsSync(join(installed, 'dist/frames/frame.html')));
  });

  it('the widget\'s entries and the Vite plugin import in Node, with no DOM and no msw', () => {
    const entries = esEntries().filter((entry) => !/\/(sandbox|testing)(\/|$)/.test(entry));
    assert.ok(entries.includes('dr-checkout-widget') && entries.includes('dr-checkout-widget/vite'), String(entries));
    const run = runInApp(`for (const entry of ${JSON.stringify(entries)}) await import(entry);
const { DigitalRiver } = await import('dr-checkout-widget');
const { drCheckout } = await import('dr-checkout-widget/vite');
console.log(typeof DigitalRiver, drCheckout().map((plugin) => plugin.name).join(' '), typeof document);`);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'function dr-checkout:dev-sandbox dr-checkout:production-frames undefined');
  });

  it('the Vite plugin\'s dev server says the sandbox needs msw, and a build does not need it', () => {
    link('vite');
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>shop</title>');
    const run = runInApp(`import { build, createServer } from 'vite';
import { drCheckout } from 'dr-checkout-widget/vite';
const server = await createServer({ configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 4450, strictPort: true }, plugins: [drCheckout()] });
await server.listen();
const page = await fetch('http://127.0.0.1:4450/');
console.log(page.status, /need msw: npm install --save-dev msw/.test(await page.text()));
await server.close();
await build({ configFile: false, logLevel: 'silent', build: { outDir: 'built' }, plugins: [drCheckout({ frameUrl: 'http://127.0.0.1:4451/frame.html' })] });
console.log((await import('node:fs')).readFileSync('built/index.html', 'utf8').includes('content="http://127.0.0.1:4451/frame.html"'));`);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '500 true\ntrue');
  });

  it('the sandbox\'s bin says it needs msw', () => {
    const run = spawnSync(process.execPath, [join(installed, manifest.bin['dr-checkout-sandbox']!)], { cwd: app, encoding: 'utf8', timeout: 20_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /needs msw: npm install --save-dev msw/);
  });
});

describe('the packed package, with msw and the test tools installed', () => {
  let sandbox: ChildProcess | undefined;
  let origin: string;
  before(async () => {
    for (const name of ['msw', '@playwright/test', '@types/node']) link(name);
    sandbox = spawn(process.execPath, [join(installed, manifest.bin['dr-checkout-sandbox']!), '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    origin = await new Promise<string>((resolve, reject) => {
      let printed = '';
      sandbox!.stdout!.on('data', (chunk: Buffer) => {
        printed += chunk;
        const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)?.[1];
        if (url) resolve(url);
      });
      sandbox!.once('exit', (code) => reject(new Error(`the sandbox exited (${code}): ${printed}`)));
    });
  });
  after(() => sandbox?.kill());

  it('npx dr-checkout-sandbox serves the frames trusting itself, the script bundles, and the API', async () => {
    const frame = await fetch(`${origin}/frames/frame.html`);
    assert.equal(frame.status, 200);
    assert.match(await frame.text(), /<input/);
    const controller = await (await fetch(`${origin}/frames/controller.html`)).text();
    assert.match(controller, new RegExp(`connect-src [^;]*${origin.replace(/[.:/]/g, '\\$&')}`));
    assert.doesNotMatch(controller, /api\.digitalriver\.com/);
    const script = /<script src="\.\/(controller-[0-9a-f]{12}\.js)"/.exec(controller)![1];
    assert.equal((await fetch(`${origin}/frames/${script}`)).status, 200);
    const bundle = await fetch(`${origin}/digitalriver.js`);
    assert.equal(bundle.status, 200);
    assert.equal(await bundle.text(), readFileSync(join(installed, 'dist/digitalriver.js'), 'utf8'));
    assert.equal((await fetch(`${origin}/sandbox/challenge.html`)).status, 200);
    const created = await fetch(`${origin}/sources`, {
      method: 'POST',
      headers: { Authorization: 'Bearer pk_test_installed', 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 12, expirationYear: 2030, cvv: '321' } }),
    });
    assert.equal(created.status, 201);
    assert.equal(((await created.json()) as { creditCard: { brand: string } }).creditCard.brand, 'MasterCard');
  });

  it('every ES entry imports in Node, and dr-checkout-widget/sandbox/node drives the running sandbox', () => {
    const run = runInApp(`for (const entry of ${JSON.stringify(esEntries())}) await import(entry);
const { connectSandbox } = await import('dr-checkout-widget/sandbox/node');
const isolated = await connectSandbox(${JSON.stringify(`${origin}/sandbox-api/~installed`)});
const moved = await isolated.clock.advance(3_600_000);
console.log(isolated.cvcLifetimeMs, moved.getTime() - Date.now() > 3_500_000);`);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), '900000 true');
  });

  it('its types resolve through exports: a storefront\'s TypeScript using the entries compiles, and a misuse does not', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023', 'dom'], types: [], noEmit: true, skipLibCheck: false },
        files: ['storefront.ts'],
      }),
    );
    writeFileSync(
      join(app, 'storefront.ts'),
      `import { DigitalRiver, type DrError } from 'dr-checkout-widget';
import 'dr-checkout-widget/checkout';
import { startSandboxDeployment, connectSandbox, createSandboxMiddleware } from 'dr-checkout-widget/sandbox/node';
import { drCheckout } from 'dr-checkout-widget/vite';
import { fillCard, testWithSandbox } from 'dr-checkout-widget/testing';

const dr = new DigitalRiver('pk_test_storefront', { locale: 'de-DE' });
dr.createElement('cardnumber').mount('card-number');
export async function pay(): Promise<string> {
  const result = await dr.createSource({ type: 'creditCard' });
  if ('error' in result) return (result.error satisfies DrError).errors[0]?.code ?? '';
  return result.source.id;
}
export const started: Promise<{ frameUrl: string; tenantsUrl: string; close(): Promise<void> }> = startSandboxDeployment({ port: 0 });
export const remote = connectSandbox('http://127.0.0.1:4010').then((sandbox) => sandbox.clock.advance(60_000));
export const middleware = createSandboxMiddleware({ prefix: '/sandbox-api' });
export const plugins = drCheckout({ port: 4011, framesOutDir: 'frames' });
export const helpers = [fillCard, testWithSandbox('http://127.0.0.1:4010/sandbox-api')];
// @ts-expect-error the Vite plugin has no such option
drCheckout({ frameUrls: [] });
`,
    );
    const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });
});
