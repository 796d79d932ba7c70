// The engine a test file runs in (ENGINE=firefox|webkit, set by scripts/run-engine-tests.mjs), the same few calls in
// each, and waiting for a state with a deadline (no fixed sleeps).
import { isDeepStrictEqual, inspect } from 'node:util';
import { launchFirefox } from './firefox.mjs';
import { launchWebKit } from './webdriver.mjs';

export const engineName = process.env.ENGINE ?? 'firefox';
/** The script-tag example server (scripts/serve-static.mjs); its frames are on the other loopback name. */
export const baseUrl = process.env.ENGINE_BASE_URL ?? 'http://127.0.0.1:4500';
/** The demo storefront (`vite preview` of demo-dist, with its sandbox); its frames are on the other loopback name. */
export const demoUrl = process.env.ENGINE_DEMO_URL ?? 'http://127.0.0.1:4173';
/** The attacker's server (test/attacker-server.mjs), a third origin that records every request it gets. */
export const attackerUrl = process.env.ENGINE_ATTACKER_URL ?? 'http://127.0.0.1:4501';

/**
 * @typedef {object} Engine
 * @property {string} name
 * @property {string} version
 * @property {(url: string) => Promise<void>} goto
 * @property {(fn: Function, ...args: unknown[]) => Promise<any>} evaluate In the page.
 * @property {(frameSelector: string, fn: Function, ...args: unknown[]) => Promise<any>} evaluateInFrame In the first
 *   frame inside the page's element `frameSelector`.
 * @property {(frameSelector: string | null, query: string) => Promise<void>} click A real mouse click on the element
 *   `query` names (see `locate` in frames.mjs: CSS through shadow roots, `label=…`, `button=…`).
 * @property {(query: string, fn: Function, ...args: unknown[]) => Promise<any>} evaluateOn `fn(element, ...args)` in
 *   the page, on the element `query` names.
 * @property {(text: string) => Promise<void>} type Real key events to whatever has the focus.
 * @property {(chord: string) => Promise<void>} press A key or chord: `Tab`, `Shift+Tab`, `Control+v`.
 * @property {(url: string) => Promise<{ evaluate: (fn: Function, ...args: unknown[]) => Promise<any>, close: () => Promise<void> }>} openTab
 *   A second top-level page in the same browser context (the same profile's storage), beside the first.
 * @property {() => Promise<void>} close
 */

/** @returns {Promise<Engine>} */
export function launchEngine() {
  if (engineName === 'firefox') return launchFirefox();
  if (engineName === 'webkit') {
    if (!process.env.DISPLAY) throw new Error('WebKitGTK needs an X display: run through scripts/run-engine-tests.mjs (it starts Xvfb)');
    return launchWebKit({ port: Number(process.env.WEBDRIVER_PORT ?? 4590), display: process.env.DISPLAY });
  }
  throw new Error(`unknown ENGINE ${engineName}`);
}

/**
 * Reads `read()` until it equals `expected` (deeply) or `expected(value)` is true; fails with the last value after
 * `timeout` ms.
 */
export async function eventually(read, expected, label, timeout = 10_000) {
  const matches = typeof expected === 'function' ? expected : (value) => isDeepStrictEqual(value, expected);
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (matches(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const want = typeof expected === 'function' ? String(expected) : inspect(expected);
      throw new Error(`${label}: still ${lastError ? `failing (${lastError.message})` : inspect(last)} after ${timeout} ms; wanted ${want}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
