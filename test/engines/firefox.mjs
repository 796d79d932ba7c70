// Debian's Firefox ESR over WebDriver BiDi, with puppeteer-core (which downloads no browser). Each test gets a new
// browser context (its own storage and cache), as a new shopper would.
import puppeteer from 'puppeteer-core';
import { binaries } from './binaries.mjs';
import { locate } from './frames.mjs';

// Keep Firefox from reaching for the network beyond the pages under test (the machines reach only loopback): its own
// services are off, every host name resolves to loopback without a lookup (as in Firefox's own test harness), and
// requests to other hosts go to a closed loopback port as their proxy (loopback addresses never use a proxy).
const quietPrefs = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.socks_remote_dns': true,
  'network.proxy.failover_direct': false,
  'network.trr.mode': 5,
  'network.dns.native-is-localhost': true,
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'toolkit.telemetry.enabled': false,
};

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: binaries.firefox.firefox,
    headless: true,
    extraPrefsFirefox: quietPrefs,
  });
  let context;
  let page;

  /** The element `query` names in `target` (the page or a frame; see `locate`). */
  async function elementAt(target, query) {
    const handle = await target.evaluateHandle(locate, query);
    const element = handle.asElement();
    if (!element) {
      await handle.dispose();
      throw new Error(`no element ${query}`);
    }
    return element;
  }

  /** The first frame in the page's element `selector`. */
  async function frameFrom(selector) {
    const handle = await page.evaluateHandle(locate, selector, true);
    const frame = await handle.asElement()?.contentFrame();
    await handle.dispose();
    if (!frame) throw new Error('no such frame');
    return frame;
  }

  return {
    name: 'firefox',
    version: await browser.version(),
    async goto(url) {
      await context?.close();
      context = await browser.createBrowserContext();
      page = await context.newPage();
      await page.goto(url);
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async evaluateInFrame(frameSelector, fn, ...args) {
      return (await frameFrom(frameSelector)).evaluate(fn, ...args);
    },
    async click(frameSelector, query) {
      const element = await elementAt(frameSelector ? await frameFrom(frameSelector) : page, query);
      try {
        await element.click();
      } finally {
        await element.dispose();
      }
    },
    async evaluateOn(query, fn, ...args) {
      const element = await elementAt(page, query);
      try {
        return await element.evaluate(fn, ...args);
      } finally {
        await element.dispose();
      }
    },
    async type(text) {
      await page.keyboard.type(text);
    },
    async press(chord) {
      const keys = chord.split('+');
      for (const key of keys.slice(0, -1)) await page.keyboard.down(key);
      await page.keyboard.press(keys.at(-1));
      for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key);
    },
    async openTab(url) {
      const tab = await context.newPage();
      await tab.goto(url);
      return { evaluate: (fn, ...args) => tab.evaluate(fn, ...args), close: () => tab.close() };
    },
    async close() {
      await context?.close().catch(() => {});
      await browser.close();
    },
  };
}
