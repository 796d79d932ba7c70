/**
 * One HTTP call to the API, turned into a result that never throws: `{data}` or `{error}`.
 * Every failure becomes a typed DrError built from fixed texts, so nothing the caller sent (a card number,
 * a security code) can travel back out through an error message.
 */
import { drError, fromErrorBody, type DrError } from './errors.js';
import { readErrorBody } from './source.js';

export type ApiResult<T> = { data: T; error?: undefined } | { error: DrError; data?: undefined };

export interface TransportOptions {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

export type BodyReader<T> = (body: unknown) => T | undefined;

export interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Reads a successful body: the value, or undefined when it is not what the call answers. `null` for 204, no body. */
  read: BodyReader<T> | null;
  signal?: AbortSignal;
  /** Strings that must never appear in a returned error (the card number), replaced if an API echoes them. */
  secrets?: string[];
}

const MESSAGES = {
  aborted: 'The request was cancelled.',
  timeout: 'The payment service did not answer in time.',
  network: 'The payment service could not be reached. Check the connection and try again.',
  invalid: 'The payment service sent an unexpected response.',
  server: 'The payment service had a problem. Try again later.',
} as const;

export async function send<T>(transport: TransportOptions, spec: RequestSpec<T>): Promise<ApiResult<T>> {
  if (spec.signal?.aborted) return { error: drError('network_error', 'aborted', MESSAGES.aborted) };

  // One controller for both ways a request ends early, remembering which one fired.
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  spec.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, transport.timeoutMs);

  try {
    const fetchImpl = transport.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${transport.apiKey}`,
      ...spec.headers,
    };
    if (spec.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetchImpl.call(globalThis, joinUrl(transport.baseUrl, spec.path), {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: controller.signal,
    });
    const text = await response.text();
    return redact(interpret(response.status, text, spec.read), spec.secrets);
  } catch {
    if (timedOut) return { error: drError('request_timeout', 'request_timeout', MESSAGES.timeout) };
    if (spec.signal?.aborted) return { error: drError('network_error', 'aborted', MESSAGES.aborted) };
    return { error: drError('network_error', 'network_error', MESSAGES.network) };
  } finally {
    clearTimeout(timer);
    spec.signal?.removeEventListener('abort', onAbort);
  }
}

function interpret<T>(status: number, text: string, read: BodyReader<T> | null): ApiResult<T> {
  if (status >= 200 && status < 300) {
    if (read === null) return { data: undefined as T };
    const data = read(parseJson(text));
    return data === undefined ? { error: drError('api_error', 'invalid_response', MESSAGES.invalid) } : { data };
  }
  const body = readErrorBody(parseJson(text));
  if (status >= 500) {
    // Keep the API's codes when it sent a proper body, but the type says "the service failed".
    return { error: body ? { ...fromErrorBody(body), type: 'api_error' } : drError('api_error', 'internal_server_error', MESSAGES.server) };
  }
  return { error: body ? fromErrorBody(body) : drError('api_error', 'invalid_response', MESSAGES.invalid) };
}

/** The JSON in a response body, or undefined when it is empty or not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function redact<T>(result: ApiResult<T>, secrets: string[] | undefined): ApiResult<T> {
  const list = secrets?.filter((s) => s.length >= 6);
  if (!result.error || !list?.length) return result;
  const scrub = (s: string) => list.reduce((acc, secret) => acc.split(secret).join('[redacted]'), s);
  const errors = result.error.errors.map((e) => ({ ...e, message: scrub(e.message) }));
  return { error: { ...result.error, message: scrub(result.error.message), errors } };
}

function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}
