/**
 * A `CheckoutServer` that posts JSON to the storefront's own endpoints, which call the payment API with the secret
 * key. Each endpoint receives the request object as its JSON body and answers 2xx with the result as JSON (a
 * checkout for attach, a source for save, `{sources, defaultSourceId}` for the list, anything or nothing otherwise),
 * or an error status with an API error body `{type, errors: [{code, message}]}`.
 */
import type { DrError } from '../api/errors.js';
import { parseJson } from '../api/request.js';
import type { CheckoutServer, CheckoutServerResult } from './server.js';

export interface EndpointCheckoutServerOptions {
  attachUrl: string;
  detachUrl: string;
  listSavedSourcesUrl?: string;
  saveSourceUrl?: string;
  removeSavedSourceUrl?: string;
  setDefaultSourceUrl?: string;
  createStoreCreditUrl?: string;
  /** Extra headers, e.g. a CSRF token. Cookies of the page's origin are sent. */
  headers?: Record<string, string>;
  /** Default 15000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const failure = (type: string, code: string, message: string): { error: DrError } => ({ error: { type, message, errors: [{ code, message }] } });

function isApiError(body: unknown): body is DrError {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return typeof (body as { type?: unknown } | null)?.type === 'string' && Array.isArray(errors) && errors.length > 0;
}

export function endpointCheckoutServer(options: EndpointCheckoutServerOptions): CheckoutServer {
  const post = <T>(url: string, body: object) => async (): Promise<CheckoutServerResult<T>> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
    try {
      const response = await (options.fetch ?? fetch)(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...options.headers },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      const text = await response.text();
      const parsed = parseJson(text);
      if (response.ok) return { data: parsed as T };
      if (isApiError(parsed)) return { error: { ...parsed, message: parsed.errors[0]!.message } };
      return failure('api_error', 'storefront_server_error', 'The storefront server could not complete the request.');
    } catch {
      return controller.signal.aborted
        ? failure('request_timeout', 'request_timeout', 'The storefront server did not answer in time.')
        : failure('network_error', 'network_error', 'The storefront server could not be reached.');
    } finally {
      clearTimeout(timer);
    }
  };
  const optional = <R extends object, T>(url: string | undefined) => (url ? (request: R) => post<T>(url, request)() : undefined);
  return {
    attachSource: (request) => post<never>(options.attachUrl, request)(),
    detachSource: (request) => post<void>(options.detachUrl, request)(),
    listSavedSources: optional(options.listSavedSourcesUrl),
    saveSource: optional(options.saveSourceUrl),
    removeSavedSource: optional(options.removeSavedSourceUrl),
    setDefaultSource: optional(options.setDefaultSourceUrl),
    createStoreCredit: optional(options.createStoreCreditUrl),
  } as CheckoutServer;
}
