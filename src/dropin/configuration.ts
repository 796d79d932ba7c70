/**
 * Drop-in's configuration object, as Digital River documents it for `createDropin(configuration)`, and how it is read:
 * the keys this library acts on, the documented ones it does not act on yet (warned about once, then ignored), and
 * anything else (warned about once as unknown, like every option of the library).
 */
import type { DrError } from '../api/errors.js';
import type { Source } from '../api/source.js';
import type { OwnerData } from '../core/digital-river.js';
import { asObject, warnUnknownKeys } from '../core/options.js';
import { warnOnce } from '../core/warn.js';
import type { StyleOptions } from '../elements/style-options.js';

/** The payment methods Drop-in offers here. */
export type DropinPaymentMethod = 'creditCard';
export const DROPIN_METHODS: readonly DropinPaymentMethod[] = ['creditCard'];

/** `options.button.type`: the button's words; `custom` shows `buttonText`. */
export type DropinButtonType = 'continue' | 'payNow' | 'buyNow' | 'completeOrder' | 'submitOrder' | 'custom';
const BUTTON_TYPES: readonly DropinButtonType[] = ['continue', 'payNow', 'buyNow', 'completeOrder', 'submitOrder', 'custom'];

export interface DropinOptions {
  /** `checkout` (default): paying for a checkout; `managePaymentMethods`: adding a card to the shopper's account. */
  flow?: 'checkout' | 'managePaymentMethods';
  /** In `checkout`, offers the box that keeps the card for later (`readyForStorage` when checked). */
  showSavePaymentAgreement?: boolean;
  button?: { type?: DropinButtonType; buttonText?: string };
}

export interface DropinCreditCardConfiguration {
  cardNumberPlaceholderText?: string;
  cardExpirationPlaceholderText?: string;
  cardCvvPlaceholderText?: string;
  /** The card fields' style (as `createElement`'s `style`); defaults to `paymentMethodConfiguration.style`. */
  style?: StyleOptions;
  /** Masks the card number and security code once they are complete and left. */
  mask?: boolean;
}

export interface DropinPaymentMethodConfiguration {
  /** Style of every method's fields. */
  style?: StyleOptions;
  creditCard?: DropinCreditCardConfiguration;
  /** Only these methods (among those Drop-in offers). */
  enabledPaymentMethods?: string[];
  /** Not these methods. */
  disabledPaymentMethods?: string[];
}

/** What `onSuccess` gets: the source, chargeable, and whether the shopper agreed to keep it. */
export interface DropinSuccess {
  source: Source;
  /** The shopper agreed to save the payment method (and any authentication it needed is done). */
  readyForStorage: boolean;
  /** The payment method can be saved to a customer. */
  supportsStorage: boolean;
}

/**
 * What `onError` gets: the payment method, as Digital River documents it, and the error itself (`type`, `message`,
 * `errors[]` with codes), as integrations read it.
 */
export interface DropinError extends DrError {
  paymentMethod: DropinPaymentMethod;
}

export interface DropinReady {
  /** The payment methods shown to the shopper. */
  paymentMethodTypes: DropinPaymentMethod[];
}

export interface DropinConfiguration {
  /** The checkout's `payment.session.id` (in `checkout` flows). */
  sessionId?: string;
  /** The shopper's billing details: the source's owner. */
  billingAddress?: OwnerData;
  options?: DropinOptions;
  paymentMethodConfiguration?: DropinPaymentMethodConfiguration;
  onSuccess?: (data: DropinSuccess) => void;
  onError?: (data: DropinError) => void;
  onReady?: (data: DropinReady) => void;
  /** A payment method the shopper cancelled (redirect and wallet methods; a card is never cancelled). */
  onCancel?: (data: { paymentMethod: string }) => void;
}

/** The configuration as Drop-in uses it, every value checked. */
export interface DropinSettings {
  sessionId?: string;
  owner?: OwnerData;
  flow: 'checkout' | 'managePaymentMethods';
  showSaveAgreement: boolean;
  /** The button's words: `buttonText` when given (`custom`), else the type's (default `continue`). */
  buttonType: Exclude<DropinButtonType, 'custom'>;
  buttonText?: string;
  methods: DropinPaymentMethod[];
  creditCard: { numberPlaceholder?: string; expirationPlaceholder?: string; cvvPlaceholder?: string; style?: StyleOptions; mask: boolean };
  onSuccess?: (data: DropinSuccess) => void;
  onError?: (data: DropinError) => void;
  onReady?: (data: DropinReady) => void;
}

const WHERE = 'createDropin()';

/** Warns about documented keys not acted on yet, then about unknown ones. */
function checkKeys(where: string, given: Record<string, unknown> | undefined, known: readonly string[], notYet: readonly string[] = []): void {
  if (!given) return;
  for (const key of notYet.filter((key) => key in given)) {
    warnOnce('unsupported_option', `${where} does not support "${key}" yet; it was ignored.`);
  }
  warnUnknownKeys(where, given, [...known, ...notYet]);
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const callback = <T>(value: unknown): ((data: T) => void) | undefined => (typeof value === 'function' ? (value as (data: T) => void) : undefined);
const names = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : undefined);

/** Reads a configuration object; anything not understood is warned about once and left out. */
export function readConfiguration(configuration: unknown): DropinSettings {
  const given = asObject(configuration) ?? {};
  checkKeys(WHERE, given, ['sessionId', 'billingAddress', 'options', 'paymentMethodConfiguration', 'onSuccess', 'onError', 'onReady', 'onCancel']);
  const options = asObject(given.options);
  checkKeys(`${WHERE} options`, options, ['flow', 'showSavePaymentAgreement', 'button'], [
    'showComplianceSection',
    'showTermsOfSaleDisclosure',
    'usage',
    'consents',
    'redirect',
    'expandFirstPaymentMethod',
  ]);
  const button = asObject(options?.button);
  checkKeys(`${WHERE} options.button`, button, ['type', 'buttonText']);
  const methods = asObject(given.paymentMethodConfiguration);
  checkKeys(`${WHERE} paymentMethodConfiguration`, methods, ['style', 'creditCard', 'enabledPaymentMethods', 'disabledPaymentMethods'], [
    'payPal',
    'googlePay',
    'applePay',
    'onlineBanking',
    'msts',
  ]);
  const card = asObject(methods?.creditCard);
  checkKeys(`${WHERE} paymentMethodConfiguration.creditCard`, card, [
    'cardNumberPlaceholderText',
    'cardExpirationPlaceholderText',
    'cardCvvPlaceholderText',
    'style',
    'mask',
  ]);

  const flow = options?.flow === 'managePaymentMethods' ? 'managePaymentMethods' : 'checkout';
  if (options?.flow !== undefined && options.flow !== flow) warnOnce('invalid_option', `${WHERE} options.flow is "checkout" or "managePaymentMethods"; "${String(options.flow)}" was read as "checkout".`);
  let buttonType = BUTTON_TYPES.find((type) => type === button?.type);
  if (button?.type !== undefined && !buttonType) warnOnce('invalid_option', `${WHERE} options.button.type "${String(button.type)}" is not a button type; the button says Continue.`);
  const buttonText = text(button?.buttonText);
  if (buttonType === 'custom' && !buttonText) {
    warnOnce('invalid_option', `${WHERE} options.button.type "custom" needs options.button.buttonText; the button says Continue.`);
    buttonType = undefined;
  }
  const enabled = names(methods?.enabledPaymentMethods);
  const disabled = names(methods?.disabledPaymentMethods) ?? [];

  return {
    ...(text(given.sessionId) ? { sessionId: given.sessionId as string } : {}),
    ...(asObject(given.billingAddress) ? { owner: given.billingAddress as OwnerData } : {}),
    flow,
    // In managePaymentMethods, the agreement is always shown (and needed), whatever the option says.
    showSaveAgreement: flow === 'managePaymentMethods' || options?.showSavePaymentAgreement === true,
    buttonType: !buttonType || buttonType === 'custom' ? 'continue' : buttonType,
    ...(buttonType === 'custom' ? { buttonText } : {}),
    methods: DROPIN_METHODS.filter((method) => (!enabled || enabled.includes(method)) && !disabled.includes(method)),
    creditCard: {
      numberPlaceholder: text(card?.cardNumberPlaceholderText),
      expirationPlaceholder: text(card?.cardExpirationPlaceholderText),
      cvvPlaceholder: text(card?.cardCvvPlaceholderText),
      style: (asObject(card?.style) ?? asObject(methods?.style)) as StyleOptions | undefined,
      mask: card?.mask === true,
    },
    onSuccess: callback(given.onSuccess),
    onError: callback(given.onError),
    onReady: callback(given.onReady),
  };
}
