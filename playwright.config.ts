import { defineConfig } from '@playwright/test';

// End-to-end specs against the built demo and the script-tag example, in Debian's Chromium.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  webServer: [
    { command: 'npx vite preview --host 127.0.0.1', url: 'http://127.0.0.1:4173/', reuseExistingServer: false },
    { command: 'node scripts/serve-static.mjs 4174', url: 'http://127.0.0.1:4174/', reuseExistingServer: false },
  ],
});
