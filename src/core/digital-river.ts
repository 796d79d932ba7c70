import { createApiClient, type ApiClient, type ApiResult } from '../api/client.js';
import { DEFAULT_API_BASE_URL } from '../api/config.js';
import type { DrError } from '../api/errors.js';
import type { Source } from '../api/schemas.js';
import { checkCardNumber, checkExpiry, checkSecurityCode } from '../card/index.js';
import { defineElements } from '../elements/define.js';
import { FieldGroup, isFieldKind, type CardSourceData } from '../fields/index.js';
import { DigitalRiverElement, type ElementOptions } from './element.js';
import { integrationError, reportIntegrationError } from './errors.js';
import { asObject, warnUnknownKeys } from './options.js';

export interface DigitalRiverOptions {
  /** Language of placeholders, labels and messages, e.g. `en-US` (default) or `de-DE`. */
  locale?: string;
  /** Base URL of the payment API; defaults to {@link DEFAULT_API_BASE_URL}, which the sandbox also answers. */
  apiBaseUrl?: string;
  /** How long an API call may take before it resolves with a `request_timeout` error. */
  timeoutMs?: number;
  /** Source of the current time (expiry checks); defaults to the system clock. The sandbox's clock fits here. */
  clock?: { now(): Date };
}
const OPTION_KEYS = ['locale', 'apiBaseUrl', 'timeoutMs', 'clock'] as const;

export type SourceResult = { source: Source } | { error: DrError };

/**
 * The DigitalRiver.js-compatible entry point: `new DigitalRiver(publicKey, options)`.
 * Every method resolves to a result and never throws; mistakes in the storefront's code come back as `integration_error`.
 */
export class DigitalRiver {
  private readonly group: FieldGroup;
  private readonly api?: ApiClient;
  private readonly setupError?: DrError;
  private pendingSource?: Promise<SourceResult>;
  private readonly now: () => Date;

  constructor(publicKey: string, options?: DigitalRiverOptions) {
    defineElements();
    const given = asObject(options) ?? {};
    warnUnknownKeys('new DigitalRiver()', given, OPTION_KEYS);
    const locale = typeof given.locale === 'string' ? given.locale : 'en-US';
    const clock = given.clock as DigitalRiverOptions['clock'];
    this.now = typeof clock?.now === 'function' ? () => clock.now() : () => new Date();
    this.group = new FieldGroup({ locale, now: this.now });
    this.setupError = checkPublicKey(publicKey) ?? checkBaseUrl(given.apiBaseUrl);
    if (this.setupError) {
      reportIntegrationError(this.setupError);
      return;
    }
    this.api = createApiClient({
      publicKey,
      baseUrl: typeof given.apiBaseUrl === 'string' ? given.apiBaseUrl : DEFAULT_API_BASE_URL,
      ...(typeof given.timeoutMs === 'number' && given.timeoutMs > 0 ? { timeoutMs: given.timeoutMs } : {}),
    });
  }

  /** Creates a `cardnumber`, `cardexpiration` or `cardcvv` element (case-insensitive). */
  createElement(type: string, options?: ElementOptions): DigitalRiverElement | undefined {
    const kind = typeof type === 'string' ? type.toLowerCase() : type;
    if (!isFieldKind(kind)) {
      reportIntegrationError(
        integrationError('unknown_element_type', `createElement() does not know the type "${String(type)}"; use cardnumber, cardexpiration or cardcvv.`, 'type'),
      );
      return undefined;
    }
    return new DigitalRiverElement(kind, this.group, options ?? {});
  }

  /**
   * Creates a single-use source. With an element of this instance, the card comes from this instance's three card
   * elements; with only source data, from its `creditCard` block. Concurrent calls share one request and one source.
   */
  createSource(elementOrData: DigitalRiverElement | Record<string, unknown>, sourceData?: Record<string, unknown>): Promise<SourceResult> {
    this.pendingSource ??= this.runCreateSource(elementOrData, sourceData).finally(() => (this.pendingSource = undefined));
    return this.pendingSource;
  }

  /** Fetches a source with its client secret. */
  async retrieveSource(id: string, clientSecret: string): Promise<SourceResult> {
    if (this.setupError || !this.api) return { error: this.setupError! };
    if (typeof id !== 'string' || !id || typeof clientSecret !== 'string' || !clientSecret) {
      return { error: reportIntegrationError(integrationError('invalid_parameter', 'retrieveSource(id, clientSecret) needs two non-empty strings.', typeof id === 'string' && id ? 'clientSecret' : 'id')) };
    }
    return toSourceResult(await this.api.retrieveSource(id, clientSecret));
  }

  private async runCreateSource(elementOrData: unknown, sourceData: unknown): Promise<SourceResult> {
    try {
      if (this.setupError || !this.api) return { error: this.setupError! };
      if (elementOrData instanceof DigitalRiverElement) {
        if (elementOrData.fieldElement.fieldGroup !== this.group) {
          return { error: reportIntegrationError(integrationError('foreign_element', 'createSource() was given an element created by another DigitalRiver instance.', 'element')) };
        }
        const data = asObject(sourceData) ?? {};
        if (data.type !== undefined && data.type !== 'creditCard') {
          return { error: reportIntegrationError(integrationError('invalid_parameter', 'Card elements create sources of type "creditCard" only.', 'type')) };
        }
        return await this.group.tokenize(this.api, data as CardSourceData);
      }
      const data = asObject(elementOrData);
      if (!data) {
        return { error: reportIntegrationError(integrationError('invalid_parameter', 'createSource() needs a card element or a source data object.', 'sourceData')) };
      }
      const cardError = this.checkCardData(data.creditCard);
      if (cardError) return { error: cardError };
      return toSourceResult(await this.api.createSource(data as never));
    } catch {
      // Last line of defence: the public API resolves even if something unforeseen throws (no details: they may hold card data).
      return { error: { type: 'api_error', message: 'The payment source could not be created.', errors: [{ code: 'unexpected_error', message: 'The payment source could not be created.' }] } };
    }
  }

  /** Checks a `creditCard` block passed as data with the same rules as the fields, so no bad card is sent. */
  private checkCardData(card: unknown): DrError | undefined {
    const block = asObject(card);
    if (!block) return undefined;
    const messages = this.group.messages.errors;
    const number = checkCardNumber(String(block.number ?? ''));
    const expiry = checkExpiry(`${String(block.expirationMonth ?? '')}/${String(block.expirationYear ?? '')}`, this.now());
    const cvv = checkSecurityCode(String(block.cvv ?? ''), number.brand);
    const errors = [
      [number.error, 'creditCard.number'],
      [expiry.error, 'creditCard.expirationMonth'],
      [cvv.error, 'creditCard.cvv'],
    ].flatMap(([code, parameter]) => (code ? [{ code: code as keyof typeof messages, parameter: parameter!, message: messages[code as keyof typeof messages] }] : []));
    return errors.length > 0 ? { type: 'validation_error', message: errors[0]!.message, errors } : undefined;
  }
}

function toSourceResult(result: ApiResult<Source>): SourceResult {
  return result.error ? { error: result.error } : { source: result.data };
}

function checkPublicKey(key: unknown): DrError | undefined {
  if (typeof key === 'string' && /^sk_/.test(key)) {
    return integrationError('secret_key_in_browser', 'new DigitalRiver() was given a secret key; pages must only use a public key (pk_…). Rotate the exposed key.', 'publicKey');
  }
  if (typeof key !== 'string' || !/^pk_(test|live)_[\x21-\x7e]+$/.test(key)) {
    return integrationError('invalid_public_key', 'new DigitalRiver() needs a public key such as "pk_test_…".', 'publicKey');
  }
  return undefined;
}

function checkBaseUrl(url: unknown): DrError | undefined {
  if (url === undefined) return undefined;
  if (typeof url === 'string' && (/^https?:\/\/[^\s]+$/.test(url) || /^\/[^\s]*$/.test(url))) return undefined;
  return integrationError('invalid_api_base_url', 'The apiBaseUrl option must be an http(s) URL or a path starting with "/".', 'apiBaseUrl');
}
