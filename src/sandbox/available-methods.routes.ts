/** HTTP side of `GET /payment-methods` (publishable key); the rules are in `available-methods.ts`. */
import { availablePaymentMethods, readFilters } from './available-methods.js';
import type { Route } from './router.js';

export const availableMethodRoutes: Route[] = [
  {
    method: 'GET',
    path: '/payment-methods',
    access: 'public',
    handle: (c) => ({ status: 200, body: availablePaymentMethods(c.state, readFilters(c.url.searchParams)) }),
  },
];
