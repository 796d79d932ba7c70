/**
 * The browser-side client of the Sources API, used with a publishable key (`pk_…`).
 * Every method resolves to `{data}` or `{error}`; none throws or rejects.
 */
import { DEFAULT_TIMEOUT_MS } from './config.js';
import { filtersQuery, readAvailablePaymentMethods, type AvailablePaymentMethodFilters, type AvailablePaymentMethods } from './payment-methods.js';
import { send, type ApiResult, type TransportOptions } from './request.js';
import type { AuthenticateSourceRequest, CreateSourceRequest, UpdateSourceRequest } from './schemas.js';
import { readAuthenticateResponse, readSource, type AuthenticateSourceResponse, type Source } from './source.js';

export type { ApiResult } from './request.js';

export interface ApiClientOptions {
  baseUrl: string;
  publicKey: string;
  /** Default 15000. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface ApiClient {
  createSource(body: CreateSourceRequest, signal?: AbortSignal): Promise<ApiResult<Source>>;
  retrieveSource(id: string, clientSecret: string, signal?: AbortSignal): Promise<ApiResult<Source>>;
  /** Changes the owner and/or the card's expiration; nothing else can change. */
  updateSource(id: string, clientSecret: string, body: UpdateSourceRequest, signal?: AbortSignal): Promise<ApiResult<Source>>;
  /** Completes 3-D Secure for a `requires_action` source; `authentication_not_required` when there is nothing to do. */
  authenticateSource(
    id: string,
    clientSecret: string,
    body: AuthenticateSourceRequest,
    signal?: AbortSignal,
  ): Promise<ApiResult<AuthenticateSourceResponse>>;
  /** The payment methods a transaction may use (`GET /payment-methods`), from its session or the filters. */
  retrieveAvailablePaymentMethods(filters: AvailablePaymentMethodFilters, signal?: AbortSignal): Promise<ApiResult<AvailablePaymentMethods>>;
}

/** Header that carries a source's client secret (the sandbox also accepts a `clientSecret` query parameter). */
export const CLIENT_SECRET_HEADER = 'X-Client-Secret';

export function createApiClient(options: ApiClientOptions): ApiClient {
  const transport: TransportOptions = {
    baseUrl: options.baseUrl,
    apiKey: options.publicKey,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch,
  };
  const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;
  const secretHeader = (clientSecret: string) => ({ [CLIENT_SECRET_HEADER]: clientSecret });

  return {
    createSource: (body, signal) =>
      send(transport, {
        method: 'POST',
        path: '/sources',
        body,
        read: readSource,
        signal,
        secrets: cardSecrets(body),
      }),
    retrieveSource: (id, clientSecret, signal) =>
      send(transport, { method: 'GET', path: sourcePath(id), headers: secretHeader(clientSecret), read: readSource, signal }),
    updateSource: (id, clientSecret, body, signal) =>
      send(transport, {
        method: 'POST',
        path: sourcePath(id),
        headers: secretHeader(clientSecret),
        body,
        read: readSource,
        signal,
      }),
    authenticateSource: (id, clientSecret, body, signal) =>
      send(transport, {
        method: 'POST',
        path: `${sourcePath(id)}/authenticate`,
        headers: secretHeader(clientSecret),
        body,
        read: readAuthenticateResponse,
        signal,
      }),
    retrieveAvailablePaymentMethods: (filters, signal) =>
      send(transport, { method: 'GET', path: `/payment-methods${filtersQuery(filters)}`, read: readAvailablePaymentMethods, signal }),
  };
}

function cardSecrets(body: CreateSourceRequest): string[] | undefined {
  const number = (body as { creditCard?: { number?: unknown } }).creditCard?.number;
  return typeof number === 'string' ? [number, number.replace(/\D/g, '')] : undefined;
}
