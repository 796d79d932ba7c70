// Where the engines' programs are once scripts/install-browser.sh has installed Debian's packages (firefox-esr,
// webkit2gtk-driver with its libwebkit2gtk MiniBrowser, xvfb), or where the environment says they are.
import { existsSync, readdirSync } from 'node:fs';

/** WebKitGTK's MiniBrowser, in the multiarch library folder (scripts/install-browser.sh looks in the same place). */
function findMiniBrowser() {
  const arches = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  return arches.map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path));
}

export const binaries = {
  firefox: { firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
  webkit: {
    webDriver: process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver',
    miniBrowser: process.env.WEBKIT_MINIBROWSER ?? findMiniBrowser(),
    xvfb: process.env.XVFB_PATH ?? '/usr/bin/Xvfb',
  },
};

/** The programs `engine` needs that are not there, each with the Debian package that brings it. */
export function missingFor(engine) {
  const packages = { firefox: 'firefox-esr', webDriver: 'webkit2gtk-driver', miniBrowser: 'libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver)', xvfb: 'xvfb' };
  return Object.entries(binaries[engine] ?? {})
    .filter(([, path]) => !path || !existsSync(path))
    .map(([name, path]) => `${path ?? `WebKitGTK's MiniBrowser (/usr/lib/*/webkit2gtk-4.1/MiniBrowser)`} (Debian package ${packages[name]})`);
}
