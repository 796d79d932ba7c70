/** HTTP side of checkouts, customers and orders (secret key only); the rules are in their own modules. */
import { CreateCheckoutSchema, CreateCustomerSchema, CreateOrderSchema, UpdateCheckoutSchema, UpdateCustomerSchema } from '../api/commerce-schemas.js';
import { attachSource, checkoutRecord, createCheckout, detachSource, updateCheckout, viewCheckout } from './checkouts.js';
import { createCustomer, customerRecord, removeSource, saveSource, updateCustomer, viewCustomer } from './customers.js';
import { createOrder, orderRecord, runAction, viewOrder } from './orders.js';
import type { Route } from './router.js';
import { parseBody } from './validate.js';

const ok = (body: unknown) => ({ status: 200, body });
const created = (body: unknown) => ({ status: 201, body });
const noContent = { status: 204 };

export const commerceRoutes: Route[] = [
  { method: 'POST', path: '/checkouts', access: 'secret', handle: async (c) => created(createCheckout(c.state, parseBody(CreateCheckoutSchema, await c.body()))) },
  { method: 'GET', path: '/checkouts/:id', access: 'secret', handle: (c) => ok(viewCheckout(c.state, checkoutRecord(c.state, c.params.id!))) },
  {
    method: 'POST',
    path: '/checkouts/:id',
    access: 'secret',
    handle: async (c) => {
      const checkout = checkoutRecord(c.state, c.params.id!);
      return ok(updateCheckout(c.state, checkout, parseBody(UpdateCheckoutSchema, await c.body())));
    },
  },
  {
    method: 'POST',
    path: '/checkouts/:id/sources/:sourceId',
    access: 'secret',
    handle: (c) => ok(attachSource(c.state, checkoutRecord(c.state, c.params.id!), c.params.sourceId!)),
  },
  {
    method: 'DELETE',
    path: '/checkouts/:id/sources/:sourceId',
    access: 'secret',
    handle: (c) => (detachSource(c.state, checkoutRecord(c.state, c.params.id!), c.params.sourceId!), noContent),
  },

  { method: 'POST', path: '/customers', access: 'secret', handle: async (c) => created(createCustomer(c.state, parseBody(CreateCustomerSchema, await c.body()))) },
  { method: 'GET', path: '/customers/:id', access: 'secret', handle: (c) => ok(viewCustomer(c.state, customerRecord(c.state, c.params.id!))) },
  {
    method: 'POST',
    path: '/customers/:id',
    access: 'secret',
    handle: async (c) => {
      const customer = customerRecord(c.state, c.params.id!);
      return ok(updateCustomer(c.state, customer, parseBody(UpdateCustomerSchema, await c.body())));
    },
  },
  {
    method: 'POST',
    path: '/customers/:id/sources/:sourceId',
    access: 'secret',
    handle: (c) => ok(saveSource(c.state, customerRecord(c.state, c.params.id!), c.params.sourceId!)),
  },
  {
    method: 'DELETE',
    path: '/customers/:id/sources/:sourceId',
    access: 'secret',
    handle: (c) => (removeSource(c.state, customerRecord(c.state, c.params.id!), c.params.sourceId!), noContent),
  },

  { method: 'POST', path: '/orders', access: 'secret', handle: async (c) => created(createOrder(c.state, parseBody(CreateOrderSchema, await c.body()).checkoutId)) },
  { method: 'GET', path: '/orders/:id', access: 'secret', handle: (c) => ok(viewOrder(orderRecord(c.state, c.params.id!))) },
  { method: 'POST', path: '/orders/:id/capture', access: 'secret', handle: (c) => ok(runAction(c.state, orderRecord(c.state, c.params.id!), 'capture')) },
  { method: 'POST', path: '/orders/:id/cancel', access: 'secret', handle: (c) => ok(runAction(c.state, orderRecord(c.state, c.params.id!), 'cancel')) },
  { method: 'POST', path: '/orders/:id/refund', access: 'secret', handle: (c) => ok(runAction(c.state, orderRecord(c.state, c.params.id!), 'refund')) },
];
