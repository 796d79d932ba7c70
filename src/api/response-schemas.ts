/**
 * What the sandbox answers about sources, described strictly: its routes and the commerce client (a back end) check
 * against these. The widget reads responses liberally, by hand, in `source.ts`.
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

export const text = () => z.string().check(z.minLength(1));

export const AddressSchema = z.object({
  line1: z.optional(z.string()),
  line2: z.optional(z.string()),
  city: z.optional(z.string()),
  state: z.optional(z.string()),
  postalCode: z.optional(z.string()),
  country: z.optional(z.string()),
});
export type Address = z.infer<typeof AddressSchema>;

/** An owner as the API returns it; requests check the email's format too (`OwnerInputSchema`). */
export const OwnerSchema = z.object({
  firstName: text(),
  lastName: text(),
  email: z.string(),
  phoneNumber: z.optional(z.string()),
  address: z.optional(AddressSchema),
});
export type Owner = z.infer<typeof OwnerSchema>;

// Plain numbers here (z.int() costs bundle weight); requests check for integers.
const month = () => z.number().check(z.gte(1), z.lte(12));
const year = () => z.number().check(z.gte(2000), z.lte(2100));

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
  // A plain pattern instead of z.iso.datetime(): the same check for the widget at a fraction of the bundle weight.
  createdTime: z.string().check(z.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)),
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
  /** `requires_action` card sources (3-D Secure): the page the library shows the shopper in its challenge dialog. */
  authentication: z.optional(z.object({ challengeUrl: z.string() })),
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

export const AuthenticateSourceResponseSchema = z.object({
  status: z.enum(['complete', 'authentication_not_required', 'failed']),
  source: SourceSchema,
});
export type AuthenticateSourceResponse = z.infer<typeof AuthenticateSourceResponseSchema>;
