/**
 * A client for the secret-key endpoints (checkouts, customers, orders), for storefront back ends, the demo's
 * simulated back end and tests. Never ship it to a browser with a real secret key.
 */
import { DEFAULT_TIMEOUT_MS } from './config.js';
import type * as z from 'zod/mini';
import { send, type ApiResult, type BodyReader, type TransportOptions } from './request.js';
import {
  AuthenticateSourceResponseSchema,
  SourceSchema,
  type AuthenticateSourceRequest,
  type AuthenticateSourceResponse,
  type CreateAnySourceRequest,
  type Source,
  type UpdateSourceRequest,
} from './schemas.js';
import {
  CheckoutSchema,
  CustomerSchema,
  OrderSchema,
  type Checkout,
  type CreateCheckoutRequest,
  type CreateCustomerRequest,
  type Customer,
  type Order,
  type UpdateCheckoutRequest,
  type UpdateCustomerRequest,
} from './commerce-schemas.js';

export interface CommerceClientOptions {
  baseUrl: string;
  secretKey: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createCommerceClient(options: CommerceClientOptions) {
  const transport: TransportOptions = {
    baseUrl: options.baseUrl,
    apiKey: options.secretKey,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch,
  };
  const e = encodeURIComponent;
  const post = <T>(path: string, schema: z.ZodMiniType<T>, body?: unknown) =>
    send(transport, { method: 'POST', path, read: readWith(schema), body: body ?? {} });
  const get = <T>(path: string, schema: z.ZodMiniType<T>) => send(transport, { method: 'GET', path, read: readWith(schema) });
  const del = (path: string) => send<void>(transport, { method: 'DELETE', path, read: null });

  return {
    createSource: (body: CreateAnySourceRequest): Promise<ApiResult<Source>> => post('/sources', SourceSchema, body),
    retrieveSource: (id: string): Promise<ApiResult<Source>> => get(`/sources/${e(id)}`, SourceSchema),
    updateSource: (id: string, body: UpdateSourceRequest): Promise<ApiResult<Source>> => post(`/sources/${e(id)}`, SourceSchema, body),
    authenticateSource: (id: string, body: AuthenticateSourceRequest): Promise<ApiResult<AuthenticateSourceResponse>> =>
      post(`/sources/${e(id)}/authenticate`, AuthenticateSourceResponseSchema, body),

    createCheckout: (body: CreateCheckoutRequest): Promise<ApiResult<Checkout>> => post('/checkouts', CheckoutSchema, body),
    retrieveCheckout: (id: string): Promise<ApiResult<Checkout>> => get(`/checkouts/${e(id)}`, CheckoutSchema),
    updateCheckout: (id: string, body: UpdateCheckoutRequest): Promise<ApiResult<Checkout>> =>
      post(`/checkouts/${e(id)}`, CheckoutSchema, body),
    /** Attach by path; `updateCheckout(id, {sourceId})` attaches by body. */
    attachSource: (checkoutId: string, sourceId: string): Promise<ApiResult<Checkout>> =>
      post(`/checkouts/${e(checkoutId)}/sources/${e(sourceId)}`, CheckoutSchema),
    detachSource: (checkoutId: string, sourceId: string): Promise<ApiResult<void>> =>
      del(`/checkouts/${e(checkoutId)}/sources/${e(sourceId)}`),

    createCustomer: (body: CreateCustomerRequest = {}): Promise<ApiResult<Customer>> => post('/customers', CustomerSchema, body),
    retrieveCustomer: (id: string): Promise<ApiResult<Customer>> => get(`/customers/${e(id)}`, CustomerSchema),
    updateCustomer: (id: string, body: UpdateCustomerRequest): Promise<ApiResult<Customer>> =>
      post(`/customers/${e(id)}`, CustomerSchema, body),
    saveSource: (customerId: string, sourceId: string): Promise<ApiResult<Source>> =>
      post(`/customers/${e(customerId)}/sources/${e(sourceId)}`, SourceSchema),
    removeSource: (customerId: string, sourceId: string): Promise<ApiResult<void>> =>
      del(`/customers/${e(customerId)}/sources/${e(sourceId)}`),

    createOrder: (checkoutId: string): Promise<ApiResult<Order>> => post('/orders', OrderSchema, { checkoutId }),
    retrieveOrder: (id: string): Promise<ApiResult<Order>> => get(`/orders/${e(id)}`, OrderSchema),
    captureOrder: (id: string): Promise<ApiResult<Order>> => post(`/orders/${e(id)}/capture`, OrderSchema),
    cancelOrder: (id: string): Promise<ApiResult<Order>> => post(`/orders/${e(id)}/cancel`, OrderSchema),
    refundOrder: (id: string): Promise<ApiResult<Order>> => post(`/orders/${e(id)}/refund`, OrderSchema),
  };
}

export type CommerceClient = ReturnType<typeof createCommerceClient>;

/** A back end checks the API's answers against the sandbox's strict schemas. */
function readWith<T>(schema: z.ZodMiniType<T>): BodyReader<T> {
  return (body) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? parsed.data : undefined;
  };
}
