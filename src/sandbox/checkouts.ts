/**
 * Checkout rules: one primary source (a new one replaces the old), secondaries within `totalAmount`, the
 * payment session's amounts and state, attach and detach.
 */
import type { Checkout, CreateCheckoutRequest, PaymentSession, UpdateCheckoutRequest } from '../api/commerce-schemas.js';
import { PAYMENT_METHODS } from './payment-methods.data.js';
import { conflict, notFound } from './sandbox-error.js';
import { moveSource, viewSource } from './sources.js';
import type { SandboxState } from './state.js';
import type { CheckoutRecord, SourceRecord } from './store.js';

const FINAL_STATES = new Set(['failed', 'consumed', 'cancelled']);
const cents = (n: number) => Math.round(n * 100) / 100;

export const isSecondary = (record: SourceRecord) => PAYMENT_METHODS[record.source.type].secondary;

export function sourceRecord(state: SandboxState, id: string, parameter = 'sourceId'): SourceRecord {
  const record = state.store.sources.get(id);
  if (!record) throw notFound('Source', parameter);
  return record;
}

export function checkoutRecord(state: SandboxState, id: string, parameter = 'id'): CheckoutRecord {
  const record = state.store.checkouts.get(id);
  if (!record) throw notFound('Checkout', parameter);
  return record;
}

export function paymentSession(state: SandboxState, checkout: CheckoutRecord): PaymentSession {
  if (checkout.orderId) {
    return { id: checkout.sessionId, amountContributed: checkout.totalAmount, amountRemainingToBeContributed: 0, state: 'complete' };
  }
  const live = checkout.attachments
    .map((a) => ({ a, record: sourceRecord(state, a.sourceId) }))
    .filter(({ record }) => !FINAL_STATES.has(record.source.state));
  const contributed = cents(live.reduce((sum, { a }) => sum + a.amount, 0));
  const remaining = cents(Math.max(0, checkout.totalAmount - contributed));
  const needsAction = live.some(({ record }) => ['pending_redirect', 'requires_action'].includes(record.source.state));
  return {
    id: checkout.sessionId,
    amountContributed: contributed,
    amountRemainingToBeContributed: remaining,
    state: remaining > 0 ? 'requires_source' : needsAction ? 'requires_action' : 'requires_confirmation',
  };
}

export function viewCheckout(state: SandboxState, checkout: CheckoutRecord): Checkout {
  const view: Checkout = {
    id: checkout.id,
    createdTime: checkout.createdTime,
    currency: checkout.currency,
    items: structuredClone(checkout.items),
    totalAmount: checkout.totalAmount,
    sources: checkout.attachments.map((a) => ({ ...viewSource(sourceRecord(state, a.sourceId)), amount: a.amount })),
    payment: { session: paymentSession(state, checkout) },
    liveMode: false,
  };
  if (checkout.customerId !== undefined) view.customerId = checkout.customerId;
  if (checkout.email !== undefined) view.email = checkout.email;
  if (checkout.billTo !== undefined) view.billTo = structuredClone(checkout.billTo);
  if (checkout.orderId !== undefined) view.orderId = checkout.orderId;
  return view;
}

/**
 * Puts amounts right after any change: secondaries keep their own amounts, which together may not exceed
 * `totalAmount`; the primary contributes what is left (so a reusable primary shrinks by each secondary).
 */
function rebalance(state: SandboxState, checkout: CheckoutRecord): void {
  const secondaries = checkout.attachments.filter((a) => isSecondary(sourceRecord(state, a.sourceId)));
  const secondarySum = cents(secondaries.reduce((sum, a) => sum + a.amount, 0));
  if (secondarySum > checkout.totalAmount) {
    throw conflict('amount_exceeds_total', 'The sources on this checkout would exceed its totalAmount.', 'amount');
  }
  for (const a of checkout.attachments) {
    const record = sourceRecord(state, a.sourceId);
    if (!isSecondary(record)) a.amount = cents(checkout.totalAmount - secondarySum);
    record.source.amount = a.amount;
    record.source.currency = checkout.currency;
  }
}

function setItems(checkout: CheckoutRecord, items: CreateCheckoutRequest['items']): void {
  checkout.items = items.map((item) => ({ ...item, amount: cents(item.quantity * item.price) }));
  checkout.totalAmount = cents(checkout.items.reduce((sum, item) => sum + item.amount, 0));
}

function checkCustomer(state: SandboxState, customerId: string | undefined): void {
  if (customerId !== undefined && !state.store.customers.has(customerId)) throw notFound('Customer', 'customerId');
}

function assertOpen(checkout: CheckoutRecord): void {
  if (checkout.orderId) {
    throw conflict('session_update_not_allowed', 'Updating source is not allowed for the current session state.');
  }
}

export function createCheckout(state: SandboxState, body: CreateCheckoutRequest): Checkout {
  checkCustomer(state, body.customerId);
  const checkout: CheckoutRecord = {
    id: state.store.newId('chk'),
    createdTime: state.clock.now().toISOString(),
    currency: body.currency,
    items: [],
    totalAmount: 0,
    sessionId: state.store.newId('ps'),
    attachments: [],
  };
  setItems(checkout, body.items);
  if (body.customerId !== undefined) checkout.customerId = body.customerId;
  if (body.email !== undefined) checkout.email = body.email;
  if (body.billTo !== undefined) checkout.billTo = body.billTo;
  if (body.sourceId !== undefined) attach(state, checkout, body.sourceId); // throws before the checkout is stored
  state.store.checkouts.set(checkout.id, checkout);
  return viewCheckout(state, checkout);
}

export function updateCheckout(state: SandboxState, checkout: CheckoutRecord, body: UpdateCheckoutRequest): Checkout {
  assertOpen(checkout);
  checkCustomer(state, body.customerId);
  if (body.items) {
    const before = { items: checkout.items, totalAmount: checkout.totalAmount };
    setItems(checkout, body.items);
    try {
      rebalance(state, checkout);
    } catch (error) {
      Object.assign(checkout, before);
      throw error;
    }
  }
  if (body.sourceId !== undefined) attach(state, checkout, body.sourceId);
  if (body.customerId !== undefined) checkout.customerId = body.customerId;
  if (body.email !== undefined) checkout.email = body.email;
  if (body.billTo !== undefined) checkout.billTo = body.billTo;
  return viewCheckout(state, checkout);
}

export function attachSource(state: SandboxState, checkout: CheckoutRecord, sourceId: string): Checkout {
  attach(state, checkout, sourceId);
  return viewCheckout(state, checkout);
}

function attach(state: SandboxState, checkout: CheckoutRecord, sourceId: string): void {
  assertOpen(checkout);
  const record = sourceRecord(state, sourceId);
  if (FINAL_STATES.has(record.source.state)) {
    throw conflict('source_status_invalid_for_session', 'The source status is invalid for this session.');
  }
  if (checkout.attachments.some((a) => a.sourceId === sourceId)) return;

  if (isSecondary(record)) {
    const primary = checkout.attachments.map((a) => sourceRecord(state, a.sourceId)).find((r) => !isSecondary(r));
    // Secondaries go on before a single-use primary; only a saved (reusable) primary lets them follow it.
    if (primary && !primary.source.reusable) {
      throw conflict('session_update_not_allowed', 'Updating source is not allowed for the current session state.');
    }
    checkout.attachments.push({ sourceId, amount: record.source.amount ?? 0 });
  } else {
    // One primary per checkout: the new one replaces the old, which is detached like any other.
    const old = checkout.attachments.find((a) => !isSecondary(sourceRecord(state, a.sourceId)));
    if (old) detach(state, checkout, old.sourceId);
    checkout.attachments.push({ sourceId, amount: 0 });
  }
  try {
    rebalance(state, checkout);
  } catch (error) {
    checkout.attachments = checkout.attachments.filter((a) => a.sourceId !== sourceId);
    rebalance(state, checkout);
    throw error;
  }
}

export function detachSource(state: SandboxState, checkout: CheckoutRecord, sourceId: string): void {
  assertOpen(checkout);
  if (!checkout.attachments.some((a) => a.sourceId === sourceId)) throw notFound('Source on this checkout', 'sourceId');
  detach(state, checkout, sourceId);
}

/** A detached single-use source is cancelled: it can never be attached again. */
function detach(state: SandboxState, checkout: CheckoutRecord, sourceId: string): void {
  checkout.attachments = checkout.attachments.filter((a) => a.sourceId !== sourceId);
  const record = sourceRecord(state, sourceId);
  if (!record.source.reusable && !FINAL_STATES.has(record.source.state)) moveSource(record, 'cancelled');
  rebalance(state, checkout);
}
