/**
 * Digital River's payment request object (`dr.paymentRequest(details)`), and the details update a page answers a
 * shipping change with (`event.updateWith(details)`), checked the way every option is: unknown keys warn once and are
 * ignored, malformed entries are left out with a warning, and a missing required field is an integration error.
 */
import type { DrError } from '../../api/errors.js';
import { integrationError } from '../../core/errors.js';
import { asObject, warnUnknownKeys } from '../../core/options.js';
import { warnOnce } from '../../core/warn.js';
import { shown } from '../read-options.js';

/** A line of the wallet sheet: the total, or a display item. */
export interface PaymentItem {
  label: string;
  amount: number;
  /** The amount may still change (shipping or tax not known yet). */
  isPending?: boolean;
}

export interface ShippingOption {
  id: string;
  label: string;
  amount: number;
  detail: string;
  /** The option chosen when the sheet opens; else the first one. */
  selected?: boolean;
}

/** The wallet button: Google Pay `plain | long`, Apple Pay `plain | buy`; colors `dark | light | light-outline`. */
export interface PaymentRequestStyle {
  buttonType?: 'plain' | 'long' | 'buy';
  buttonColor?: 'dark' | 'light' | 'light-outline';
  /** The button's language; English by default. */
  buttonLanguage?: string;
}

/** What `dr.paymentRequest(details)` takes and gives back, for `createElement('googlepay' | 'applepay', request)`. */
export interface PaymentRequest {
  /** The shopper's country, ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 4217 code of every amount in the request. */
  currency: string;
  total: PaymentItem;
  displayItems?: PaymentItem[];
  /** Shown when `requestShipping` is true; the first (or the one `selected`) is chosen at first. */
  shippingOptions?: ShippingOption[];
  requestShipping?: boolean;
  /** Ask the wallet for the shopper's email address. */
  requestEmail?: boolean;
  style?: PaymentRequestStyle;
  /** The checkout's payment session, given to the source the wallet makes. */
  sessionId?: string;
  /** When true, a click on the button only reports `click`: the page opens the sheet itself with `show()`. */
  waitOnClick?: boolean;
}

/** The answer to a shipping change (Digital River's payment request details update object). */
export interface PaymentRequestUpdate {
  status: 'success' | 'failure';
  /** With `failure`: what to tell the shopper, and per address field what is wrong. */
  error?: { message?: string; fields?: Record<string, string> };
  total?: PaymentItem;
  displayItems?: PaymentItem[];
  shippingOptions?: ShippingOption[];
}

const REQUEST_KEYS = ['country', 'currency', 'total', 'displayItems', 'shippingOptions', 'requestShipping', 'requestEmail', 'style', 'sessionId', 'waitOnClick'] as const;
const ITEM_KEYS = ['label', 'amount', 'isPending'] as const;
const OPTION_KEYS = ['id', 'label', 'amount', 'detail', 'selected'] as const;
const STYLE_KEYS = ['buttonType', 'buttonColor', 'buttonLanguage'] as const;
const UPDATE_KEYS = ['status', 'error', 'total', 'displayItems', 'shippingOptions'] as const;
const BUTTON_TYPES = ['plain', 'long', 'buy'];
const BUTTON_COLORS = ['dark', 'light', 'light-outline'];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function readItem(where: string, value: unknown): PaymentItem | undefined {
  const given = asObject(value);
  if (!given || !isText(given.label) || !isAmount(given.amount)) {
    warnOnce('invalid_payment_item', `${where} needs {label, amount} with a text label and a number amount; an entry without them was left out.`);
    return undefined;
  }
  warnUnknownKeys(where, given, ITEM_KEYS);
  return { label: given.label, amount: given.amount, ...(given.isPending === true ? { isPending: true } : {}) };
}

function readItems(where: string, value: unknown): PaymentItem[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    warnOnce('invalid_payment_item', `${where} must be an array; it was ignored.`);
    return undefined;
  }
  return value.map((item) => readItem(where, item)).filter((item): item is PaymentItem => item !== undefined);
}

function readShippingOptions(value: unknown): ShippingOption[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    warnOnce('invalid_shipping_option', 'shippingOptions must be an array; it was ignored.');
    return undefined;
  }
  const options: ShippingOption[] = [];
  for (const entry of value) {
    const given = asObject(entry);
    if (!given || !isText(given.id) || !isText(given.label) || !isAmount(given.amount) || options.some((option) => option.id === given.id)) {
      warnOnce('invalid_shipping_option', 'Each shipping option needs a unique text id, a label and a number amount; an entry without them was left out.');
      continue;
    }
    warnUnknownKeys('A shipping option', given, OPTION_KEYS);
    options.push({ id: given.id, label: given.label, amount: given.amount, detail: typeof given.detail === 'string' ? given.detail : '', ...(given.selected === true ? { selected: true } : {}) });
  }
  return options;
}

function readStyle(value: unknown): PaymentRequestStyle | undefined {
  const given = asObject(value);
  if (!given) return undefined;
  warnUnknownKeys('The payment request style', given, STYLE_KEYS);
  const style: PaymentRequestStyle = {};
  if (given.buttonType !== undefined) {
    if (BUTTON_TYPES.includes(given.buttonType as string)) style.buttonType = given.buttonType as PaymentRequestStyle['buttonType'];
    else warnOnce('invalid_option', `style.buttonType ${shown(given.buttonType)} is not one of ${BUTTON_TYPES.join(', ')}; the default was used.`);
  }
  if (given.buttonColor !== undefined) {
    if (BUTTON_COLORS.includes(given.buttonColor as string)) style.buttonColor = given.buttonColor as PaymentRequestStyle['buttonColor'];
    else warnOnce('invalid_option', `style.buttonColor ${shown(given.buttonColor)} is not one of ${BUTTON_COLORS.join(', ')}; the default was used.`);
  }
  if (isText(given.buttonLanguage)) style.buttonLanguage = given.buttonLanguage;
  return style;
}

/**
 * The payment request as the library keeps it (a copy: later changes to the page's object do nothing), and the
 * integration error that keeps a wallet from opening when a required field is missing.
 */
export function readPaymentRequest(value: unknown): { request: PaymentRequest; problem?: DrError } {
  const given = asObject(value) ?? {};
  warnUnknownKeys('paymentRequest()', given, REQUEST_KEYS);
  const total = given.total === undefined ? undefined : readItem('The payment request total', given.total);
  // Without a total the request is kept without one: the element never opens a wallet for it.
  const request = {
    country: isText(given.country) ? given.country.toUpperCase() : '',
    currency: isText(given.currency) ? given.currency.toUpperCase() : '',
    ...(total ? { total } : {}),
  } as PaymentRequest;
  const displayItems = readItems('displayItems', given.displayItems);
  if (displayItems) request.displayItems = displayItems;
  const shippingOptions = readShippingOptions(given.shippingOptions);
  if (shippingOptions) request.shippingOptions = shippingOptions;
  if (given.requestShipping === true) request.requestShipping = true;
  if (given.requestEmail === true) request.requestEmail = true;
  const style = readStyle(given.style);
  if (style) request.style = style;
  if (isText(given.sessionId)) request.sessionId = given.sessionId;
  if (given.waitOnClick === true) request.waitOnClick = true;

  const missing = [
    !/^[A-Z]{2}$/.test(request.country) && 'country',
    !/^[A-Z]{3}$/.test(request.currency) && 'currency',
    !total && 'total',
  ].filter((name): name is string => Boolean(name));
  if (missing.length === 0) return { request };
  return {
    request,
    problem: integrationError('invalid_payment_request', `paymentRequest() needs ${missing.join(', ')} (country: two letters, currency: three, total: {label, amount}).`, missing[0]),
  };
}

/**
 * The request after the page's answer to a shipping change: `success` merges the total, display items and shipping
 * options given; `failure` changes nothing and carries the message for the shopper. Undefined when the answer is not
 * an update object.
 */
export function applyUpdate(request: PaymentRequest, value: unknown): { request: PaymentRequest; failure?: string } | undefined {
  const given = asObject(value);
  if (!given || (given.status !== 'success' && given.status !== 'failure')) {
    warnOnce('invalid_update', "updateWith() needs a details update object with status 'success' or 'failure'; the change was refused.");
    return undefined;
  }
  warnUnknownKeys('updateWith()', given, UPDATE_KEYS);
  if (given.status === 'failure') {
    const error = asObject(given.error);
    const fields = asObject(error?.fields) ?? {};
    const texts = [error?.message, ...Object.values(fields)].filter(isText);
    return { request, failure: texts.join(' ') };
  }
  const next = { ...request };
  const total = given.total === undefined ? undefined : readItem('The updated total', given.total);
  if (total) next.total = total;
  const displayItems = readItems('displayItems', given.displayItems);
  if (displayItems) next.displayItems = displayItems;
  const shippingOptions = readShippingOptions(given.shippingOptions);
  if (shippingOptions) next.shippingOptions = shippingOptions;
  return { request: next };
}
