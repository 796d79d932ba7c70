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

/** The payment methods Drop-in offers here, in the order it shows them when the API names no order. */
export type DropinPaymentMethod = 'creditCard' | 'payPal' | 'directDebit' | 'wireTransfer' | 'googlePay' | 'applePay';
export const DROPIN_METHODS: readonly DropinPaymentMethod[] = ['creditCard', 'payPal', 'directDebit', 'wireTransfer', 'googlePay', 'applePay'];
/** Methods whose source can be saved to a customer (`supportsStorage`). */
export const STORABLE_METHODS: readonly DropinPaymentMethod[] = ['creditCard', 'payPal', 'directDebit', 'googlePay'];

/** The wallets: their own button opens their payment sheet, in the place of Drop-in's. */
export type DropinWallet = 'googlePay' | 'applePay';
export const isWallet = (method: DropinPaymentMethod): method is DropinWallet => method === 'googlePay' || method === 'applePay';

/** `paymentMethodConfiguration.googlePay.style` and `applePay.style`: the wallet's button, as for its element. */
export interface DropinWalletStyle {
  /** Google Pay `plain` or `long`; Apple Pay `plain` or `buy`. */
  buttonType?: 'plain' | 'long' | 'buy';
  buttonColor?: 'dark' | 'light' | 'light-outline';
  buttonLanguage?: string;
}
const WALLET_BUTTON_TYPES: Record<DropinWallet, readonly string[]> = { googlePay: ['plain', 'long'], applePay: ['plain', 'buy'] };
const WALLET_BUTTON_COLORS = ['dark', 'light', 'light-outline'];

/** `options.usage`: how the source will be used later. */
export type DropinUsage = 'subscription' | 'convenience' | 'unscheduled';
const USAGES: readonly DropinUsage[] = ['subscription', 'convenience', 'unscheduled'];

/** `paymentMethodConfiguration.payPal.style`, as for PayPal's own button. */
export interface DropinPayPalStyle {
  label?: 'checkout' | 'pay' | 'buynow' | 'paypal';
  size?: 'small' | 'medium' | 'large' | 'responsive';
  color?: 'gold' | 'blue' | 'silver' | 'white' | 'black';
  shape?: 'pill' | 'rect';
  layout?: 'horizontal' | 'vertical';
  fundingicons?: string | boolean;
  tagline?: string | boolean;
}
const PAYPAL_STYLE: Record<string, readonly string[] | null> = {
  label: ['checkout', 'pay', 'buynow', 'paypal'],
  size: ['small', 'medium', 'large', 'responsive'],
  color: ['gold', 'blue', 'silver', 'white', 'black'],
  shape: ['pill', 'rect'],
  // One button here, so these change nothing; they are documented, so they are accepted.
  layout: ['horizontal', 'vertical'],
  fundingicons: null,
  tagline: null,
};

/** `options.button.type`: the button's words; `custom` shows `buttonText`. */
export type DropinButtonType = 'continue' | 'payNow' | 'buyNow' | 'completeOrder' | 'submitOrder' | 'custom';
const BUTTON_TYPES: readonly DropinButtonType[] = ['continue', 'payNow', 'buyNow', 'completeOrder', 'submitOrder', 'custom'];

export interface DropinOptions {
  /** `checkout` (default): paying for a checkout; `managePaymentMethods`: adding a card to the shopper's account. */
  flow?: 'checkout' | 'managePaymentMethods';
  /** In `checkout`, offers the box that keeps the card for later (`readyForStorage` when checked). */
  showSavePaymentAgreement?: boolean;
  button?: { type?: DropinButtonType; buttonText?: string };
  /** How the source will be used later; `subscription` also shows the recurring-billing agreement in the terms. */
  usage?: DropinUsage;
  /** Digital River's terms of sale, which the shopper must accept (default `true` in `checkout`). */
  showTermsOfSaleDisclosure?: boolean;
  /** The storefront's own documents, added to the terms (needs `showTermsOfSaleDisclosure`). */
  consents?: { companyName: string; eula?: { url: string }; termsOfUse?: { url: string } };
  /**
   * Redirect methods (PayPal, direct debit): by default Drop-in sends the shopper to the provider and, back on this
   * page, reports the approved source. With `disableAutomaticRedirects`, `onSuccess` gets the `pending_redirect`
   * source and the storefront redirects; the provider then sends the shopper to `returnUrl` or `cancelUrl`.
   */
  redirect?: { disableAutomaticRedirects?: boolean; returnUrl?: string; cancelUrl?: string };
  /** The first payment method starts open (default `true`). */
  expandFirstPaymentMethod?: boolean;
  /**
   * The seller's compliance section (the selling entity and its disclosures) under Drop-in (default `true`); never in
   * `managePaymentMethods`, where there is no sale.
   */
  showComplianceSection?: boolean;
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
  payPal?: { style?: DropinPayPalStyle };
  googlePay?: { style?: DropinWalletStyle };
  applePay?: { style?: DropinWalletStyle };
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
  /** With the terms of sale shown: which of them the shopper accepted. */
  consents?: DropinConsents;
}

/** What the shopper accepted: Digital River's terms of sale, and the storefront's documents when it named them. */
export interface DropinConsents {
  termsOfSale: boolean;
  eula: boolean;
  termsOfUse: boolean;
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
  /** The methods the configuration allows; the API's answer for the transaction narrows them. */
  methods: DropinPaymentMethod[];
  creditCard: { numberPlaceholder?: string; expirationPlaceholder?: string; cvvPlaceholder?: string; style?: StyleOptions; mask: boolean };
  payPal: { label: NonNullable<DropinPayPalStyle['label']>; color: NonNullable<DropinPayPalStyle['color']>; shape: NonNullable<DropinPayPalStyle['shape']>; size?: DropinPayPalStyle['size'] };
  /** Each wallet's button style, as its element takes it. */
  wallets: Record<DropinWallet, DropinWalletStyle>;
  /** The compliance section under Drop-in. */
  compliance: boolean;
  usage?: DropinUsage;
  termsOfSale: boolean;
  consents?: { companyName: string; eulaUrl?: string; termsOfUseUrl?: string };
  /** Automatic: Drop-in redirects and reports the approved source; else the storefront's URLs, and it redirects. */
  redirect: { automatic: true } | { automatic: false; returnUrl: string; cancelUrl: string };
  expandFirst: boolean;
  onSuccess?: (data: DropinSuccess) => void;
  onError?: (data: DropinError) => void;
  onReady?: (data: DropinReady) => void;
  onCancel?: (data: { paymentMethod: DropinPaymentMethod }) => void;
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
  checkKeys(
    `${WHERE} options`,
    options,
    ['flow', 'showSavePaymentAgreement', 'button', 'usage', 'showTermsOfSaleDisclosure', 'consents', 'redirect', 'expandFirstPaymentMethod', 'showComplianceSection'],
  );
  const button = asObject(options?.button);
  checkKeys(`${WHERE} options.button`, button, ['type', 'buttonText']);
  const methods = asObject(given.paymentMethodConfiguration);
  checkKeys(`${WHERE} paymentMethodConfiguration`, methods, ['style', 'creditCard', 'payPal', 'googlePay', 'applePay', 'enabledPaymentMethods', 'disabledPaymentMethods'], [
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
  const flowOfCheckout = flow === 'checkout';
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
    payPal: readPayPal(asObject(methods?.payPal)),
    wallets: { googlePay: readWalletStyle('googlePay', asObject(methods?.googlePay)), applePay: readWalletStyle('applePay', asObject(methods?.applePay)) },
    // The docs' default is true; in managePaymentMethods Digital River overrides it: no compliance section.
    compliance: flowOfCheckout && options?.showComplianceSection !== false,
    ...readUsage(options?.usage),
    // The docs' default is true; in managePaymentMethods there is no sale, so only when asked for.
    termsOfSale: flowOfCheckout ? options?.showTermsOfSaleDisclosure !== false : options?.showTermsOfSaleDisclosure === true,
    ...readConsents(options?.consents),
    redirect: readRedirect(asObject(options?.redirect)),
    expandFirst: options?.expandFirstPaymentMethod !== false,
    onSuccess: callback(given.onSuccess),
    onError: callback(given.onError),
    onReady: callback(given.onReady),
    onCancel: callback(given.onCancel),
  };
}

function readUsage(usage: unknown): Pick<DropinSettings, 'usage'> {
  if (usage === undefined) return {};
  const known = USAGES.find((value) => value === usage);
  if (!known) warnOnce('invalid_option', `${WHERE} options.usage is "subscription", "convenience" or "unscheduled"; "${String(usage)}" was ignored.`);
  return known ? { usage: known } : {};
}

/** Only web addresses: a `javascript:` URL would run script on the page. */
function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readConsents(value: unknown): Pick<DropinSettings, 'consents'> {
  const consents = asObject(value);
  if (!consents) return {};
  checkKeys(`${WHERE} options.consents`, consents, ['companyName', 'eula', 'termsOfUse']);
  const companyName = text(consents.companyName);
  if (!companyName) {
    warnOnce('invalid_option', `${WHERE} options.consents needs companyName; the consents were ignored.`);
    return {};
  }
  const eulaUrl = webUrl(asObject(consents.eula)?.url);
  const termsOfUseUrl = webUrl(asObject(consents.termsOfUse)?.url);
  if ((consents.eula !== undefined && !eulaUrl) || (consents.termsOfUse !== undefined && !termsOfUseUrl)) {
    warnOnce('invalid_option', `${WHERE} options.consents: eula and termsOfUse need a url (http or https); one without was left out.`);
  }
  return { consents: { companyName, ...(eulaUrl ? { eulaUrl } : {}), ...(termsOfUseUrl ? { termsOfUseUrl } : {}) } };
}

function readRedirect(redirect: Record<string, unknown> | undefined): DropinSettings['redirect'] {
  checkKeys(`${WHERE} options.redirect`, redirect, ['disableAutomaticRedirects', 'returnUrl', 'cancelUrl']);
  if (redirect?.disableAutomaticRedirects !== true) return { automatic: true };
  const returnUrl = webUrl(redirect.returnUrl);
  const cancelUrl = webUrl(redirect.cancelUrl);
  if (!returnUrl || !cancelUrl) {
    warnOnce('invalid_option', `${WHERE} options.redirect.disableAutomaticRedirects needs returnUrl and cancelUrl (http or https); Drop-in redirects the shopper itself.`);
    return { automatic: true };
  }
  return { automatic: false, returnUrl, cancelUrl };
}

function readPayPal(payPal: Record<string, unknown> | undefined): DropinSettings['payPal'] {
  checkKeys(`${WHERE} paymentMethodConfiguration.payPal`, payPal, ['style']);
  const style = asObject(payPal?.style) ?? {};
  checkKeys(`${WHERE} paymentMethodConfiguration.payPal.style`, style, Object.keys(PAYPAL_STYLE));
  const pick = <T extends string>(name: string, fallback: T): T => {
    const allowed = PAYPAL_STYLE[name];
    const value = style[name];
    if (value === undefined) return fallback;
    if (allowed?.includes(value as string)) return value as T;
    warnOnce('invalid_option', `${WHERE} paymentMethodConfiguration.payPal.style.${name} "${String(value)}" is not one PayPal knows; "${fallback}" is used.`);
    return fallback;
  };
  const size = pick<NonNullable<DropinPayPalStyle['size']>>('size', 'responsive');
  return { label: pick('label', 'checkout'), color: pick('color', 'gold'), shape: pick('shape', 'rect'), size };
}

/** A wallet's `style`: values its button does not know are warned about and left out (the button's default then). */
function readWalletStyle(wallet: DropinWallet, given: Record<string, unknown> | undefined): DropinWalletStyle {
  const where = `${WHERE} paymentMethodConfiguration.${wallet}`;
  checkKeys(where, given, ['style']);
  const style = asObject(given?.style);
  checkKeys(`${where}.style`, style, ['buttonType', 'buttonColor', 'buttonLanguage']);
  if (!style) return {};
  const read: DropinWalletStyle = {};
  const { buttonType, buttonColor, buttonLanguage } = style;
  if (WALLET_BUTTON_TYPES[wallet].includes(buttonType as string)) read.buttonType = buttonType as DropinWalletStyle['buttonType'];
  else if (buttonType !== undefined) warnOnce('invalid_option', `${where}.style.buttonType is ${WALLET_BUTTON_TYPES[wallet].map((type) => `"${type}"`).join(' or ')}; "${String(buttonType)}" was ignored.`);
  if (WALLET_BUTTON_COLORS.includes(buttonColor as string)) read.buttonColor = buttonColor as DropinWalletStyle['buttonColor'];
  else if (buttonColor !== undefined) warnOnce('invalid_option', `${where}.style.buttonColor is "dark", "light" or "light-outline"; "${String(buttonColor)}" was ignored.`);
  if (typeof buttonLanguage === 'string') read.buttonLanguage = buttonLanguage;
  return read;
}
