/** Characteristics of each payment method the sandbox knows (from Digital River's "Source basics"). */
import type { SourceFlow, SourceState, SourceType } from '../api/schemas.js';

export interface PaymentMethod {
  /** Pull: funds are drawn from the shopper's account. Push: the shopper sends them. */
  direction: 'pull' | 'push';
  /** Synchronous methods are `chargeable` or `failed` at once. */
  synchronous: boolean;
  /** Whether saving to a customer may make the source reusable. */
  supportsReuse: boolean;
  flow: SourceFlow;
  /** State right after a successful creation. */
  initialState: SourceState;
  /** Secondary sources supplement a primary one; only `customerCredit` is secondary. */
  secondary: boolean;
  /** Publishable keys cannot create it (store credit is granted by the storefront's back end). */
  secretKeyOnly: boolean;
}

export const PAYMENT_METHODS: Readonly<Record<SourceType, PaymentMethod>> = {
  creditCard: { direction: 'pull', synchronous: true, supportsReuse: true, flow: 'standard', initialState: 'chargeable', secondary: false, secretKeyOnly: false },
  googlePay: { direction: 'pull', synchronous: true, supportsReuse: true, flow: 'standard', initialState: 'chargeable', secondary: false, secretKeyOnly: false },
  applePay: { direction: 'pull', synchronous: true, supportsReuse: false, flow: 'standard', initialState: 'chargeable', secondary: false, secretKeyOnly: false },
  payPal: { direction: 'pull', synchronous: false, supportsReuse: true, flow: 'redirect', initialState: 'pending_redirect', secondary: false, secretKeyOnly: false },
  directDebit: { direction: 'pull', synchronous: false, supportsReuse: true, flow: 'redirect', initialState: 'pending_redirect', secondary: false, secretKeyOnly: false },
  wireTransfer: { direction: 'push', synchronous: false, supportsReuse: false, flow: 'receiver', initialState: 'pending_funds', secondary: false, secretKeyOnly: false },
  customerCredit: { direction: 'pull', synchronous: true, supportsReuse: false, flow: 'standard', initialState: 'chargeable', secondary: true, secretKeyOnly: true },
};

/**
 * The source state machine: every move the sandbox may make. Anything else is a bug (the property test checks it).
 * `failed`, `consumed` and `cancelled` are final.
 */
export const SOURCE_TRANSITIONS: Readonly<Record<SourceState, readonly SourceState[]>> = {
  pending_redirect: ['chargeable', 'failed', 'cancelled'],
  pending_funds: ['chargeable', 'cancelled'],
  requires_action: ['chargeable', 'failed', 'cancelled'],
  chargeable: ['consumed', 'cancelled', 'failed'],
  failed: [],
  consumed: [],
  cancelled: [],
};
