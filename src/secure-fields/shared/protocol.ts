/**
 * Messages of the secure fields, between three parties:
 * - the page (card elements and their group) and each frame: one handshake by `window.postMessage` to the frame's
 *   exact origin, handing over a `MessagePort`; everything after goes over that port. The page sends settings and
 *   commands, and gets back state and results, never card data.
 * - the field frames and the controller frame, all on the frame origin: a `BroadcastChannel` the page cannot join.
 *   Only these messages carry card data.
 * Every message is checked before it is acted on: this file holds the page's checks; `names.ts` the names both sides
 * share; `../frame/requests.ts` the frames' own checks. All are hand-written: a schema library would outweigh the rest.
 */
import { isFieldKind, type FieldError, type FieldKind } from './field-kind.js';
import { isBoolean, isObject, isString, type Json } from './guards.js';
import type { ApiChoice } from './names.js';

export * from './names.js';

/** What the page may know of a field: no value, no length, no digits. */
export interface FieldStateMessage {
  elementType: FieldKind;
  empty: boolean;
  complete: boolean;
  brand: string;
  error?: FieldError;
  focused: boolean;
  autofilled: boolean;
}

/** An answer to the request with this id. */
export interface FrameAnswer {
  id: number;
  result: unknown;
}

/** Field frame -> page: answers, and events the element turns into its own events. */
export type FieldMessage =
  | FrameAnswer
  | { event: 'ready' }
  | { event: 'state'; state: FieldStateMessage }
  | { event: 'height'; px: number }
  | { event: 'title'; text: string }
  | { event: 'return' };

/** Controller -> page. `ready` names the API this frame deployment uses when the page names none. */
export type ControllerMessage = FrameAnswer | { event: 'ready'; defaultApiBaseUrl: string };

/**
 * Page -> controller: the API calls the page makes with its own data (no card element). They name no field, and the
 * controller reads none for them: only `tokenize`, `authenticate` and `updateExpiration` take field values. The API
 * choice is checked as for those; each is answered with the API's result, `{data}` or `{error}`, which the page
 * checks with `readApiAnswer` (`../page/api-answer.ts`).
 */
export type SourceCall =
  | { call: 'createSource'; api: ApiChoice; data: Json }
  | { call: 'retrieveSource'; api: ApiChoice; sourceId: string; clientSecret: string }
  | { call: 'authenticateSource' | 'updateSource'; api: ApiChoice; sourceId: string; clientSecret: string; body: Json }
  | { call: 'retrieveAvailablePaymentMethods'; api: ApiChoice; filters: PaymentMethodFilters };

/** `retrieveAvailablePaymentMethods`' filters, as the controller accepts them: the documented keys, each typed. */
export interface PaymentMethodFilters {
  currency?: string;
  country?: string;
  sessionId?: string;
  supportsStorage?: boolean;
  supportsRecurring?: boolean;
  supportsFreeTrial?: boolean;
}

function readAnswer(data: Json): FrameAnswer | undefined {
  return typeof data.id === 'number' && 'result' in data ? { id: data.id, result: data.result } : undefined;
}

function readError(error: unknown): FieldError | undefined {
  return isObject(error) && error.type === 'validation_error' && isString(error.code) && isString(error.message)
    ? ({ type: error.type, code: error.code, message: error.message } as FieldError)
    : undefined;
}

function readState(state: unknown): FieldStateMessage | undefined {
  if (!isObject(state)) return undefined;
  const { elementType, empty, complete, brand, error, focused, autofilled } = state;
  if (!isFieldKind(elementType) || !isBoolean(empty) || !isBoolean(complete) || !isString(brand)) return undefined;
  if (!isBoolean(focused) || !isBoolean(autofilled)) return undefined;
  if (error === undefined) return { elementType, empty, complete, brand, focused, autofilled };
  const checked = readError(error);
  return checked && { elementType, empty, complete, brand, error: checked, focused, autofilled };
}

/** A field frame's message with only its known keys, or undefined when it is not one. */
export function readFieldMessage(data: unknown): FieldMessage | undefined {
  if (!isObject(data)) return undefined;
  if (!('event' in data)) return readAnswer(data);
  switch (data.event) {
    case 'ready':
    case 'return':
      return { event: data.event };
    case 'height':
      return typeof data.px === 'number' ? { event: 'height', px: data.px } : undefined;
    case 'title':
      return isString(data.text) ? { event: 'title', text: data.text.slice(0, 200) } : undefined;
    case 'state': {
      const state = readState(data.state);
      return state && { event: 'state', state };
    }
  }
  return undefined;
}

/** The controller frame's message with only its known keys, or undefined when it is not one. */
export function readControllerMessage(data: unknown): ControllerMessage | undefined {
  if (!isObject(data)) return undefined;
  if (!('event' in data)) return readAnswer(data);
  return data.event === 'ready' && isString(data.defaultApiBaseUrl) ? { event: 'ready', defaultApiBaseUrl: data.defaultApiBaseUrl } : undefined;
}
