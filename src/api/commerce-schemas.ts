/**
 * Checkouts, customers and orders: the secret-key half of the contract, used by storefront back ends, the demo's
 * simulated back end, tests and the sandbox. The widget bundle never imports this file.
 */
import * as z from 'zod/mini';
import { SourceSchema, SourceTypeSchema } from './schemas.js';

const id = () => z.string().check(z.minLength(1));
const currency = () => z.string().check(z.regex(/^[A-Z]{3}$/));
const money = () => z.number().check(z.gte(0));

/** The billing details of a checkout; its country decides the payment methods offered. */
export const BillToSchema = z.object({
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  address: z.object({
    line1: z.optional(z.string()),
    city: z.optional(z.string()),
    postalCode: z.optional(z.string()),
    state: z.optional(z.string()),
    country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  }),
});

export const CheckoutItemInputSchema = z.object({
  skuId: z.optional(z.string()),
  name: z.optional(z.string()),
  quantity: z.int().check(z.gte(1)),
  /** Unit price. */
  price: money(),
});

export const CheckoutItemSchema = z.object({
  skuId: z.optional(z.string()),
  name: z.optional(z.string()),
  quantity: z.int(),
  price: z.number(),
  amount: z.number(),
});

export const SESSION_STATES = ['requires_source', 'requires_action', 'requires_confirmation', 'complete'] as const;
export const PaymentSessionSchema = z.object({
  id: id(),
  amountContributed: z.number(),
  amountRemainingToBeContributed: z.number(),
  state: z.enum(SESSION_STATES),
});
export type PaymentSession = z.infer<typeof PaymentSessionSchema>;

/** A source as seen on a checkout: the source plus the amount it contributes there. */
export const CheckoutSourceSchema = z.extend(SourceSchema, { amount: z.number() });

export const CheckoutSchema = z.object({
  id: id(),
  createdTime: z.iso.datetime(),
  currency: currency(),
  customerId: z.optional(z.string()),
  email: z.optional(z.string()),
  billTo: z.optional(BillToSchema),
  items: z.array(CheckoutItemSchema),
  totalAmount: z.number(),
  sources: z.array(CheckoutSourceSchema),
  payment: z.object({ session: PaymentSessionSchema }),
  orderId: z.optional(z.string()),
  liveMode: z.boolean(),
});
export type Checkout = z.infer<typeof CheckoutSchema>;

export const CreateCheckoutSchema = z.object({
  currency: currency(),
  items: z.array(CheckoutItemInputSchema).check(z.minLength(1)),
  customerId: z.optional(id()),
  email: z.optional(z.email()),
  billTo: z.optional(BillToSchema),
  sourceId: z.optional(id()),
});
export type CreateCheckoutRequest = z.infer<typeof CreateCheckoutSchema>;

export const UpdateCheckoutSchema = z.strictObject({
  items: z.optional(z.array(CheckoutItemInputSchema).check(z.minLength(1))),
  customerId: z.optional(id()),
  email: z.optional(z.email()),
  billTo: z.optional(BillToSchema),
  sourceId: z.optional(id()),
});
export type UpdateCheckoutRequest = z.infer<typeof UpdateCheckoutSchema>;

export const CustomerSchema = z.object({
  id: id(),
  createdTime: z.iso.datetime(),
  email: z.optional(z.string()),
  defaultSourceId: z.optional(z.string()),
  sources: z.array(SourceSchema),
  liveMode: z.boolean(),
});
export type Customer = z.infer<typeof CustomerSchema>;

export const CreateCustomerSchema = z.object({
  id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
  email: z.optional(z.email()),
});
export type CreateCustomerRequest = z.infer<typeof CreateCustomerSchema>;

export const UpdateCustomerSchema = z.strictObject({
  email: z.optional(z.email()),
  defaultSourceId: z.optional(id()),
});
export type UpdateCustomerRequest = z.infer<typeof UpdateCustomerSchema>;

export const ChargeOperationSchema = z.object({
  id: id(),
  amount: z.number(),
  state: z.enum(['pending', 'complete', 'failed']),
  createdTime: z.iso.datetime(),
});
export type ChargeOperation = z.infer<typeof ChargeOperationSchema>;

export const CHARGE_STATES = ['pending', 'capturable', 'processing', 'complete', 'cancelled', 'failed'] as const;
export const ChargeSchema = z.object({
  id: id(),
  sourceId: id(),
  type: SourceTypeSchema,
  /** Primary (one per order) or secondary (store credit). */
  role: z.enum(['primary', 'secondary']),
  amount: z.number(),
  currency: currency(),
  state: z.enum(CHARGE_STATES),
  captures: z.array(ChargeOperationSchema),
  cancels: z.array(ChargeOperationSchema),
  refunds: z.array(ChargeOperationSchema),
});
export type Charge = z.infer<typeof ChargeSchema>;

export const ORDER_STATES = ['pending_payment', 'accepted', 'complete', 'cancelled'] as const;
export const OrderSchema = z.object({
  id: id(),
  checkoutId: id(),
  createdTime: z.iso.datetime(),
  customerId: z.optional(z.string()),
  currency: currency(),
  totalAmount: z.number(),
  state: z.enum(ORDER_STATES),
  charges: z.array(ChargeSchema),
  /** Charge operations in the order they ran (captures: secondary first; cancels and refunds: primary first). */
  events: z.array(z.object({ action: z.enum(['capture', 'cancel', 'refund']), chargeId: id(), state: z.string() })),
  liveMode: z.boolean(),
});
export type Order = z.infer<typeof OrderSchema>;

export const CreateOrderSchema = z.object({ checkoutId: id() });
export type CreateOrderRequest = z.infer<typeof CreateOrderSchema>;
