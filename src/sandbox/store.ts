/** The sandbox's in-memory data. Everything lives here so that `reset()` really starts over. */
import type { BillToSchema, CheckoutItemSchema, Order } from '../api/commerce-schemas.js';
import type { Source, SourceState } from '../api/schemas.js';
import type { PaymentOutcome } from './test-cards.data.js';
import type * as z from 'zod/mini';

export interface SourceRecord {
  source: Source;
  /** Sandbox behaviour picked at creation (test card or `owner.lastName`). */
  outcome: PaymentOutcome;
  /** When the card's security code was last collected (epoch ms on the sandbox clock); cards only. */
  cvcCollectedAt?: number;
  /** Every state the source has been in, oldest first. */
  history: SourceState[];
}

/** A source on a checkout and the amount it contributes there. */
export interface Attachment {
  sourceId: string;
  amount: number;
}

export interface CheckoutRecord {
  id: string;
  createdTime: string;
  currency: string;
  customerId?: string;
  email?: string;
  /** The billing details; the country decides which payment methods the session offers. */
  billTo?: z.infer<typeof BillToSchema>;
  items: z.infer<typeof CheckoutItemSchema>[];
  totalAmount: number;
  sessionId: string;
  /** At most one primary (checked by the property test); secondaries in the order attached. */
  attachments: Attachment[];
  orderId?: string;
}

export interface CustomerRecord {
  id: string;
  createdTime: string;
  email?: string;
  defaultSourceId?: string;
  sourceIds: string[];
}

/** A charge operation still pending: it fails at `failAt` (sandbox clock), or never settles when null. */
export interface PendingOperation {
  chargeId: string;
  operationId: string;
  action: 'capture' | 'refund';
  failAt: number | null;
}

export interface OrderRecord {
  order: Order;
  pending: PendingOperation[];
}

export interface Store {
  sources: Map<string, SourceRecord>;
  checkouts: Map<string, CheckoutRecord>;
  customers: Map<string, CustomerRecord>;
  orders: Map<string, OrderRecord>;
  /** Unique id with a readable prefix, e.g. `src_3f9a…`. */
  newId(prefix: string): string;
  reset(): void;
}

export function createStore(): Store {
  const store: Store = {
    sources: new Map(),
    checkouts: new Map(),
    customers: new Map(),
    orders: new Map(),
    newId: (prefix) => `${prefix}_${randomHex(12)}`,
    reset() {
      store.sources.clear();
      store.checkouts.clear();
      store.customers.clear();
      store.orders.clear();
    },
  };
  return store;
}

/** Hex from the platform's CSPRNG (also present on insecure origins, unlike `crypto.randomUUID`). */
export function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}
