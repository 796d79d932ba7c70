/**
 * The sandbox's default `CheckoutServer`: what a storefront's server does with its secret key, done from the page
 * against the sandbox with a sandbox secret key. For the demo, tests and sandbox integrations only; a real storefront
 * supplies its own server (`endpointCheckoutServer` or functions). Exported from the sandbox entries, never the widget.
 */
import { createCommerceClient } from '../api/commerce-client.js';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import type { ApiResult } from '../api/request.js';
import type { CheckoutServer, CheckoutServerResult } from '../checkout/server.js';

export interface SandboxCheckoutServerOptions {
  /** The sandbox's base URL; default the library's default, which the browser sandbox answers. */
  baseUrl?: string;
  /** Default `sk_test_sandbox`. */
  secretKey?: string;
  timeoutMs?: number;
}

export function sandboxCheckoutServer(options: SandboxCheckoutServerOptions = {}): Required<CheckoutServer> {
  const api = createCommerceClient({
    baseUrl: options.baseUrl ?? DEFAULT_API_BASE_URL,
    secretKey: options.secretKey ?? 'sk_test_sandbox',
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const done = async <T>(call: Promise<ApiResult<T>>): Promise<CheckoutServerResult<void>> => {
    const result = await call;
    return result.error ? { error: result.error } : { data: undefined };
  };
  return {
    attachSource: ({ checkoutId, sourceId }) => api.attachSource(checkoutId, sourceId),
    detachSource: ({ checkoutId, sourceId }) => api.detachSource(checkoutId, sourceId),
    async listSavedSources({ customerId }) {
      const result = await api.retrieveCustomer(customerId);
      if (result.error) return { error: result.error };
      const { sources, defaultSourceId } = result.data;
      return { data: { sources, ...(defaultSourceId ? { defaultSourceId } : {}) } };
    },
    saveSource: ({ customerId, sourceId }) => api.saveSource(customerId, sourceId),
    removeSavedSource: ({ customerId, sourceId }) => done(api.removeSource(customerId, sourceId)),
    setDefaultSource: ({ customerId, sourceId }) => done(api.updateCustomer(customerId, { defaultSourceId: sourceId })),
    createStoreCredit: ({ amount, currency }) => api.createSource({ type: 'customerCredit', amount, currency }),
  };
}
