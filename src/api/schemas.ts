/**
 * The Sources half of the API contract, shared by the widget (client) and the sandbox (server).
 * Uses `zod/mini` because this file ships in the widget bundle. Checkouts, customers and orders live in
 * `commerce-schemas.ts`, which the widget never imports.
 */
import * as z from 'zod/mini';

export const SOURCE_TYPES = [
  'creditCard',
  'googlePay',
  'applePay',
  'payPal',
  'directDebit',
  'wireTransfer',
  'customerCredit',
] as const;
export const SourceTypeSchema = z.enum(SOURCE_TYPES);
export type SourceType = z.infer<typeof SourceTypeSchema>;

export const SOURCE_STATES = [
  'chargeable',
  'failed',
  'consumed',
  'cancelled',
  'pending_redirect',
  'pending_funds',
  'requires_action',
] as const;
export const SourceStateSchema = z.enum(SOURCE_STATES);
export type SourceState = z.infer<typeof SourceStateSchema>;

export const SourceFlowSchema = z.enum(['standard', 'redirect', 'receiver']);
export type SourceFlow = z.infer<typeof SourceFlowSchema>;

const text = () => z.string().check(z.minLength(1));

export const AddressSchema = z.object({
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  city: z.optional(z.string()),
  state: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  country: z.optional(z.string()),
});
export type Address = z.infer<typeof AddressSchema>;

export const OwnerSchema = z.object({
  firstName: text(),
  lastName: text(),
  email: z.email(),
  phoneNumber: z.optional(z.string()),
  address: z.optional(AddressSchema),
});
export type Owner = z.infer<typeof OwnerSchema>;

const month = () => z.int().check(z.gte(1), z.lte(12));
const year = () => z.int().check(z.gte(2000), z.lte(2100));

/** What a source keeps of a card: never the number, never the security code. */
export const CreditCardDetailsSchema = z.object({
  brand: z.string(),
  expirationMonth: month(),
  expirationYear: year(),
  lastFourDigits: z.string().check(z.regex(/^\d{4}$/)),
});
export type CreditCardDetails = z.infer<typeof CreditCardDetailsSchema>;

/** Bank details a shopper needs to push the funds of a wire transfer. */
export const WireTransferInstructionsSchema = z.object({
  accountHolder: z.string(),
  bankName: z.string(),
  iban: z.string(),
  swiftCode: z.string(),
  referenceId: z.string(),
});

export const RedirectSchema = z.object({
  redirectUrl: z.string(),
  returnUrl: z.optional(z.string()),
  cancelUrl: z.optional(z.string()),
});

export const SourceSchema = z.object({
  id: text(),
  clientSecret: text(),
  type: SourceTypeSchema,
  reusable: z.boolean(),
  state: SourceStateSchema,
  flow: SourceFlowSchema,
  createdTime: z.iso.datetime(),
  liveMode: z.optional(z.boolean()),
  customerId: z.optional(z.string()),
  paymentSessionId: z.optional(z.string()),
  amount: z.optional(z.number()),
  currency: z.optional(z.string()),
  owner: z.optional(OwnerSchema),
  creditCard: z.optional(CreditCardDetailsSchema),
  googlePay: z.optional(CreditCardDetailsSchema),
  applePay: z.optional(CreditCardDetailsSchema),
  payPal: z.optional(z.object({ payerEmail: z.optional(z.string()) })),
  directDebit: z.optional(z.object({ bankName: z.optional(z.string()) })),
  wireTransfer: z.optional(WireTransferInstructionsSchema),
  customerCredit: z.optional(z.object({})),
  redirect: z.optional(RedirectSchema),
});
export type Source = z.infer<typeof SourceSchema>;

export const ApiErrorBodySchema = z.object({
  type: text(),
  errors: z.array(
    z.object({
      code: text(),
      parameter: z.optional(z.string()),
      message: z.string(),
    }),
  ).check(z.minLength(1)),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** Card data sent once, to create a source. The only request that carries the full card number. */
export const CardInputSchema = z.object({
  number: z.string().check(z.regex(/^\d{12,19}$/)),
  expirationMonth: month(),
  expirationYear: year(),
  cvv: z.string().check(z.regex(/^\d{3,4}$/)),
});

const common = {
  sessionId: z.optional(z.string()),
  owner: z.optional(OwnerSchema),
  amount: z.optional(z.number().check(z.gte(0))),
  currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
};
const redirectInput = z.object({ returnUrl: z.url(), cancelUrl: z.optional(z.url()) });

export const CreateCreditCardSourceSchema = z.object({
  type: z.literal('creditCard'),
  ...common,
  creditCard: CardInputSchema,
});
export type CreateSourceRequest = z.infer<typeof CreateCreditCardSourceSchema>;

/** Every type the sandbox creates. `customerCredit` needs a secret key and an amount. */
export const CreateAnySourceSchema = z.discriminatedUnion('type', [
  CreateCreditCardSourceSchema,
  z.object({ type: z.literal('googlePay'), ...common, googlePay: z.optional(z.object({ token: z.optional(z.string()) })) }),
  z.object({ type: z.literal('applePay'), ...common, applePay: z.optional(z.object({ token: z.optional(z.string()) })) }),
  z.object({ type: z.literal('payPal'), ...common, payPal: redirectInput }),
  z.object({ type: z.literal('directDebit'), ...common, directDebit: redirectInput }),
  z.object({ type: z.literal('wireTransfer'), ...common, wireTransfer: z.optional(z.object({})) }),
  z.object({
    type: z.literal('customerCredit'),
    ...common,
    amount: z.number().check(z.gt(0)),
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
    customerCredit: z.optional(z.object({})),
  }),
]);
export type CreateAnySourceRequest = z.infer<typeof CreateAnySourceSchema>;

/** Only the owner and the card's expiration can change after creation. Other keys are refused, not ignored. */
export const UpdateSourceSchema = z.strictObject({
  owner: z.optional(OwnerSchema),
  creditCard: z.optional(z.strictObject({ expirationMonth: month(), expirationYear: year() })),
});
export type UpdateSourceRequest = z.infer<typeof UpdateSourceSchema>;

export const AuthenticateSourceSchema = z.object({
  sessionId: z.optional(z.string()),
  returnUrl: z.optional(z.string()),
  /** A freshly entered security code: re-authenticating with it renews the card's CVC lifetime. */
  cvv: z.optional(z.string().check(z.regex(/^\d{3,4}$/))),
  /** Sandbox only: how the simulated 3-D Secure challenge ends (default `approve`). */
  challengeResult: z.optional(z.enum(['approve', 'decline'])),
});
export type AuthenticateSourceRequest = z.infer<typeof AuthenticateSourceSchema>;

export const AuthenticateSourceResponseSchema = z.object({
  status: z.enum(['complete', 'authentication_not_required', 'failed']),
  source: SourceSchema,
});
export type AuthenticateSourceResponse = z.infer<typeof AuthenticateSourceResponseSchema>;
