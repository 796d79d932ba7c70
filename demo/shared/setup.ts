// Runs before the library defines its elements (each page imports it first): picks this tab's sandbox and the frame
// URL, and gives the page's declarative elements their `frame-url` (and `<dr-checkout>` its `api-base-url`, and the
// language of `?locale=` when the address names one) before they upgrade, so they render their frames once.
import { newTenantUrl } from '../../src/sandbox/remote.js';
import { frameUrlFor } from './frames.js';

const TENANT_KEY = 'dr-demo-sandbox';

/**
 * This tab's sandbox on the dev server (`/sandbox-api/~name`), kept in sessionStorage so a reload or another demo page
 * keeps the same sandbox; `forgetDemoSandbox()` makes the next page load start a new one.
 */
function demoSandboxUrl(): string {
  const kept = sessionStorage.getItem(TENANT_KEY);
  if (kept && kept.startsWith(`${location.origin}/sandbox-api/~`)) return kept;
  const url = newTenantUrl(location.origin);
  sessionStorage.setItem(TENANT_KEY, url);
  return url;
}

export function forgetDemoSandbox(): void {
  sessionStorage.removeItem(TENANT_KEY);
}

export const SANDBOX_URL = demoSandboxUrl();
export const FRAME_URL = frameUrlFor(location);
const LOCALE = new URLSearchParams(location.search).get('locale');

for (const element of document.querySelectorAll('dr-checkout, dr-card-number, dr-card-expiration, dr-card-cvv')) {
  if (!element.hasAttribute('frame-url')) element.setAttribute('frame-url', FRAME_URL);
  if (element.localName === 'dr-checkout' && !element.hasAttribute('api-base-url')) element.setAttribute('api-base-url', SANDBOX_URL);
  if (LOCALE) element.setAttribute('locale', LOCALE);
}
