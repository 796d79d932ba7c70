// A W3C WebDriver (classic) client for WebKitGTK's WebKitWebDriver: the dozen commands the engine tests use, over
// fetch on loopback. WebKitGTK has no headless mode: its MiniBrowser draws into the X display in DISPLAY (Xvfb).
import { spawn } from 'node:child_process';
import { binaries } from './binaries.mjs';
import { locate } from './frames.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver's key codes for the key names the tests use (Playwright's spelling). */
const keyCodes = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
};

/**
 * Starts WebKitWebDriver on `port` and opens a MiniBrowser session in it.
 * @param {{ port: number, display: string }} options
 */
export async function launchWebKit({ port, display }) {
  const binary = binaries.webkit.miniBrowser;
  if (!binary) throw new Error('WebKitGTK MiniBrowser not found: run scripts/install-browser.sh (Debian webkit2gtk-driver)');
  const driver = spawn(binaries.webkit.webDriver, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  process.on('exit', () => driver.kill());
  let driverErrors = '';
  driver.stderr.on('data', (chunk) => (driverErrors = (driverErrors + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;

  async function call(method, path, body) {
    const response = await fetch(base + path, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
    return value;
  }

  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if ((await call('GET', '/status')).ready) break;
    } catch (error) {
      if (Date.now() > deadline || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${error}\n${driverErrors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { sessionId, capabilities } = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
  });
  const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);

  /** Runs `fn(...args)` (may return a promise) in the current browsing context; element arguments pass as references. */
  async function run(fn, args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await session('POST', '/execute/async', { script, args });
    if (result?.error) throw new Error(`in the page: ${result.error}`);
    return result?.value;
  }

  const keyActions = (keys) => keys.flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]);
  const toKey = (name) => keyCodes[name] ?? (name.length === 1 ? name : undefined);

  return {
    name: 'webkit',
    version: `WebKitGTK ${capabilities.browserVersion}`,
    async goto(url) {
      await session('POST', '/url', { url });
    },
    evaluate: (fn, ...args) => run(fn, args),
    /** Runs `fn` inside the first frame in the page's element `selector`; back in the page afterwards. */
    async evaluateInFrame(selector, fn, ...args) {
      const frame = await run(locate, [selector, true]);
      if (!frame?.[ELEMENT]) throw new Error('no such frame');
      await session('POST', '/frame', { id: frame });
      try {
        return await run(fn, args);
      } finally {
        await session('POST', '/frame', { id: null });
      }
    },
    /** A real click on the element `query` names in the first frame in `frameSelector` (the page itself when null). */
    async click(frameSelector, query) {
      const frame = frameSelector && (await run(locate, [frameSelector, true]));
      if (frameSelector && !frame?.[ELEMENT]) throw new Error('no such frame');
      if (frame) await session('POST', '/frame', { id: frame });
      try {
        const element = await run(locate, [query]);
        if (!element?.[ELEMENT]) throw new Error(`no element ${query}`);
        // WebDriver's element click hit-tests the document, which answers the shadow host for an element in a shadow
        // root ("element click intercepted"): those get the same real click as pointer actions at their centre.
        if (await run((target) => target.getRootNode() === document, [element])) {
          await session('POST', `/element/${element[ELEMENT]}/click`, {});
        } else {
          await run((target) => target.scrollIntoView({ block: 'center', inline: 'center' }), [element]);
          const actions = [{ type: 'pointerMove', origin: element, x: 0, y: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }];
          await session('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }] });
        }
      } finally {
        if (frame) await session('POST', '/frame', { id: null });
      }
    },
    /** Runs `fn(element, ...args)` in the page on the element `query` names. */
    async evaluateOn(query, fn, ...args) {
      const element = await run(locate, [query]);
      if (!element?.[ELEMENT]) throw new Error(`no element ${query}`);
      return run(fn, [element, ...args]);
    },
    /** Types text with real key events into whatever has the focus. */
    async type(text) {
      await session('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keyActions([...text]) }] });
    },
    /** Presses a key or a chord such as `Shift+Tab` or `Control+v`. */
    async press(chord) {
      const keys = chord.split('+').map((name) => toKey(name) ?? name);
      const actions = [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
      await session('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
      await session('DELETE', '/actions');
    },
    /** A second top-level page (a tab) at `url`; the commands above stay with the first. */
    async openTab(url) {
      const first = await session('GET', '/window');
      const { handle } = await session('POST', '/window/new', { type: 'tab' });
      const inTab = async (action) => {
        await session('POST', '/window', { handle });
        try {
          return await action();
        } finally {
          await session('POST', '/window', { handle: first });
        }
      };
      await inTab(() => session('POST', '/url', { url }));
      return {
        evaluate: (fn, ...args) => inTab(() => run(fn, args)),
        close: () => inTab(() => session('DELETE', '/window')),
      };
    },
    async close() {
      await session('DELETE', '').catch(() => {});
      driver.kill();
    },
  };
}
