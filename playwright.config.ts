import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/chromium.mjs';

// End-to-end specs against the built demo, the script-tag examples and the standalone sandbox, in Debian's Chromium.

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: [
    { command: 'npx vite preview --host 127.0.0.1', url: 'http://127.0.0.1:4173/', reuseExistingServer: false },
    { command: 'node scripts/serve-static.mjs 4174', url: 'http://127.0.0.1:4174/', reuseExistingServer: false },
    // The standalone sandbox server, a sandbox deployment of the library (frames and script bundles) on its own origin.
    { command: 'npm run --silent sandbox -- --port 4010', url: 'http://127.0.0.1:4010/frames/frame.html', reuseExistingServer: false },
    // The framework examples, built (npm run build:examples); their frames come from the sandbox server above.
    { command: 'node scripts/serve-examples.mjs 4180', url: 'http://127.0.0.1:4180/', reuseExistingServer: false },
  ],
});
