/**
 * Messages between a card element in the storefront's page (the host) and its field frame, and between sibling frames.
 * Only the handshake travels by `window.postMessage` (exact origins on both sides); everything else goes over the
 * `MessagePort` it hands over, and every message is checked against a schema before it is acted on: this file holds
 * what the page checks (and the shapes both sides share); `frame-requests.ts` what only the frame checks.
 */
import * as z from 'zod/mini';
import { FIELD_KINDS } from '../fields/field-kind.js';

export const HANDSHAKE = 'dr-field-connect';


const FieldErrorSchema = z.object({ type: z.literal('validation_error'), code: z.string(), message: z.string() });

export const FieldStateMessageSchema = z.object({
  elementType: z.enum(FIELD_KINDS),
  empty: z.boolean(),
  complete: z.boolean(),
  brand: z.string(),
  error: z.optional(FieldErrorSchema),
  focused: z.boolean(),
  autofilled: z.boolean(),
  /** How many edits the value has had (never the value): a checkout can tell whether the card changed. */
  edits: z.number(),
});

/** Frame -> host: answers, and events the host turns into element events. */
export const FrameMessageSchema = z.union([
  z.object({ id: z.number(), result: z.unknown() }),
  z.object({ event: z.literal('ready') }),
  z.object({ event: z.literal('state'), state: FieldStateMessageSchema }),
  z.object({ event: z.literal('height'), px: z.number() }),
  z.object({ event: z.literal('return') }),
]);
