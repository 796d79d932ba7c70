// The package as an app's bundler sees it (after `npm run build`): each entry resolves through `exports`, and an app
// gets only what it imports. esbuild bundles small apps that import the package by name, as an integrator's would.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('ES module entries', () => {
  let app: string;
  before(() => {
    app = mkdtempSync(join(tmpdir(), 'entries-app-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'dr-checkout-widget'), 'dir');
  });
  after(() => rmSync(app, { recursive: true, force: true }));

  /** The minified bundle of an app made of `code`, with lit left out (every variant carries it alike). */
  async function bundle(code: string): Promise<string> {
    const result = await build({
      stdin: { contents: code, resolveDir: app, sourcefile: 'app.js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      external: ['lit', 'lit/*'],
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  }

  it('one card element alone: that element, without DigitalRiver, the checkout or the other elements', async () => {
    const text = await bundle("import 'dr-checkout-widget/card-number';");
    assert.match(text, /"dr-card-number"/);
    assert.match(text, /kind="cardnumber"/);
    assert.doesNotMatch(text, /kind="cardcvv"|kind="cardexpiration"/, 'the other elements stay out');
    assert.doesNotMatch(text, /createSource|"dr-checkout"/, 'DigitalRiver and the checkout stay out');
    assert.ok(text.length < 24_000, `one element is ${text.length} bytes`);
  });

  it('the main entry: DigitalRiver and the card elements, without the checkout', async () => {
    const text = await bundle("import { DigitalRiver } from 'dr-checkout-widget'; new DigitalRiver('pk_test_x');");
    assert.match(text, /createSource/);
    assert.match(text, /"dr-card-cvv"/);
    assert.doesNotMatch(text, /"dr-checkout"/);
    assert.doesNotMatch(text, /"dr-dropin"|createDropin/);
  });

  it('the Drop-in entry adds dr.createDropin() and <dr-dropin>, without the checkout', async () => {
    const text = await bundle("import { DigitalRiver } from 'dr-checkout-widget'; import 'dr-checkout-widget/dropin'; new DigitalRiver('pk_test_x').createDropin({}).mount('d');");
    assert.match(text, /"dr-dropin"/);
    assert.match(text, /\.prototype\.createDropin=/);
    assert.doesNotMatch(text, /"dr-checkout"|\.prototype\.checkout=/);
  });

  it('the checkout entry adds dr.checkout() and <dr-checkout>', async () => {
    const text = await bundle("import { DigitalRiver } from 'dr-checkout-widget'; import 'dr-checkout-widget/checkout'; new DigitalRiver('pk_test_x').checkout({});");
    assert.match(text, /"dr-checkout"/);
    assert.match(text, /\.prototype\.checkout=/);
  });

  it('imports on a server (no DOM) without throwing, and a DigitalRiver made there says the fields run in a browser', async () => {
    const errors: string[] = [];
    const originalError = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const widget = (await import(`${root}dist/index.js`)) as typeof import('../../src/index.js');
      await import(`${root}dist/checkout.js`);
      const dr = new widget.DigitalRiver('pk_test_server');
      const result = await dr.createSource({ type: 'creditCard' });
      assert.equal('error' in result && result.error.errors[0]?.code, 'not_in_browser');
      assert.match(errors.join('\n'), /not_in_browser/);
    } finally {
      console.error = originalError;
    }
  });

  it('no widget entry carries the sandbox, MSW or zod', async () => {
    for (const entry of ['dr-checkout-widget', 'dr-checkout-widget/checkout', 'dr-checkout-widget/dropin', 'dr-checkout-widget/card-cvv']) {
      const text = await bundle(`export * from '${entry}';`);
      assert.doesNotMatch(text, /mockServiceWorker|__sandbox|_zod/, entry);
    }
  });
});

describe('dr-checkout-frames (the package\'s bin)', () => {
  it('copies the production frames into a folder for another origin\'s host, and says which headers it needs', () => {
    const target = mkdtempSync(join(tmpdir(), 'frames-host-'));
    try {
      const printed = execFileSync(process.execPath, [`${root}bin/copy-frames.mjs`, `${target}/dr-frames`], { encoding: 'utf8' });
      const copied = readdirSync(`${target}/dr-frames`).sort();
      assert.deepEqual(copied, readdirSync(`${root}dist/frames`).sort());
      assert.equal(readFileSync(`${target}/dr-frames/frame.html`, 'utf8'), readFileSync(`${root}dist/frames/frame.html`, 'utf8'));
      assert.match(printed, /another origin/);
      assert.match(printed, /immutable/);
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });

  it('names its one argument when it is missing', () => {
    const run = spawnSync(process.execPath, [`${root}bin/copy-frames.mjs`], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /usage: dr-checkout-frames <folder>/);
  });
});

describe('custom-elements.json', () => {
  it('describes every element from its JSDoc: attributes, events, CSS parts; public members only', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { customElements: string };
    const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8')) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; members?: { name: string; privacy?: string }[] }[] }[];
    };
    const elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    assert.deepEqual([...elements.keys()].sort(), ['dr-billing-fields', 'dr-card-cvv', 'dr-card-expiration', 'dr-card-number', 'dr-checkout', 'dr-dropin', 'dr-saved-cards']);
    const number = elements.get('dr-card-number')!;
    const names = (list: { name: string }[] | undefined) => (list ?? []).map((item) => item.name);
    assert.ok(['frame-url', 'field-style', 'placeholder', 'locale', 'group'].every((name) => names(number.attributes).includes(name)), String(names(number.attributes)));
    assert.deepEqual(names(number.events).sort(), ['dr-blur', 'dr-change', 'dr-focus', 'dr-ready', 'dr-return']);
    assert.ok(names(number.cssParts).includes('frame'));
    assert.ok(names(elements.get('dr-checkout')!.events).includes('dr-cvc-expiring'));
    assert.ok(names(elements.get('dr-saved-cards')!.events).includes('dr-saved-card-choose'));
    assert.ok(names(elements.get('dr-saved-cards')!.cssParts).includes('saved-card'));
    for (const element of elements.values()) {
      for (const member of element.members ?? []) assert.ok(!member.privacy || member.privacy === 'public', `${element.tagName} ${member.name}`);
    }
  });
});
