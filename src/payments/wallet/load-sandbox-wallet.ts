/**
 * Loads the sandbox's wallet sheet, a script of the sandbox's frames deployment (`sandbox-wallet.js` beside
 * `frame.html`), the first time a wallet element shows it, as the page's texts are loaded: no production bundle
 * carries it, and the production frames do not serve it (decision 0009).
 */
import type { OpenSandboxWallet } from './sandbox-wallet-dialog.js';

const loading = new Map<string, Promise<OpenSandboxWallet>>();
const loaded = new Map<string, OpenSandboxWallet>();

const loadScript = (src: string): Promise<OpenSandboxWallet> =>
  new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = script.onerror = (event) => {
      script.remove();
      // Taken from the global at once, so that a later load that fails cannot find this one's.
      const page = window as { drSandboxWallet?: unknown };
      const open = page.drSandboxWallet;
      try {
        delete page.drSandboxWallet;
      } catch {
        // A page script made the global undeletable: it can stand in for the sheet anyway (decision 0009); the
        // wallet must still open or say why, not wait forever on a throw here.
      }
      if (typeof event !== 'string' && event.type === 'load' && typeof open === 'function') resolve(open as OpenSandboxWallet);
      else reject(new Error(`no sandbox wallet at ${src}`));
    };
    document.head.append(script);
  });

/** The sheet of the frames at `frames` if it is loaded already, so that a later `show()` opens it at once. */
export const loadedSandboxWallet = (frames: URL | undefined): OpenSandboxWallet | undefined => (frames ? loaded.get(new URL('sandbox-wallet.js', frames).href) : undefined);

/** The sheet of the frames at `frames`; rejects when there are none or it cannot load (a later call tries again). */
export function loadSandboxWallet(frames: URL | undefined): Promise<OpenSandboxWallet> {
  if (!frames) return Promise.reject(new Error('no frames to load the sandbox wallet from'));
  const src = new URL('sandbox-wallet.js', frames).href;
  let sheet = loading.get(src);
  if (!sheet) {
    sheet = loadScript(src).then(
      (open) => (loaded.set(src, open), open),
      (error: unknown) => {
        loading.delete(src);
        throw error;
      },
    );
    loading.set(src, sheet);
  }
  return sheet;
}
