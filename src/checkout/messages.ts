import type { DrError } from '../api/errors.js';
import { shopperEnglish } from '../page-texts/en.checkout.js';
import type { ShopperTexts } from '../page-texts/index.js';

/**
 * What the shopper reads when a payment step fails: plain words, no codes, in English (the page's language files have
 * the others, `src/page-texts/`). The codes stay in `error.errors` for the integrator; `error.message` carries these words.
 */
export const SHOPPER_MESSAGES: ShopperTexts = shopperEnglish;

export type ShopperMessage = keyof ShopperTexts;

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
 * shopper's words and language (`texts`). Validation errors already speak to the shopper and integration errors to the developer: kept as they are.
 */
export function forShopper(error: DrError, texts: ShopperTexts, key?: ShopperMessage): DrError {
  if (!key && (error.type === 'validation_error' || error.type === 'integration_error')) return error;
  const code = error.errors[0]?.code ?? '';
  const wrongCode = code === 'card_declined' && error.errors[0]?.parameter === 'creditCard.cvv';
  const chosen = key ?? (wrongCode ? 'declinedCode' : undefined) ?? BY_CODE[code] ?? BY_TYPE[error.type] ?? 'generic';
  return { ...error, message: texts[chosen] };
}

/** An error the checkout raises itself (not from the API). */
export function checkoutError(type: string, code: string, key: ShopperMessage, texts: ShopperTexts): DrError {
  const message = texts[key];
  return { type, message, errors: [{ code, message }] };
}
