/**
 * Messages between a card element in the storefront's page (the host) and its field frame, and between sibling frames.
 * Only the handshake travels by `window.postMessage` (exact origins on both sides); everything else goes over the
 * `MessagePort` it hands over, and every message is checked against these schemas before it is acted on.
 */
import * as z from 'zod/mini';
import { FIELD_KINDS } from '../fields/field-kind.js';

export const HANDSHAKE = 'dr-field-connect';

export const HandshakeSchema = z.object({ type: z.literal(HANDSHAKE), kind: z.enum(FIELD_KINDS) });

/** Where the frame sends the card data: the API base URL and the public key, never a secret. */
export const ApiTargetSchema = z.object({ baseUrl: z.string(), publicKey: z.string(), timeoutMs: z.optional(z.number()) });
export type ApiTarget = z.infer<typeof ApiTargetSchema>;

const json = z.record(z.string(), z.unknown());

export const FrameSettingsSchema = z.object({
  label: z.string(),
  placeholder: z.string(),
  locale: z.optional(z.string()),
  style: z.optional(json),
  disabled: z.boolean(),
  /** The number field's brand, for the security code's length. */
  brand: z.string(),
  /** The host clock minus the real clock, for expiry checks under an injected clock. */
  nowOffsetMs: z.number(),
});
export type FrameSettings = z.infer<typeof FrameSettingsSchema>;

/** Host -> frame requests; each is answered with `{id, result}`. */
export const HostRequestSchema = z.discriminatedUnion('call', [
  z.object({ id: z.number(), call: z.literal('configure'), settings: FrameSettingsSchema }),
  z.object({ id: z.number(), call: z.enum(['focus', 'blur', 'clear', 'validate', 'checkOnly']) }),
  /** Hands over a port to a sibling frame of the same group (the other end goes to the sibling). */
  z.object({ id: z.number(), call: z.literal('sibling'), kind: z.enum(FIELD_KINDS) }),
  z.object({ id: z.number(), call: z.literal('tokenize'), api: ApiTargetSchema, data: json }),
  z.object({ id: z.number(), call: z.literal('authenticate'), api: ApiTargetSchema, sourceId: z.string(), clientSecret: z.string(), body: json }),
  z.object({ id: z.number(), call: z.literal('updateExpiration'), api: ApiTargetSchema, sourceId: z.string(), clientSecret: z.string(), body: json }),
]);
export type HostRequest = z.infer<typeof HostRequestSchema>;

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
export type FrameMessage = z.infer<typeof FrameMessageSchema>;

/** Number frame -> sibling frame, over their own port: the only messages that carry card data. */
export const SiblingRequestSchema = z.object({ id: z.number(), call: z.literal('read') });
export const SiblingAnswerSchema = z.object({
  id: z.number(),
  value: z.object({ expirationMonth: z.optional(z.number()), expirationYear: z.optional(z.number()), cvv: z.optional(z.string()) }),
});
