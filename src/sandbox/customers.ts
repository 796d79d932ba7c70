/** Customer rules: saving a source makes it reusable, the first saved source becomes the default, removal cancels. */
import type { CreateCustomerRequest, Customer, UpdateCustomerRequest } from '../api/commerce-schemas.js';
import type { Source } from '../api/schemas.js';
import { sourceRecord } from './checkouts.js';
import { PAYMENT_METHODS } from './payment-methods.data.js';
import { conflict, invalidParameter, notFound } from './sandbox-error.js';
import { moveSource, viewSource } from './sources.js';
import type { SandboxState } from './state.js';
import type { CustomerRecord } from './store.js';

export function customerRecord(state: SandboxState, id: string, parameter = 'id'): CustomerRecord {
  const record = state.store.customers.get(id);
  if (!record) throw notFound('Customer', parameter);
  return record;
}

export function viewCustomer(state: SandboxState, customer: CustomerRecord): Customer {
  const view: Customer = {
    id: customer.id,
    createdTime: customer.createdTime,
    sources: customer.sourceIds.map((id) => viewSource(sourceRecord(state, id))),
    liveMode: false,
  };
  if (customer.email !== undefined) view.email = customer.email;
  if (customer.defaultSourceId !== undefined) view.defaultSourceId = customer.defaultSourceId;
  return view;
}

export function createCustomer(state: SandboxState, body: CreateCustomerRequest): Customer {
  const id = body.id ?? state.store.newId('cus');
  if (state.store.customers.has(id)) throw conflict('customer_exists', 'A customer with this id already exists.', 'id');
  const customer: CustomerRecord = { id, createdTime: state.clock.now().toISOString(), sourceIds: [] };
  if (body.email !== undefined) customer.email = body.email;
  state.store.customers.set(id, customer);
  return viewCustomer(state, customer);
}

export function updateCustomer(state: SandboxState, customer: CustomerRecord, body: UpdateCustomerRequest): Customer {
  if (body.defaultSourceId !== undefined) {
    if (!customer.sourceIds.includes(body.defaultSourceId)) {
      throw invalidParameter('defaultSourceId', 'The default source must first be saved to this customer.');
    }
    customer.defaultSourceId = body.defaultSourceId;
  }
  if (body.email !== undefined) customer.email = body.email;
  return viewCustomer(state, customer);
}

export function saveSource(state: SandboxState, customer: CustomerRecord, sourceId: string): Source {
  const record = sourceRecord(state, sourceId);
  const source = record.source;
  if (source.customerId === customer.id && customer.sourceIds.includes(sourceId)) return viewSource(record);
  if (source.customerId !== undefined) {
    throw conflict('source_in_use', `Source '${sourceId}' is attached to a different customer.`, 'sourceId');
  }
  if (!PAYMENT_METHODS[source.type].supportsReuse) {
    throw conflict('nonreusable_source', 'Only a reusable source may be attached to a customer.');
  }
  if (source.state !== 'chargeable') throw conflict('source_not_chargeable', `Source '${sourceId}' is not chargeable.`, 'sourceId');
  source.reusable = true;
  source.customerId = customer.id;
  customer.sourceIds.push(sourceId);
  customer.defaultSourceId ??= sourceId;
  return viewSource(record);
}

/** A removed source is cancelled for good; saving it again gives `source_not_chargeable`. */
export function removeSource(state: SandboxState, customer: CustomerRecord, sourceId: string): void {
  if (!customer.sourceIds.includes(sourceId)) throw notFound('Source on this customer', 'sourceId');
  const record = sourceRecord(state, sourceId);
  customer.sourceIds = customer.sourceIds.filter((id) => id !== sourceId);
  if (customer.defaultSourceId === sourceId) {
    if (customer.sourceIds[0] === undefined) delete customer.defaultSourceId;
    else customer.defaultSourceId = customer.sourceIds[0];
  }
  delete record.source.customerId;
  if (!['failed', 'consumed', 'cancelled'].includes(record.source.state)) moveSource(record, 'cancelled');
}
