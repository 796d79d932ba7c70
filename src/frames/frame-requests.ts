/** What the field frame accepts: the handshake, the page's requests, and its sibling frames' messages. */
import * as z from 'zod/mini';
import { FIELD_KINDS } from '../fields/field-kind.js';
import { HANDSHAKE } from './protocol.js';

const json = z.record(z.string(), z.unknown());

/** Where the frame sends the card data: the API base URL and the public key, never a secret. */
export const ApiTargetSchema = z.object({ baseUrl: z.string(), publicKey: z.string(), timeoutMs: z.optional(z.number()) });
export type ApiTarget = z.infer<typeof ApiTargetSchema>;


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


export const HandshakeSchema = z.object({ type: z.literal(HANDSHAKE), kind: z.enum(FIELD_KINDS) });

/** Host -> frame requests; each is answered with `{id, result}`. */
export const HostRequestSchema = z.discriminatedUnion('call', [
  z.object({ id: z.number(), call: z.literal('configure'), settings: FrameSettingsSchema }),
  z.object({ id: z.number(), call: z.enum(['focus', 'blur', 'clear', 'validate']) }),
  /** Hands over a port to a sibling frame of the same group (the other end goes to the sibling). */
  z.object({ id: z.number(), call: z.literal('sibling'), kind: z.enum(FIELD_KINDS) }),
  z.object({ id: z.number(), call: z.literal('tokenize'), api: ApiTargetSchema, data: json }),
  z.object({ id: z.number(), call: z.literal('authenticate'), api: ApiTargetSchema, sourceId: z.string(), clientSecret: z.string(), body: json }),
  z.object({ id: z.number(), call: z.literal('updateExpiration'), api: ApiTargetSchema, sourceId: z.string(), clientSecret: z.string(), body: json }),
]);
export type HostRequest = z.infer<typeof HostRequestSchema>;

/** Number frame -> sibling frame, over their own port: the only messages that carry card data. */
export const SiblingRequestSchema = z.object({ id: z.number(), call: z.literal('read') });
export const SiblingAnswerSchema = z.object({
  id: z.number(),
  value: z.object({ expirationMonth: z.optional(z.number()), expirationYear: z.optional(z.number()), cvv: z.optional(z.string()) }),
});
