// The benchmarks' setup: scripts/serve-static.mjs on a random port (frames on the other loopback host name), its
// frames built before the first page asks for them, and Debian's Chromium.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)); // serve-static serves the directory it runs in

export async function startBench() {
  const port = 4190 + Math.floor(Math.random() * 500);
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', String(port), '--build-frames-once'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  process.on('exit', () => server.kill()); // also when the benchmark fails
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const origin = `http://127.0.0.1:${port}`;
  await fetch(`${origin}/frames/frame.html`); // the one build of the frames, outside any measurement
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const close = async () => {
    await browser.close();
    server.kill();
  };
  return { origin, browser, close };
}

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
