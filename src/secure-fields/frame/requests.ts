/**
 * What the frames accept: handshakes and requests from the page, and each other's messages on their channel. Every
 * message is hostile until checked here; a check returns a fresh object with only the known keys, or undefined.
 * Hand-written rather than schema-built, so a field frame loads no validation library.
 */
import { isFieldKind, type FieldKind } from '../shared/field-kind.js';
import { isBoolean, isNumber, isObject, isString, optional, type Json } from '../shared/guards.js';
import { CONTROLLER_HANDSHAKE, FIELD_HANDSHAKE, type ApiChoice, type FieldIds } from '../shared/names.js';
import type { PaymentMethodFilters, SourceCall } from '../shared/protocol.js';

/** A field's id: random, made by its page element, kept across remounts so the controller can give its value back. */
const isFieldId = (value: unknown): value is string => isString(value) && /^[\w-]{8,64}$/.test(value);

// ---- page -> field frame ----

export function isFieldHandshake(data: unknown, kind: FieldKind): boolean {
  return isObject(data) && data.type === FIELD_HANDSHAKE && data.kind === kind;
}

export interface FieldSettings {
  /** The page's own label and placeholder; without them the frame shows its texts in the locale's language. */
  label?: string;
  placeholder?: string;
  locale?: string;
  style?: Json;
  disabled: boolean;
  /** DigitalRiver.js `mask`: a complete value the shopper has left shows masked. */
  mask?: boolean;
  /** The number field's brand, for the security code's length. */
  brand: string;
  /** The host clock minus the real clock, for expiry checks under an injected clock. */
  nowOffsetMs: number;
}

/** Each is answered with `{id, result}`; none of them returns card data. */
export type FieldRequest = { id: number } & ({ call: 'configure'; settings: FieldSettings } | { call: 'focus' | 'blur' | 'clear' });

export function parseFieldRequest(data: unknown): FieldRequest | undefined {
  if (!isObject(data) || !isNumber(data.id)) return undefined;
  const { id, call } = data;
  if (call === 'focus' || call === 'blur' || call === 'clear') return { id, call };
  const settings = data.settings;
  if (call !== 'configure' || !isObject(settings)) return undefined;
  const { label, placeholder, locale, style, disabled, mask, brand, nowOffsetMs } = settings;
  if (!optional(label, isString) || !optional(placeholder, isString) || !optional(locale, isString) || !optional(style, isObject)) return undefined;
  if (typeof disabled !== 'boolean' || !isString(brand) || !isNumber(nowOffsetMs) || !optional(mask, isBoolean)) return undefined;
  const given = { label, placeholder, locale, style, mask };
  const present = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as Partial<typeof given>;
  return { id, call, settings: { disabled, brand, nowOffsetMs, ...present } as FieldSettings };
}

// ---- page -> controller frame ----

export function isControllerHandshake(data: unknown): boolean {
  return isObject(data) && data.type === CONTROLLER_HANDSHAKE;
}

/**
 * Each is answered with `{id, result}`; results are sources, API answers and error codes, never card data. Only
 * `tokenize`, `authenticate` and `updateExpiration` name fields whose values go into the request; the page's own
 * API calls (`SourceCall`) name none.
 */
export type ControllerRequest = { id: number } & (
  | { call: 'validate' | 'version'; fields: FieldIds }
  | { call: 'forget'; field: string }
  | { call: 'tokenize'; fields: FieldIds; api: ApiChoice; data: Json }
  | { call: 'authenticate' | 'updateExpiration'; fields: FieldIds; api: ApiChoice; sourceId: string; clientSecret: string; body: Json }
  | SourceCall
);

function fieldIds(value: unknown): FieldIds | undefined {
  if (!isObject(value)) return undefined;
  const ids: FieldIds = {};
  for (const [kind, id] of Object.entries(value)) {
    if (!isFieldKind(kind) || !isFieldId(id)) return undefined;
    ids[kind] = id;
  }
  return ids;
}

function apiChoice(value: unknown): ApiChoice | undefined {
  if (!isObject(value) || !isString(value.publicKey) || !optional(value.baseUrl, isString) || !optional(value.timeoutMs, isNumber)) return undefined;
  const { publicKey, baseUrl, timeoutMs } = value;
  return { publicKey, ...(baseUrl === undefined ? {} : { baseUrl }), ...(timeoutMs === undefined ? {} : { timeoutMs }) };
}

/** The documented filters only, each of its type (codes of 2-3 letters, a session id of printable characters). */
function paymentMethodFilters(value: unknown): PaymentMethodFilters | undefined {
  if (!isObject(value)) return undefined;
  const filters: PaymentMethodFilters = {};
  for (const [name, given] of Object.entries(value)) {
    if (name === 'currency' || name === 'country') {
      if (!isString(given) || !/^[A-Za-z]{2,3}$/.test(given)) return undefined;
      filters[name] = given;
    } else if (name === 'sessionId') {
      if (!isString(given) || !/^[\x21-\x7e]{1,100}$/.test(given)) return undefined;
      filters.sessionId = given;
    } else if (name === 'supportsStorage' || name === 'supportsRecurring' || name === 'supportsFreeTrial') {
      if (!isBoolean(given)) return undefined;
      filters[name] = given;
    } else return undefined;
  }
  return filters;
}

/** An API call with the page's own data: built from the known keys only, so no `fields` can come along. */
function parseSourceCall(id: number, call: SourceCall['call'], data: Json): ControllerRequest | undefined {
  const api = apiChoice(data.api);
  if (!api) return undefined;
  if (call === 'retrieveAvailablePaymentMethods') {
    const filters = paymentMethodFilters(data.filters);
    return filters && { id, call, api, filters };
  }
  if (call === 'createSource') return isObject(data.data) ? { id, call, api, data: data.data } : undefined;
  const { sourceId, clientSecret, body } = data;
  if (!isString(sourceId) || !isString(clientSecret)) return undefined;
  if (call === 'retrieveSource') return { id, call, api, sourceId, clientSecret };
  return isObject(body) ? { id, call, api, sourceId, clientSecret, body } : undefined;
}

export function parseControllerRequest(data: unknown): ControllerRequest | undefined {
  if (!isObject(data) || !isNumber(data.id)) return undefined;
  const { id, call } = data;
  if (call === 'forget') return isFieldId(data.field) ? { id, call, field: data.field } : undefined;
  if (call === 'createSource' || call === 'retrieveSource' || call === 'authenticateSource' || call === 'updateSource' || call === 'retrieveAvailablePaymentMethods') {
    return parseSourceCall(id, call, data);
  }
  const fields = fieldIds(data.fields);
  if (!fields) return undefined;
  if (call === 'validate' || call === 'version') return { id, call, fields };
  const api = apiChoice(data.api);
  if (!api) return undefined;
  if (call === 'tokenize') return isObject(data.data) ? { id, call, fields, api, data: data.data } : undefined;
  if (call !== 'authenticate' && call !== 'updateExpiration') return undefined;
  const { sourceId, clientSecret, body } = data;
  return isString(sourceId) && isString(clientSecret) && isObject(body) ? { id, call, fields, api, sourceId, clientSecret, body } : undefined;
}

// ---- field frames <-> controller frame, on their channel (frame origin only) ----

export interface CardPart {
  number?: string;
  expirationMonth?: number;
  expirationYear?: number;
  cvv?: string;
}

export interface FieldErrorMessage {
  type: 'validation_error';
  code: string;
  message: string;
}

export type ChannelMessage =
  /** Field -> controller, on start: give back what you keep of me. */
  | { type: 'hello'; field: string; kind: FieldKind }
  /** Field -> controller, after every change of the value. */
  | { type: 'keep'; field: string; kind: FieldKind; raw: string; card: CardPart }
  /** Controller -> field: the value it had before it was unmounted. */
  | { type: 'restore'; field: string; kind: FieldKind; raw: string }
  /** Controller -> fields: a controller started; tell it your values again. */
  | { type: 'controller' }
  /** Controller -> field: show your error as for a submit, and answer with it. */
  | { type: 'validate'; field: string; request: string }
  | { type: 'validated'; field: string; request: string; error?: FieldErrorMessage }
  /** Controller -> field: empty yourself (the element was destroyed). */
  | { type: 'clear'; field: string };

function cardPart(value: unknown): CardPart | undefined {
  if (!isObject(value)) return undefined;
  const { number, expirationMonth, expirationYear, cvv } = value;
  if (!optional(number, isString) || !optional(cvv, isString) || !optional(expirationMonth, isNumber) || !optional(expirationYear, isNumber)) return undefined;
  return Object.fromEntries(Object.entries({ number, expirationMonth, expirationYear, cvv }).filter(([, part]) => part !== undefined));
}

function fieldError(value: unknown): FieldErrorMessage | undefined {
  return isObject(value) && value.type === 'validation_error' && isString(value.code) && isString(value.message)
    ? { type: 'validation_error', code: value.code, message: value.message }
    : undefined;
}

export function parseChannelMessage(data: unknown): ChannelMessage | undefined {
  if (!isObject(data)) return undefined;
  const { type, field, kind, raw, request } = data;
  if (type === 'controller') return { type };
  if (!isFieldId(field)) return undefined;
  if (type === 'clear') return { type, field };
  if (type === 'validate') return isString(request) ? { type, field, request } : undefined;
  if (type === 'validated') {
    if (!isString(request)) return undefined;
    if (data.error === undefined) return { type, field, request };
    const error = fieldError(data.error);
    return error ? { type, field, request, error } : undefined;
  }
  if (!isFieldKind(kind)) return undefined;
  if (type === 'hello') return { type, field, kind };
  if (!isString(raw)) return undefined;
  if (type === 'restore') return { type, field, kind, raw };
  const card = cardPart(data.card);
  return type === 'keep' && card ? { type, field, kind, raw, card } : undefined;
}
