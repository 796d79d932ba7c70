/** Source rules: creation per payment method, test-card outcomes, client secrets, update and authenticate. */
import { passesLuhn } from '../card/luhn.js';
import type {
  AuthenticateSourceRequest,
  AuthenticateSourceResponse,
  CreateAnySourceRequest,
  CreditCardDetails,
  Source,
  SourceState,
  UpdateSourceRequest,
} from '../api/schemas.js';
import type { KeyKind } from './auth.js';
import { PAYMENT_METHODS, SOURCE_TRANSITIONS } from './payment-methods.data.js';
import { badRequest, cardDeclined, conflict, detail, invalidParameter, notFound, unauthorized } from './sandbox-error.js';
import type { SandboxState } from './state.js';
import { randomHex, type SourceRecord } from './store.js';
import { BRAND_PREFIXES, OUTCOME_BY_LAST_NAME, TEST_CARDS, type PaymentOutcome } from './test-cards.data.js';

/** A copy for a response, so callers never hold the store's own objects. */
export const viewSource = (record: SourceRecord): Source => structuredClone(record.source);

/** The only way a source changes state: illegal moves are sandbox bugs and fail loudly. */
export function moveSource(record: SourceRecord, next: SourceState): void {
  const from = record.source.state;
  if (from === next) return;
  if (!SOURCE_TRANSITIONS[from].includes(next)) throw new Error(`Illegal source transition ${from} -> ${next}`);
  record.source.state = next;
  record.history.push(next);
  if (next !== 'requires_action') delete record.source.authentication;
}

/**
 * `redirectPage`: where redirect methods send the shopper; `challengePage`: the 3-D Secure challenge page a
 * `requires_action` card source points at (it receives `?sourceId=` and `&api=`, the base URL to report the result to).
 */
export function createSource(
  state: SandboxState,
  key: KeyKind,
  body: CreateAnySourceRequest,
  redirectPage: string,
  challengePage?: { url: string; apiBase: string },
): Source {
  const method = PAYMENT_METHODS[body.type];
  if (method.secretKeyOnly && key !== 'secret') throw unauthorized(`Sources of type ${body.type} need a secret API key.`);

  const id = state.store.newId('src');
  const now = state.clock.now();
  let outcome = outcomeByLastName(body.owner?.lastName);
  const source: Source = {
    id,
    clientSecret: `${id}_secret_${randomHex(12)}`,
    type: body.type,
    reusable: false, // Sources are born single-use; only saving to a customer makes them reusable.
    state: method.initialState,
    flow: method.flow,
    createdTime: now.toISOString(),
    liveMode: false,
  };
  if (body.sessionId !== undefined) source.paymentSessionId = body.sessionId;
  if (body.amount !== undefined) source.amount = body.amount;
  if (body.currency !== undefined) source.currency = body.currency;
  if (body.owner !== undefined) source.owner = body.owner;

  switch (body.type) {
    case 'creditCard': {
      const card = checkCard(state, body.creditCard);
      source.creditCard = card.details;
      outcome = card.outcome;
      break;
    }
    case 'googlePay':
    case 'applePay':
      source[body.type] = { brand: 'Visa', expirationMonth: 12, expirationYear: now.getUTCFullYear() + 3, lastFourDigits: '1111' };
      break;
    case 'payPal':
    case 'directDebit': {
      const redirect = body.type === 'payPal' ? body.payPal : body.directDebit;
      source[body.type] = {};
      const redirectUrl = new URL(redirectPage);
      redirectUrl.searchParams.set('sourceId', id);
      source.redirect = { redirectUrl: redirectUrl.href, returnUrl: redirect.returnUrl };
      if (redirect.cancelUrl) source.redirect.cancelUrl = redirect.cancelUrl;
      break;
    }
    case 'wireTransfer':
      source.wireTransfer = {
        accountHolder: 'Digital River Sandbox',
        bankName: 'Sandbox Bank',
        iban: 'DE89370400440532013000',
        swiftCode: 'SANDDEFFXXX',
        referenceId: randomHex(5).toUpperCase(),
      };
      break;
    case 'customerCredit':
      source.customerCredit = {};
      break;
  }

  if (outcome === 'source_failed') source.state = 'failed';
  else if (outcome === 'requires_3ds') {
    source.state = 'requires_action';
    if (challengePage) {
      const url = new URL(challengePage.url);
      url.searchParams.set('sourceId', id);
      url.searchParams.set('api', challengePage.apiBase);
      source.authentication = { challengeUrl: url.href };
    }
  }
  const record: SourceRecord = { source, outcome, history: [source.state] };
  if (body.type === 'creditCard') record.cvcCollectedAt = now.getTime();
  state.store.sources.set(id, record);
  return viewSource(record);
}

/** Own keys only: a shopper named `constructor` or `__proto__` would otherwise get Object.prototype's members. */
function outcomeByLastName(lastName: string | undefined): PaymentOutcome {
  return lastName !== undefined && Object.hasOwn(OUTCOME_BY_LAST_NAME, lastName) ? OUTCOME_BY_LAST_NAME[lastName]! : 'success';
}

/** Card checks; the number itself is read here and never stored or echoed. */
function checkCard(
  state: SandboxState,
  card: { number: string; expirationMonth: number; expirationYear: number; cvv: string },
): { details: CreditCardDetails; outcome: PaymentOutcome } {
  const test = TEST_CARDS.find((c) => c.number === card.number);
  const prefix = BRAND_PREFIXES.find((b) => b.pattern.test(card.number));
  if (!test && !passesLuhn(card.number)) throw invalidParameter('creditCard.number', 'The card number is invalid.');
  const brand = test?.brand ?? prefix?.brand;
  if (!brand) throw invalidParameter('creditCard.number', 'The card brand is not supported.');

  const cvvLength = brand === 'American Express' ? 4 : 3;
  if (card.cvv.length !== cvvLength) {
    throw invalidParameter('creditCard.cvv', `The security code must have ${cvvLength} digits.`);
  }
  const now = state.clock.now();
  const expired =
    card.expirationYear < now.getUTCFullYear() ||
    (card.expirationYear === now.getUTCFullYear() && card.expirationMonth < now.getUTCMonth() + 1);
  if (expired) throw invalidParameter('creditCard.expirationYear', 'The card has expired.');
  if (test?.expiration && (test.expiration.month !== card.expirationMonth || test.expiration.year !== card.expirationYear)) {
    throw cardDeclined('card_declined', 'The card was declined: the expiration date does not match.', 'creditCard.expirationMonth');
  }
  if (test?.cvv && test.cvv !== card.cvv) {
    throw cardDeclined('card_declined', 'The card was declined: the security code is incorrect.', 'creditCard.cvv');
  }
  return {
    details: {
      brand,
      expirationMonth: card.expirationMonth,
      expirationYear: card.expirationYear,
      lastFourDigits: card.number.slice(-4),
    },
    outcome: test?.outcome ?? 'success',
  };
}

/**
 * Finds a source for a caller. A publishable key must present the source's client secret; a wrong or missing
 * secret reads as "not found", so ids cannot be probed.
 */
export function findSource(state: SandboxState, id: string, key: KeyKind | null, clientSecret: string | null): SourceRecord {
  const record = state.store.sources.get(id);
  if (key === 'public' && clientSecret === null) {
    throw badRequest([detail('missing_parameter', 'clientSecret is required with a publishable key.', 'clientSecret')]);
  }
  if (!record || (key !== 'secret' && record.source.clientSecret !== clientSecret)) throw notFound('Source', 'id');
  return record;
}

export function updateSource(state: SandboxState, record: SourceRecord, body: UpdateSourceRequest): Source {
  const source = record.source;
  if (body.creditCard) {
    if (!source.creditCard) throw invalidParameter('creditCard', 'Only card sources have an expiration date.');
    const now = state.clock.now();
    const { expirationMonth: month, expirationYear: year } = body.creditCard;
    if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)) {
      throw invalidParameter('creditCard.expirationYear', 'The card has expired.');
    }
    source.creditCard = { ...source.creditCard, expirationMonth: month, expirationYear: year };
  }
  if (body.owner) source.owner = body.owner;
  return viewSource(record);
}

/**
 * Simulated 3-D Secure. A `requires_action` source passes (or fails with `challengeResult: 'decline'`);
 * others need nothing. A fresh `cvv` on a card source renews its security-code lifetime.
 */
export function authenticateSource(state: SandboxState, record: SourceRecord, body: AuthenticateSourceRequest): AuthenticateSourceResponse {
  const source = record.source;
  if (body.cvv !== undefined && source.creditCard && source.state === 'chargeable') {
    record.cvcCollectedAt = state.clock.now().getTime();
  }
  if (body.sessionId !== undefined) source.paymentSessionId = body.sessionId;
  if (source.state === 'requires_action') {
    const passed = body.challengeResult !== 'decline';
    moveSource(record, passed ? 'chargeable' : 'failed');
    return { status: passed ? 'complete' : 'failed', source: viewSource(record) };
  }
  if (source.state === 'chargeable') return { status: 'authentication_not_required', source: viewSource(record) };
  return { status: 'failed', source: viewSource(record) };
}

/** Sandbox control: the shopper approved or declined a redirect payment (PayPal, direct debit). */
export function completeRedirect(record: SourceRecord, approved: boolean): Source {
  if (record.source.state !== 'pending_redirect') {
    throw conflict('source_status_invalid_for_session', 'This source is not waiting for a redirect.');
  }
  moveSource(record, approved ? 'chargeable' : 'failed');
  return viewSource(record);
}
