// The storefront's back end, simulated inside the demo page: it holds a sandbox secret key and calls the sandbox (over
// HTTP, at the tab's sandbox URL) the way a real server would call the payment API. A real storefront keeps this on
// its server.
import { createCommerceClient } from '../../src/api/commerce-client.js';
import type { Checkout, Customer, Order } from '../../src/api/commerce-schemas.js';
import type { DrError } from '../../src/api/errors.js';
import type { Source } from '../../src/api/schemas.js';

export const SECRET_KEY = 'sk_test_demo_storefront';
export const PUBLIC_KEY = 'pk_test_demo_storefront';

type Result<T> = { data: T } | { error: DrError };
const unwrap = async <T>(call: Promise<{ data?: T; error?: DrError }>): Promise<Result<T>> => {
  const result = await call;
  return result.error ? { error: result.error } : { data: result.data as T };
};

export type Storefront = ReturnType<typeof createStorefront>;

/** Where the shopper buys: the checkout's currency and billing country, which decide the payment methods offered. */
export const MARKETS = {
  US: { currency: 'USD', country: 'US' },
  FR: { currency: 'EUR', country: 'FR' },
  GB: { currency: 'GBP', country: 'GB' },
} as const;
export type Market = keyof typeof MARKETS;

/** The storefront's server calls, against the sandbox at `baseUrl`. */
export function createStorefront(baseUrl: string) {
  const api = createCommerceClient({ baseUrl, secretKey: SECRET_KEY });
  return {
    /** A cart of two items, as a storefront creates it before the payment step. */
    createCheckout(customerId?: string, market: Market = 'US'): Promise<Result<Checkout>> {
      return unwrap(
        api.createCheckout({
          currency: MARKETS[market].currency,
          billTo: { address: { country: MARKETS[market].country } },
          email: 'ada@example.test',
          ...(customerId ? { customerId } : {}),
          items: [
            { skuId: 'sku-notebook', name: 'Notebook', quantity: 2, price: 12.5 },
            { skuId: 'sku-pen', name: 'Fountain pen', quantity: 1, price: 35 },
          ],
        }),
      );
    },

    retrieveCheckout: (id: string): Promise<Result<Checkout>> => unwrap(api.retrieveCheckout(id)),
    retrieveSource: (id: string): Promise<Result<Source>> => unwrap(api.retrieveSource(id)),
    attachSource: (checkoutId: string, sourceId: string): Promise<Result<Checkout>> => unwrap(api.attachSource(checkoutId, sourceId)),
    placeOrder: (checkoutId: string): Promise<Result<Order>> => unwrap(api.createOrder(checkoutId)),

    /** A signed-in shopper with one saved card, made the way a storefront would: create, save to the customer. */
    async signInWithSavedCard(): Promise<Result<Customer>> {
      const customer = await unwrap(api.createCustomer({ email: 'grace@example.test' }));
      if ('error' in customer) return customer;
      const card = await unwrap(
        api.createSource({
          type: 'creditCard',
          owner: { firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.test' },
          creditCard: { number: '5466160000000008', expirationMonth: 7, expirationYear: 2031, cvv: '123' },
        }),
      );
      if ('error' in card) return card;
      const saved = await unwrap(api.saveSource(customer.data.id, card.data.id));
      if ('error' in saved) return saved;
      return unwrap(api.retrieveCustomer(customer.data.id));
    },

    /** Store credit is a secondary `customerCredit` source, created with the secret key and attached to the checkout. */
    async applyStoreCredit(checkoutId: string, amount: number): Promise<Result<Checkout>> {
      const credit = await unwrap(
        api.createSource({
          type: 'customerCredit',
          amount,
          currency: 'USD',
          owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
        }),
      );
      if ('error' in credit) return credit;
      return unwrap(api.attachSource(checkoutId, credit.data.id));
    },
  };
}
