// Checks that the committed API reference, docs/api/, is what TypeDoc makes of the public entry points today
// (typedoc.json): it generates the reference into a temporary folder and compares the two, file by file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const committed = join(root, 'docs/api');
const started = Date.now();
const out = mkdtempSync(join(tmpdir(), 'dr-api-docs-'));

function files(dir) {
  const found = new Map();
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  try {
    walk(dir);
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  return found;
}

try {
  const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
  const { status } = spawnSync(process.execPath, [typedoc, '--out', out, '--logLevel', 'Error'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) {
    console.error('check-api-docs: TypeDoc failed (see above)');
    process.exit(status ?? 1);
  }
  const expected = files(out);
  const actual = files(committed);
  const differences = [];
  for (const [path, content] of expected) {
    if (!actual.has(path)) differences.push(`missing   docs/api/${path}`);
    else if (!actual.get(path).equals(content)) differences.push(`changed   docs/api/${path}`);
  }
  for (const path of actual.keys()) if (!expected.has(path)) differences.push(`left over docs/api/${path}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (differences.length > 0) {
    console.error(`docs/api is out of date: run npm run docs:api\n${differences.slice(0, 20).map((line) => `  ${line}`).join('\n')}`);
    if (differences.length > 20) console.error(`  … and ${differences.length - 20} more`);
    process.exit(1);
  }
  console.log(`docs/api is current (${expected.size} pages, ${seconds} s)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
