/// <reference types="node" />
/**
 * The card fields in a Vite app, with no hand copying (`dr-checkout-widget/vite`):
 * - `vite` (dev): starts a sandbox deployment of the library on a second loopback origin (another port): the card
 *   frames, trusting only that sandbox, and the payment API sandbox. Each page gets `<meta name="dr-frame-url">`
 *   naming its frames, which the library reads when the app names no `frameUrl`; the fields' API then defaults to
 *   that sandbox too. The frames cannot be served by Vite itself: the fields refuse frames on the page's own origin.
 * - `vite build`: the production frames (the payment API only) are copied into `framesOutDir`, for a static host on
 *   another origin than the app, and `frameUrl` (where that host serves them) is written into each page.
 */
import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { copyProductionFrames } from '../sandbox/package-files.js';

export interface DrCheckoutPluginOptions {
  /** Dev: the port of the frames and sandbox origin. Default 0, a free port (printed when the dev server starts). */
  port?: number;
  /** Dev: the loopback address it listens on. Default `127.0.0.1`. */
  host?: string;
  /** Dev: how long a card's security code stays usable in the sandbox. Default 15 minutes. */
  cvcLifetimeMs?: number;
  /** Build: the production `frame.html` URL on the frames' host, written into each page as its default frame URL. */
  frameUrl?: string;
  /** Build: a folder (relative to Vite's root) to copy the production frames into, for that host to serve. */
  framesOutDir?: string;
}

const frameMeta = (url: string): HtmlTagDescriptor => ({ tag: 'meta', attrs: { name: 'dr-frame-url', content: url }, injectTo: 'head-prepend' });

/** Vite plugin of dr-checkout-widget: card frames and sandbox in dev, frames' hosting in production builds. */
export function drCheckout(options: DrCheckoutPluginOptions = {}): Plugin[] {
  return [devSandbox(options), productionFrames(options)];
}

export default drCheckout;

type Deployment = Awaited<ReturnType<typeof import('../sandbox/node.js').startSandboxDeployment>>;

/**
 * Running deployments by options, shared by the dev servers that use them: a restart (a config change) makes the new
 * server before it closes the old one, and open pages keep their frames' address and the sandbox its data.
 */
const running = new Map<string, { deployment: Promise<Deployment>; users: number }>();

function devSandbox(options: DrCheckoutPluginOptions): Plugin {
  const key = JSON.stringify([options.port ?? 0, options.host ?? '127.0.0.1', options.cvcLifetimeMs]);
  let deployment: Promise<Deployment> | undefined;
  /** Dev servers of this plugin object still open (a restart with the same config reuses the plugin). */
  let servers = 0;

  const release = async () => {
    const entry = running.get(key);
    if (servers === 0 || !entry) return;
    servers -= 1;
    if (--entry.users > 0) return;
    running.delete(key);
    await (await entry.deployment.catch(() => undefined))?.close();
  };

  return {
    name: 'dr-checkout:dev-sandbox',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      let entry = running.get(key);
      if (!entry) {
        // Loaded only here: the sandbox needs msw, a build does not.
        const started = import('../sandbox/node.js').catch((error: Error & { code?: string }) => {
          throw error.code === 'ERR_MODULE_NOT_FOUND' && /'msw'/.test(error.message)
            ? new Error('the card frames and sandbox in dev need msw: npm install --save-dev msw', { cause: error })
            : error;
        }).then(({ startSandboxDeployment }) =>
          startSandboxDeployment({
            port: options.port ?? 0,
            host: options.host ?? '127.0.0.1',
            ...(options.cvcLifetimeMs ? { cvcLifetimeMs: options.cvcLifetimeMs } : {}),
          }),
        );
        entry = { deployment: started, users: 0 };
        running.set(key, entry);
        started.then(
          (sandbox) => server.config.logger.info(`  dr-checkout: card frames and payment sandbox at ${sandbox.url} (frames: ${sandbox.frameUrl})`),
          (error: Error) => {
            if (running.get(key)?.deployment === started) running.delete(key);
            server.config.logger.error(`dr-checkout: the card frames and sandbox did not start: ${error.message}`);
          },
        );
      }
      entry.users += 1;
      servers += 1;
      deployment = entry.deployment;
      // Vite 8 calls closeServer; before it, the HTTP server's end is the dev server's.
      if (Number(this.meta.viteVersion.split('.')[0]) < 8) server.httpServer?.once('close', () => void release());
    },
    async transformIndexHtml() {
      if (!deployment) return [];
      return [frameMeta((await deployment).frameUrl)];
    },
    // On a restart the new server has taken its share first; the deployment stops when the last one closes.
    closeServer: release,
  };
}

function productionFrames(options: DrCheckoutPluginOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dr-checkout:production-frames',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml() {
      return options.frameUrl ? [frameMeta(options.frameUrl)] : [];
    },
    closeBundle() {
      if (!options.framesOutDir) return;
      const target = resolve(config.root, options.framesOutDir);
      const files = copyProductionFrames(target);
      config.logger.info(`dr-checkout: ${files.length} frame files in ${target}; serve them from another origin than the app (see the README's headers)`);
    },
  };
}
