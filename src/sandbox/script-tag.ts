// Script-tag entry: `<script src="sandbox.iife.js" data-api-base-urls="https://api.example.test">` starts the sandbox
// in the page before any API call, answering the library's default base URL plus the ones listed.
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import { startSandbox, type Sandbox } from './index.js';

declare global {
  interface Window {
    DigitalRiverSandbox: { ready: Promise<Sandbox> };
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const listed = (script?.dataset.apiBaseUrls ?? '').split(/[\s,]+/).filter(Boolean);
window.DigitalRiverSandbox = {
  ready: startSandbox({
    baseUrls: [DEFAULT_API_BASE_URL, ...listed],
    workerUrl: script?.dataset.workerUrl ?? '/mockServiceWorker.js',
    quiet: script?.dataset.quiet !== undefined,
  }),
};
