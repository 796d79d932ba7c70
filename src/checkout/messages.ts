import type { DrError } from '../api/errors.js';

/**
 * What the shopper reads when a payment step fails: plain words, no codes. The codes stay in `error.errors` for the
 * integrator; `error.message` carries these words.
 */
export const SHOPPER_MESSAGES = {
  declined: 'Your card was declined. Try another card.',
  declinedCode: 'Your card was declined. Check the security code, or try another card.',
  notVerified: 'Your payment could not be verified with your bank. Try again or use another card.',
  cvcExpired: 'The security code has expired. Enter it again.',
  unreachable: 'We could not reach the payment service. Try again.',
  creditOrder: 'Store credit must be applied before paying by card: remove the card, apply the credit, then enter the card again.',
  creditTooLarge: 'The store credit is more than the order total.',
  sourceGone: 'This card can no longer be used for this order. Enter it again.',
  savedCardInUse: 'This saved card belongs to another account. Choose another card.',
  notSaved: 'Your card was added, but we could not save it for next time.',
  generic: 'Something went wrong with this payment. Try again.',
} as const;

export type ShopperMessage = keyof typeof SHOPPER_MESSAGES;

const BY_CODE: Record<string, ShopperMessage> = {
  card_declined: 'declined',
  source_failed: 'declined',
  authentication_failed: 'notVerified',
  session_update_not_allowed: 'creditOrder',
  amount_exceeds_total: 'creditTooLarge',
  source_status_invalid_for_session: 'sourceGone',
  source_not_chargeable: 'sourceGone',
  source_in_use: 'savedCardInUse',
  cvc_expired: 'cvcExpired',
};
const BY_TYPE: Record<string, ShopperMessage> = {
  network_error: 'unreachable',
  request_timeout: 'unreachable',
  api_error: 'unreachable',
  card_error: 'declined',
};

/**
 * The error as the checkout reports it: the same type and details (codes for the integrator), with `message` in the
 * shopper's words. Validation errors already speak to the shopper and integration errors to the developer: kept as they are.
 */
export function forShopper(error: DrError, key?: ShopperMessage): DrError {
  if (!key && (error.type === 'validation_error' || error.type === 'integration_error')) return error;
  const code = error.errors[0]?.code ?? '';
  const wrongCode = code === 'card_declined' && error.errors[0]?.parameter === 'creditCard.cvv';
  const chosen = key ?? (wrongCode ? 'declinedCode' : undefined) ?? BY_CODE[code] ?? BY_TYPE[error.type] ?? 'generic';
  return { ...error, message: SHOPPER_MESSAGES[chosen] };
}

/** An error the checkout raises itself (not from the API). */
export function checkoutError(type: string, code: string, key: ShopperMessage, parameter?: string): DrError {
  const message = SHOPPER_MESSAGES[key];
  return { type, message, errors: [{ code, message, ...(parameter ? { parameter } : {}) }] };
}
