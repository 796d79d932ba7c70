/**
 * The Sources half of the API contract as the sandbox enforces it: the request schemas here, the strict response
 * schemas in `response-schemas.ts`. Checkouts, customers and orders live in `commerce-schemas.ts`. The widget imports
 * only types from here; it reads responses by hand (`source.ts`).
 */
import * as z from 'zod/mini';

export * from './response-schemas.js';
import { AddressSchema, OwnerSchema } from './response-schemas.js';

const month = () => z.int().check(z.gte(1), z.lte(12));
const year = () => z.int().check(z.gte(2000), z.lte(2100));

/**
 * The owner sent with a request: its email must look like one. A postal code may come as a number (Digital River's
 * own `updateSource` example sends `55410`); it is kept as text.
 */
export const OwnerInputSchema = z.extend(OwnerSchema, {
  email: z.email(),
  address: z.optional(
    z.extend(AddressSchema, { postalCode: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform((code) => String(code)))) }),
  ),
});

/** Card data sent once, to create a source. The only request that carries the full card number. */
export const CardInputSchema = z.object({
  number: z.string().check(z.regex(/^\d{12,19}$/)),
  expirationMonth: month(),
  expirationYear: year(),
  cvv: z.string().check(z.regex(/^\d{3,4}$/)),
});

const common = {
  sessionId: z.optional(z.string()),
  owner: z.optional(OwnerInputSchema),
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
  owner: z.optional(OwnerInputSchema),
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

