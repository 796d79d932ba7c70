/** What the frames accept: handshakes and requests from the page, and each other's messages on their channel. */
import * as z from 'zod/mini';
import { FIELD_KINDS } from '../shared/field-kind.js';
import { CONTROLLER_HANDSHAKE, FIELD_HANDSHAKE, type ApiChoice } from '../shared/protocol.js';

const json = z.record(z.string(), z.unknown());
const kind = z.enum(FIELD_KINDS);
/** A field's id: random, made by its page element, kept across remounts so the controller can give its value back. */
const fieldId = z.string().check(z.regex(/^[\w-]{8,64}$/));

// ---- page -> field frame ----

export const FieldHandshakeSchema = z.object({ type: z.literal(FIELD_HANDSHAKE), kind });

export const FieldSettingsSchema = z.object({
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
export type FieldSettings = z.infer<typeof FieldSettingsSchema>;

/** Each is answered with `{id, result}`; none of them returns card data. */
export const FieldRequestSchema = z.discriminatedUnion('call', [
  z.object({ id: z.number(), call: z.literal('configure'), settings: FieldSettingsSchema }),
  z.object({ id: z.number(), call: z.enum(['focus', 'blur', 'clear']) }),
]);
export type FieldRequest = z.infer<typeof FieldRequestSchema>;

// ---- page -> controller frame ----

export const ControllerHandshakeSchema = z.object({ type: z.literal(CONTROLLER_HANDSHAKE) });

const FieldIdsSchema = z.object({ cardnumber: z.optional(fieldId), cardexpiration: z.optional(fieldId), cardcvv: z.optional(fieldId) });

const ApiChoiceSchema = z.object({ baseUrl: z.optional(z.string()), publicKey: z.string(), timeoutMs: z.optional(z.number()) });
export type { ApiChoice };

/** Each is answered with `{id, result}`; results are sources, API answers and error codes, never card data. */
export const ControllerRequestSchema = z.discriminatedUnion('call', [
  /** Each field shows its error, if any; answers `{error?}`. */
  z.object({ id: z.number(), call: z.literal('validate'), fields: FieldIdsSchema }),
  /** Answers an opaque token that changes whenever a value of these fields changes. */
  z.object({ id: z.number(), call: z.literal('version'), fields: FieldIdsSchema }),
  /** Erases what the controller keeps of a field (its element was destroyed). */
  z.object({ id: z.number(), call: z.literal('forget'), field: fieldId }),
  z.object({ id: z.number(), call: z.literal('tokenize'), fields: FieldIdsSchema, api: ApiChoiceSchema, data: json }),
  z.object({ id: z.number(), call: z.literal('authenticate'), fields: FieldIdsSchema, api: ApiChoiceSchema, sourceId: z.string(), clientSecret: z.string(), body: json }),
  z.object({ id: z.number(), call: z.literal('updateExpiration'), fields: FieldIdsSchema, api: ApiChoiceSchema, sourceId: z.string(), clientSecret: z.string(), body: json }),
]);
export type ControllerRequest = z.infer<typeof ControllerRequestSchema>;

// ---- field frames <-> controller frame, on their channel (frame origin only) ----

export const CardPartSchema = z.object({
  number: z.optional(z.string()),
  expirationMonth: z.optional(z.number()),
  expirationYear: z.optional(z.number()),
  cvv: z.optional(z.string()),
});
export type CardPart = z.infer<typeof CardPartSchema>;

const FieldErrorSchema = z.object({ type: z.literal('validation_error'), code: z.string(), message: z.string() });

export const ChannelMessageSchema = z.discriminatedUnion('type', [
  /** Field -> controller, on start: give back what you keep of me. */
  z.object({ type: z.literal('hello'), field: fieldId, kind }),
  /** Field -> controller, after every change of the value. */
  z.object({ type: z.literal('keep'), field: fieldId, kind, raw: z.string(), card: CardPartSchema }),
  /** Controller -> field: the value it had before it was unmounted. */
  z.object({ type: z.literal('restore'), field: fieldId, kind, raw: z.string() }),
  /** Controller -> fields: a controller started; tell it your values again. */
  z.object({ type: z.literal('controller') }),
  /** Controller -> field: show your error as for a submit, and answer with it. */
  z.object({ type: z.literal('validate'), field: fieldId, request: z.string() }),
  z.object({ type: z.literal('validated'), field: fieldId, request: z.string(), error: z.optional(FieldErrorSchema) }),
  /** Controller -> field: empty yourself (the element was destroyed). */
  z.object({ type: z.literal('clear'), field: fieldId }),
]);
export type ChannelMessage = z.infer<typeof ChannelMessageSchema>;
