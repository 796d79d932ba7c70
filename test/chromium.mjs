// Debian's Chromium, shared by web-test-runner and Playwright. Test tools cannot download browsers on these machines;
// the background-networking flags keep Chromium from calling out to a closed network.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
