/**
 * Requests per second the standalone sandbox answers for `POST /sources` on loopback. Not a test.
 *   npx tsx scripts/bench-sandbox.ts [--seconds 5] [--concurrency 16]
 * The server runs in its own process (as `npm run sandbox` would), so the load generator does not share its thread.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

const server = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/cli.ts', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise<URL>((resolve, reject) => {
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (text: string) => {
    const match = /listening on (\S+)/.exec(text);
    if (match) resolve(new URL(match[1]!));
  });
  server.once('exit', () => reject(new Error('sandbox server exited')));
});

const body = JSON.stringify({
  type: 'creditCard',
  owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
  creditCard: { number: '5466160000000008', expirationMonth: 12, expirationYear: 2030, cvv: '123' },
});
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

function post(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: '/sources', method: 'POST', agent, headers: { Authorization: 'Bearer pk_test_bench', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(untilMs: number, counts: { ok: number; other: number }) {
  while (performance.now() < untilMs) {
    const status = await post();
    if (status === 201) counts.ok++;
    else counts.other++;
  }
}

// Warm up (JIT, connections), then measure.
await Promise.all(Array.from({ length: concurrency }, () => run(performance.now() + 1000, { ok: 0, other: 0 })));
const counts = { ok: 0, other: 0 };
const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, () => run(started + seconds * 1000, counts)));
const elapsed = (performance.now() - started) / 1000;
console.log(`POST /sources on ${url.origin}: ${Math.round(counts.ok / elapsed)} requests/s (${counts.ok} created in ${elapsed.toFixed(1)} s, concurrency ${concurrency}, ${counts.other} non-201)`);
agent.destroy();
server.kill('SIGTERM');
