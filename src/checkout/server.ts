import type { DrError } from '../api/errors.js';
import type { Source } from '../api/source.js';

/**
 * What a checkout needs the storefront's server for: everything that takes the secret key. The storefront supplies it
 * as functions (`checkoutServer`) or as endpoints (`endpointCheckoutServer`); the sandbox supplies a default
 * (`sandboxCheckoutServer` in the sandbox entry) that calls the sandbox API with a sandbox secret key.
 * Each call resolves to a result and never throws.
 */
export interface CheckoutServer {
  /** Attaches a source to the checkout (as primary for cards; a new primary replaces the old one). */
  attachSource(request: { checkoutId: string; sourceId: string }): Promise<CheckoutServerResult<CheckoutView>>;
  /** Detaches a source; a detached single-use source becomes `cancelled` and can no longer be charged. */
  detachSource(request: { checkoutId: string; sourceId: string }): Promise<CheckoutServerResult<void>>;
  /** The signed-in customer's saved (reusable) sources and which one is the default. */
  listSavedSources?(request: { customerId: string }): Promise<CheckoutServerResult<{ sources: Source[]; defaultSourceId?: string }>>;
  /** Saves a chargeable card source to the customer ("save this card"); it becomes reusable. */
  saveSource?(request: { customerId: string; sourceId: string }): Promise<CheckoutServerResult<Source>>;
  removeSavedSource?(request: { customerId: string; sourceId: string }): Promise<CheckoutServerResult<void>>;
  setDefaultSource?(request: { customerId: string; sourceId: string }): Promise<CheckoutServerResult<void>>;
  /**
   * Creates a store-credit (`customerCredit`) source with the secret key, for `CheckoutSession.addStoreCredit({amount})`;
   * `attachSource` then attaches it as a secondary source. A real storefront decides the amount on its server.
   */
  createStoreCredit?(request: { checkoutId: string; customerId?: string; amount: number; currency: string }): Promise<CheckoutServerResult<Source>>;
}

export type CheckoutServerResult<T> = { data: T; error?: undefined } | { error: DrError; data?: undefined };

/** The parts of a checkout the widget shows and reasons about. */
export interface CheckoutView {
  id: string;
  totalAmount: number;
  currency: string;
  sources: (Source & { amount: number })[];
  payment: { session: { id: string; amountContributed: number; amountRemainingToBeContributed: number; state: string } };
}
