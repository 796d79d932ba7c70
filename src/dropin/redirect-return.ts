/**
 * Drop-in's automatic redirects (PayPal, direct debit): before sending the shopper to the provider it keeps the
 * source's id and client secret in this tab's session storage, and gives the provider this page's address with a
 * marker as `returnUrl` (approved) and `cancelUrl` (cancelled). Mounted again on that address, Drop-in takes the
 * marker off the address, reads the source back from the API and reports how it ended. The API, not the address,
 * says whether it was approved: a link with the marker changes nothing.
 */
import type { DropinConsents, DropinPaymentMethod } from './configuration.js';

const MARKER = 'drDropinRedirect';
const STORAGE_KEY = 'dr-dropin-redirect';

export interface PendingRedirect {
  sourceId: string;
  clientSecret: string;
  paymentMethod: DropinPaymentMethod;
  readyForStorage: boolean;
  consents?: DropinConsents;
}

/** The addresses the provider sends the shopper back to: this page, marked. */
export function returnAddresses(): { returnUrl: string; cancelUrl: string } {
  const mark = (outcome: 'return' | 'cancel') => {
    const url = new URL(location.href);
    url.hash = '';
    url.searchParams.set(MARKER, outcome);
    return url.href;
  };
  return { returnUrl: mark('return'), cancelUrl: mark('cancel') };
}

export function keepPendingRedirect(pending: PendingRedirect): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  } catch {
    // Storage refused (private mode, quota): the shopper still pays; this page just cannot report the return.
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * The redirect this page came back from, once: the marker leaves the address and the kept source leaves storage.
 * Undefined when the address has no marker or nothing was kept.
 */
export function takeRedirectReturn(): (PendingRedirect & { cancelled: boolean }) | undefined {
  const url = new URL(location.href);
  const outcome = url.searchParams.get(MARKER);
  if (outcome === null) return undefined;
  url.searchParams.delete(MARKER);
  history.replaceState(history.state, '', url.href);
  let kept: unknown;
  try {
    kept = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    return undefined;
  }
  const pending = kept as Partial<PendingRedirect> | null;
  if (!pending || !isText(pending.sourceId) || !isText(pending.clientSecret) || (pending.paymentMethod !== 'payPal' && pending.paymentMethod !== 'directDebit')) return undefined;
  return {
    sourceId: pending.sourceId,
    clientSecret: pending.clientSecret,
    paymentMethod: pending.paymentMethod,
    readyForStorage: pending.readyForStorage === true,
    ...(pending.consents ? { consents: { termsOfSale: pending.consents.termsOfSale === true, eula: pending.consents.eula === true, termsOfUse: pending.consents.termsOfUse === true } } : {}),
    cancelled: outcome === 'cancel',
  };
}
