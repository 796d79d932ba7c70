/**
 * Orders: converting a checkout charges its sources. Captures run secondary charges first; cancels and refunds
 * run the primary first. Failure test cards act on the operation their row names.
 */
import type { Charge, ChargeOperation, Order } from '../api/commerce-schemas.js';
import { checkoutRecord, isSecondary, paymentSession, sourceRecord } from './checkouts.js';
import { badRequest, cardDeclined, conflict, detail, notFound } from './sandbox-error.js';
import { moveSource } from './sources.js';
import type { SandboxState } from './state.js';
import type { OrderRecord, PendingOperation, SourceRecord } from './store.js';

/** How long a "pending, then fails" capture or refund stays pending on the sandbox clock. */
export const PENDING_FAILS_AFTER_MS = 60_000;

export function orderRecord(state: SandboxState, id: string): OrderRecord {
  const record = state.store.orders.get(id);
  if (!record) throw notFound('Order', 'id');
  settle(state, record);
  return record;
}

export const viewOrder = (record: OrderRecord): Order => structuredClone(record.order);

export function createOrder(state: SandboxState, checkoutId: string): Order {
  const checkout = checkoutRecord(state, checkoutId, 'checkoutId');
  if (checkout.orderId) throw conflict('checkout_already_ordered', 'This checkout has already been converted to an order.', 'checkoutId');
  if (paymentSession(state, checkout).amountRemainingToBeContributed > 0 || checkout.attachments.length === 0) {
    throw badRequest([detail('order_submit_failed', 'The payment session is not fully funded.', 'checkoutId')]);
  }
  const now = state.clock.now().getTime();
  const sources = checkout.attachments.map((a) => ({ a, record: sourceRecord(state, a.sourceId) }));

  for (const { record } of sources) {
    const { source } = record;
    if (source.customerId !== undefined && source.customerId !== checkout.customerId) {
      throw conflict('source_in_use', `Source '${source.id}' is attached to a different customer.`, 'sourceId');
    }
    const fundsAwaited = source.state === 'pending_funds' && source.flow === 'receiver';
    if (source.state !== 'chargeable' && !fundsAwaited) {
      throw conflict('source_not_chargeable', `Source '${source.id}' is not chargeable.`, 'sourceId');
    }
  }
  for (const { record } of sources) {
    // Card networks keep the security code only minutes; saved cards are charged without one.
    const stale = record.cvcCollectedAt !== undefined && !record.source.reusable && now - record.cvcCollectedAt > state.cvcLifetimeMs;
    if (stale) {
      throw cardDeclined('card_declined', 'The card was declined: its security code has expired. Ask for it again.', 'creditCard.cvv');
    }
  }
  const declined = sources.find(({ record }) => record.outcome === 'charge_fails' && record.source.state === 'chargeable');
  if (declined) {
    moveSource(declined.record, 'failed');
    throw cardDeclined('card_declined', 'The charge was declined.', 'sourceId');
  }

  const orderId = state.store.newId('ord');
  // Primary first in the list; the order of operations is decided per action below.
  const ordered = [...sources].sort((x, y) => Number(isSecondary(x.record)) - Number(isSecondary(y.record)));
  const charges: Charge[] = ordered.map(({ a, record }) => ({
    id: state.store.newId('chg'),
    sourceId: record.source.id,
    type: record.source.type,
    role: isSecondary(record) ? 'secondary' : 'primary',
    amount: a.amount,
    currency: checkout.currency,
    state: record.source.state === 'pending_funds' ? 'pending' : 'capturable',
    captures: [],
    cancels: [],
    refunds: [],
  }));
  for (const { record } of sources) {
    if (record.source.state === 'chargeable' && !record.source.reusable) moveSource(record, 'consumed');
  }
  checkout.orderId = orderId;
  const order: Order = {
    id: orderId,
    checkoutId: checkout.id,
    createdTime: new Date(now).toISOString(),
    currency: checkout.currency,
    totalAmount: checkout.totalAmount,
    state: 'accepted',
    charges,
    events: [],
    liveMode: false,
  };
  if (checkout.customerId !== undefined) order.customerId = checkout.customerId;
  const record: OrderRecord = { order, pending: [] };
  deriveState(record);
  state.store.orders.set(orderId, record);
  return viewOrder(record);
}

type Action = 'capture' | 'cancel' | 'refund';

const byRole = (charges: Charge[], first: 'primary' | 'secondary') => [
  ...charges.filter((c) => c.role === first),
  ...charges.filter((c) => c.role !== first),
];

/** Runs one action over every charge it applies to, in Digital River's order. */
export function runAction(state: SandboxState, record: OrderRecord, action: Action): Order {
  const { order } = record;
  const eligible = (c: Charge) =>
    action === 'capture'
      ? c.state === 'capturable'
      : action === 'cancel'
        ? c.state === 'capturable' || c.state === 'pending'
        : c.state === 'complete' && !c.refunds.some((r) => r.state !== 'failed');
  const targets = byRole(order.charges, action === 'capture' ? 'secondary' : 'primary').filter(eligible);
  if (targets.length === 0) throw conflict('order_action_not_allowed', `Nothing in this order can be ${action === 'capture' ? 'captured' : action === 'cancel' ? 'cancelled' : 'refunded'}.`);

  const now = state.clock.now().getTime();
  for (const charge of targets) {
    const outcome = sourceRecord(state, charge.sourceId).outcome;
    const operation: ChargeOperation = { id: state.store.newId(action.slice(0, 3)), amount: charge.amount, state: 'complete', createdTime: new Date(now).toISOString() };
    const pending = (failAt: number | null) => {
      operation.state = 'pending';
      record.pending.push({ chargeId: charge.id, operationId: operation.id, action: action as PendingOperation['action'], failAt });
    };
    if (action === 'capture') {
      if (outcome === 'capture_fails') operation.state = 'failed';
      else if (outcome === 'capture_pending_then_fails') pending(now + PENDING_FAILS_AFTER_MS);
      else if (outcome === 'capture_stays_pending') pending(null);
      charge.state = operation.state === 'complete' ? 'complete' : operation.state === 'failed' ? 'failed' : 'processing';
      charge.captures.push(operation);
    } else if (action === 'cancel') {
      if (outcome === 'cancel_fails') operation.state = 'failed';
      else {
        charge.state = 'cancelled';
        const source = sourceRecord(state, charge.sourceId);
        if (source.source.state === 'pending_funds') moveSource(source, 'cancelled');
      }
      charge.cancels.push(operation);
    } else {
      if (outcome === 'refund_fails') operation.state = 'failed';
      else if (outcome === 'refund_pending_then_fails') pending(now + PENDING_FAILS_AFTER_MS);
      charge.refunds.push(operation);
    }
    order.events.push({ action, chargeId: charge.id, state: operation.state });
  }
  deriveState(record);
  return viewOrder(record);
}

/** Pending operations whose time has come (on the sandbox clock) fail now. */
function settle(state: SandboxState, record: OrderRecord): void {
  const now = state.clock.now().getTime();
  const due = record.pending.filter((p) => p.failAt !== null && p.failAt <= now);
  if (due.length === 0) return;
  for (const p of due) {
    const charge = record.order.charges.find((c) => c.id === p.chargeId)!;
    const operation = [...charge.captures, ...charge.refunds].find((o) => o.id === p.operationId)!;
    operation.state = 'failed';
    if (p.action === 'capture') charge.state = 'failed';
    record.order.events.push({ action: p.action, chargeId: charge.id, state: 'failed' });
  }
  record.pending = record.pending.filter((p) => !due.includes(p));
  deriveState(record);
}

function deriveState(record: OrderRecord): void {
  const { charges } = record.order;
  if (charges.some((c) => c.state === 'pending')) record.order.state = 'pending_payment';
  else if (charges.every((c) => c.state === 'cancelled')) record.order.state = 'cancelled';
  else if (charges.every((c) => c.state === 'complete' || c.state === 'cancelled')) record.order.state = 'complete';
  else record.order.state = 'accepted';
}

/** Sandbox control: the shopper's wire transfer arrived, so the source becomes chargeable and its charge capturable. */
export function receiveFunds(state: SandboxState, source: SourceRecord): void {
  if (source.source.state !== 'pending_funds') {
    throw conflict('source_status_invalid_for_session', 'Only a source awaiting funds can receive them.');
  }
  moveSource(source, 'chargeable');
  for (const record of state.store.orders.values()) {
    for (const charge of record.order.charges) {
      if (charge.sourceId !== source.source.id || charge.state !== 'pending') continue;
      charge.state = 'capturable';
      if (!source.source.reusable) moveSource(source, 'consumed');
      deriveState(record);
    }
  }
}
