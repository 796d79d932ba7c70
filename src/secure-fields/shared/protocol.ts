/**
 * Messages of the secure fields, between three parties:
 * - the page (card elements and their group) and each frame: one handshake by `window.postMessage` to the frame's
 *   exact origin, handing over a `MessagePort`; everything after goes over that port. The page sends settings and
 *   commands, and gets back state and results, never card data.
 * - the field frames and the controller frame, all on the frame origin: a `BroadcastChannel` the page cannot join.
 *   Only these messages carry card data.
 * Every message is checked before it is acted on: this file holds the schemas the page checks; `names.ts` the names
 * both sides share; `../frame/requests.ts` the frames' own checks, hand-written so the field frames load no zod.
 */
import * as z from 'zod/mini';
import { FIELD_KINDS } from './field-kind.js';

export * from './names.js';

const FieldErrorSchema = z.object({ type: z.literal('validation_error'), code: z.string(), message: z.string() });

/** What the page may know of a field: no value, no length, no digits. */
export const FieldStateSchema = z.object({
  elementType: z.enum(FIELD_KINDS),
  empty: z.boolean(),
  complete: z.boolean(),
  brand: z.string(),
  error: z.optional(FieldErrorSchema),
  focused: z.boolean(),
  autofilled: z.boolean(),
});
export type FieldStateMessage = z.infer<typeof FieldStateSchema>;

/** Field frame -> page: answers, and events the element turns into its own events. */
export const FieldMessageSchema = z.union([
  z.object({ id: z.number(), result: z.unknown() }),
  z.object({ event: z.literal('ready') }),
  z.object({ event: z.literal('state'), state: FieldStateSchema }),
  z.object({ event: z.literal('height'), px: z.number() }),
  z.object({ event: z.literal('return') }),
]);

/** Controller -> page. `ready` names the API this frame deployment uses when the page names none. */
export const ControllerMessageSchema = z.union([
  z.object({ id: z.number(), result: z.unknown() }),
  z.object({ event: z.literal('ready'), defaultApiBaseUrl: z.string() }),
]);
