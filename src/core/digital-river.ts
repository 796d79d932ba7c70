import type { DrError } from '../api/errors.js';
import type { ApiResult } from '../api/request.js';
import { readAuthenticateResponse, readSource, type Owner, type Source } from '../api/source.js';
import { DrCardFieldElement } from '../elements/card-field/card-field.component.js';
import { defineElements } from '../elements/define.js';
import type { PageTexts } from '../page-texts/index.js';
import { pageTexts } from '../page-texts/load.js';
import { Controller, FieldGroup, frameUrlOf, isFieldKind, namedGroup, type ApiChoice, type CardSourceData, type FieldKind } from '../secure-fields/page/index.js';
import { readApiAnswer } from '../secure-fields/page/api-answer.js';
import { FIELDS_UNAVAILABLE, type SourceCall } from '../secure-fields/shared/protocol.js';
import { runChallenge } from './challenge.js';
import { DigitalRiverElement, type ElementOptions } from './element.js';
import { integrationError, reportIntegrationError } from './errors.js';
import { shown } from './shown.js';
import { asObject, warnUnknownKeys } from './options.js';

export interface DigitalRiverOptions {
  /** Language of placeholders, labels and messages, e.g. `en-US` (default) or `de-DE`. */
  locale?: string;
  /**
   * Base URL of the payment API, among those the frame deployment trusts (any other is refused with
   * `api_origin_not_allowed`); defaults to the one it names: the production frames, the payment API.
   */
  apiBaseUrl?: string;
  /** How long an API call may take before it resolves with a `request_timeout` error. */
  timeoutMs?: number;
  /** Source of the current time (expiry checks); defaults to the system clock. The sandbox's clock fits here. */
  clock?: { now(): Date };
  /** The field frame (`frames/frame.html`) on the library's frame origin; defaults to beside the library's script. */
  frameUrl?: string;
}
const OPTION_KEYS = ['locale', 'apiBaseUrl', 'timeoutMs', 'clock', 'frameUrl'] as const;

export type SourceResult = { source: Source } | { error: DrError };

/** A card element: a DigitalRiver.js handle of this instance, or a `dr-card-*` custom element placed in the page. */
export type CardElement = DigitalRiverElement | DrCardFieldElement;
/** The element types `createElement` makes. */
export type CardElementType = FieldKind;

/** An owner as Digital River's examples send it (a postal code may be a number). */
export interface OwnerData extends Omit<Owner, 'address'> {
  address?: { line1?: string; line2?: string; city?: string; state?: string; postalCode?: string | number; country?: string };
}

/**
 * What `createSource` takes besides a card element: the documented fields, and any other the API knows (passed on
 * as given). With a card element, `type` is `creditCard` or left out.
 */
export interface SourceData {
  type?: string;
  sessionId?: string;
  owner?: OwnerData;
  amount?: number | string;
  currency?: string;
  /** A raw card, only without a card element (the API checks it). */
  creditCard?: { number: string; expirationMonth: number; expirationYear: number; cvv: string };
  [key: string]: unknown;
}

export interface AuthenticateSourceData {
  /** The checkout's payment session id. */
  sessionId?: string;
  sourceId: string;
  sourceClientSecret: string;
  returnUrl?: string;
}
export type AuthenticationStatus = 'complete' | 'authentication_not_required' | 'failed';
export type AuthenticateSourceResult = { status: AuthenticationStatus } | { error: DrError };

export interface UpdateSourceData {
  id: string;
  clientSecret: string;
  owner?: Owner;
}

const UNEXPECTED: DrError = {
  type: 'api_error',
  message: 'The payment service could not complete the request.',
  errors: [{ code: 'unknown_error', message: 'The payment service could not complete the request.' }],
};

/** The same data, however its object was made; undefined for what JSON cannot write (such a call shares nothing). */
function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value ?? null);
  } catch {
    return undefined;
  }
}

/**
 * Element types beyond the card fields (wallets, payment instructions, compliance), added by the bundles that carry
 * them; the card-only bundle knows none.
 */
const elementMakers = new Map<string, (dr: DigitalRiver, options: unknown) => unknown>();

/** @internal Lets `createElement(type)` make another element type (lower-case name). */
export function addElementType(type: string, make: (dr: DigitalRiver, options: unknown) => unknown): void {
  elementMakers.set(type, make);
}

const instanceSetups: ((dr: DigitalRiver) => void)[] = [];

/** @internal Lets a bundle set up each new instance (Drop-in's starts loading the instance's language). */
export function onNewInstance(setup: (dr: DigitalRiver) => void): void {
  instanceSetups.push(setup);
}

/**
 * The DigitalRiver.js-compatible entry point: `new DigitalRiver(publicKey, options)`.
 * Every method resolves to a result and never throws; mistakes in the storefront's code come back as `integration_error`.
 */
export class DigitalRiver {
  private readonly group: FieldGroup;
  /**
   * @internal The API the page asks the frames to call (with card data or without); they refuse any their deployment
   * does not allow. Undefined when the instance could not be set up.
   */
  readonly apiChoice?: ApiChoice;
  /** @internal The `frameUrl` option: the frames' deployment, beside which the page's other scripts are. */
  readonly frameUrl?: string;
  /**
   * The controller frame of this instance's frame deployment, started at construction so it is warm for the fields.
   * It is the page's only way to the API: the page makes no request of its own.
   */
  private readonly controller?: Controller;
  private readonly setupError?: DrError;
  /** The createSource call in flight: the same call again (Pay clicked twice) shares its result, another does not. */
  private pendingSource?: { element: unknown; data: string | undefined; result: Promise<SourceResult> };
  /** @internal The instance's clock (the `clock` option, else the system's). */
  readonly now: () => Date;
  /** @internal */
  readonly testMode: boolean;
  /**
   * @internal The page's texts in the `locale` option's language, loaded from the frames when first asked for (a page
   * that never shows them loads nothing); undefined for English.
   */
  readonly texts: () => Promise<PageTexts | undefined>;

  constructor(publicKey: string, options?: DigitalRiverOptions) {
    defineElements();
    const given = asObject(options) ?? {};
    warnUnknownKeys('new DigitalRiver()', given, OPTION_KEYS);
    const locale = typeof given.locale === 'string' ? given.locale : 'en-US';
    const clock = given.clock as DigitalRiverOptions['clock'];
    this.now = typeof clock?.now === 'function' ? () => clock.now() : () => new Date();
    this.group = new FieldGroup({ locale, now: this.now });
    this.testMode = typeof publicKey === 'string' && publicKey.startsWith('pk_test_');
    this.frameUrl = typeof given.frameUrl === 'string' ? given.frameUrl : undefined;
    const frameUrl = frameUrlOf(this.frameUrl);
    let texts: Promise<PageTexts | undefined> | undefined;
    this.texts = () => (texts ??= pageTexts(locale, frameUrl instanceof URL ? frameUrl : undefined));
    this.setupError = checkPublicKey(publicKey) ?? checkBaseUrl(given.apiBaseUrl) ?? (frameUrl instanceof URL ? undefined : frameUrl);
    if (this.setupError) {
      reportIntegrationError(this.setupError);
      return;
    }
    const baseUrl = typeof given.apiBaseUrl === 'string' ? new URL(given.apiBaseUrl, location.href).href.replace(/\/$/, '') : undefined;
    const timeout = typeof given.timeoutMs === 'number' && given.timeoutMs > 0 ? { timeoutMs: given.timeoutMs } : {};
    this.apiChoice = { ...(baseUrl ? { baseUrl } : {}), publicKey, ...timeout };
    // The controller frame starts early, so it is warm for fields mounted later.
    this.controller = Controller.for(frameUrl as URL);
    this.controller?.warmUp();
    for (const setup of instanceSetups) setup(this);
  }

  /**
   * @internal An API call with the page's own data (no card element), made by the controller frame: to the apiBaseUrl
   * option when its deployment trusts it, else to the API it names. Its answer is checked here as the API's would be.
   */
  async ask<T>(request: SourceCall, read: (body: unknown) => T | undefined): Promise<ApiResult<T>> {
    // As JSON, the way the API gets it (a function in the data is left out, not a reason to fail).
    const answer = await this.controller!.call(JSON.parse(JSON.stringify(request)) as SourceCall);
    return readApiAnswer(answer, read) ?? { error: FIELDS_UNAVAILABLE };
  }

  /**
   * Creates a `cardnumber`, `cardexpiration` or `cardcvv` element (case-insensitive); any other type is `undefined`,
   * with an `unknown_element_type` error in the console.
   */
  createElement(type: CardElementType, options?: ElementOptions): DigitalRiverElement;
  createElement(type: string, options?: ElementOptions): DigitalRiverElement | undefined;
  // Bundles with more element types add overloads of their own (their options are theirs to check).
  createElement(type: string, options?: unknown): unknown {
    const kind = typeof type === 'string' ? type.toLowerCase() : type;
    const made = elementMakers.get(kind as string);
    if (made) return made(this, options);
    if (!isFieldKind(kind)) {
      reportIntegrationError(
        integrationError('unknown_element_type', `createElement() does not know the type ${shown(type)}; use cardnumber, cardexpiration or cardcvv.`, 'type'),
      );
      return undefined;
    }
    return new DigitalRiverElement(kind, this.group, (options ?? {}) as ElementOptions, this.frameUrl);
  }

  /**
   * Creates a single-use source. With an element of this instance, the card comes from this instance's three card
   * elements; with only source data, from its `creditCard` block. Concurrent calls share one request and one source.
   */
  createSource(element: CardElement, sourceData?: SourceData): Promise<SourceResult>;
  createSource(sourceData: SourceData & { type: string }): Promise<SourceResult>;
  createSource(elementOrData: CardElement | SourceData, sourceData?: SourceData): Promise<SourceResult> {
    const isElement = elementOrData instanceof DigitalRiverElement || elementOrData instanceof DrCardFieldElement;
    const [element, data] = isElement ? [elementOrData, sourceData] : [undefined, elementOrData];
    const call = { element, data: jsonOf(data) };
    const pending = this.pendingSource;
    if (pending && pending.element === call.element && pending.data === call.data && call.data !== undefined) return pending.result;
    const result = this.runCreateSource(elementOrData, sourceData).finally(() => {
      if (this.pendingSource?.result === result) this.pendingSource = undefined;
    });
    this.pendingSource = { ...call, result };
    return result;
  }

  /** Fetches a source with its client secret. */
  async retrieveSource(id: string, clientSecret: string): Promise<SourceResult> {
    if (this.setupError || !this.apiChoice) return { error: this.setupError! };
    if (typeof id !== 'string' || !id || typeof clientSecret !== 'string' || !clientSecret) {
      return { error: reportIntegrationError(integrationError('invalid_parameter', 'retrieveSource(id, clientSecret) needs two non-empty strings.', typeof id === 'string' && id ? 'clientSecret' : 'id')) };
    }
    return toSourceResult(await this.ask({ call: 'retrieveSource', api: this.apiChoice, sourceId: id, clientSecret }, readSource));
  }

  private async runCreateSource(elementOrData: unknown, sourceData: unknown): Promise<SourceResult> {
    try {
      if (this.setupError || !this.apiChoice) return { error: this.setupError! };
      const group = this.groupOf(elementOrData, 'createSource');
      if (group instanceof FieldGroup) {
        const data = asObject(sourceData) ?? {};
        if (data.type !== undefined && data.type !== 'creditCard') {
          return { error: reportIntegrationError(integrationError('invalid_parameter', 'Card elements create sources of type "creditCard" only.', 'type')) };
        }
        return await group.tokenize(this.apiChoice, data as CardSourceData);
      }
      if (group) return { error: group };
      const data = asObject(elementOrData);
      if (!data) {
        return { error: reportIntegrationError(integrationError('invalid_parameter', 'createSource() needs a card element or a source data object.', 'sourceData')) };
      }
      // A raw `creditCard` block is checked where the card rules run: by the API, which answers with a typed error.
      return toSourceResult(await this.ask({ call: 'createSource', api: this.apiChoice, data }, readSource));
    } catch {
      // Last line of defence: the public API resolves even if something unforeseen throws (no details: they may hold card data).
      return { error: { type: 'api_error', message: 'The payment source could not be created.', errors: [{ code: 'unknown_error', message: 'The payment source could not be created.' }] } };
    }
  }

  /**
   * Authenticates a source: shows the 3-D Secure challenge when the source is `requires_action`, and with a
   * security-code element sends the freshly typed code (a saved card's code re-collected; it renews the code's
   * lifetime). Resolves `{status: 'complete' | 'authentication_not_required' | 'failed'}` or `{error}`; a challenge
   * the shopper cancels (Escape) is `failed`.
   */
  async authenticateSource(cvvElementOrData: CardElement | AuthenticateSourceData, data?: AuthenticateSourceData): Promise<AuthenticateSourceResult> {
    try {
      if (this.setupError || !this.apiChoice) return { error: this.setupError! };
      const group = this.groupOf(cvvElementOrData, 'authenticateSource');
      if (group && !(group instanceof FieldGroup)) return { error: group };
      const given = asObject(group ? data : cvvElementOrData);
      const { sourceId, sourceClientSecret: secret, sessionId, returnUrl } = (given ?? {}) as Partial<AuthenticateSourceData>;
      if (typeof sourceId !== 'string' || !sourceId || typeof secret !== 'string' || !secret) {
        return { error: reportIntegrationError(integrationError('invalid_parameter', 'authenticateSource() needs {sourceId, sourceClientSecret}.', typeof sourceId === 'string' && sourceId ? 'sourceClientSecret' : 'sourceId')) };
      }
      const codeError = await group?.checkSecurityCode();
      if (codeError) return { error: codeError };
      const retrieved = await this.ask({ call: 'retrieveSource', api: this.apiChoice, sourceId, clientSecret: secret }, readSource);
      if (retrieved.error) return { error: retrieved.error };
      const challengeUrl = retrieved.data.state === 'requires_action' ? retrieved.data.authentication?.challengeUrl : undefined;
      if (challengeUrl && (await runChallenge(challengeUrl, sourceId, (await this.texts())?.challenge)) === 'cancelled') return { status: 'failed' };
      const body = { ...(typeof sessionId === 'string' ? { sessionId } : {}), ...(typeof returnUrl === 'string' ? { returnUrl } : {}) };
      const result = group
        ? await group.authenticate(this.apiChoice, sourceId, secret, body)
        : await this.ask({ call: 'authenticateSource', api: this.apiChoice, sourceId, clientSecret: secret, body }, readAuthenticateResponse);
      if (result.error) return { error: result.error };
      // After a challenge the API sees a settled source; what counts is how the challenge ended.
      if (challengeUrl) return { status: result.data.source.state === 'chargeable' ? 'complete' : 'failed' };
      // A status the library does not know yet reaches the caller as the API sent it.
      return { status: result.data.status as AuthenticationStatus };
    } catch {
      return { error: UNEXPECTED };
    }
  }

  /**
   * Updates a source's owner and/or, with an expiration element, the card's expiry as typed there.
   * Resolves `{source}` or `{error}`.
   */
  async updateSource(expirationElementOrData: CardElement | UpdateSourceData, data?: UpdateSourceData): Promise<SourceResult> {
    try {
      if (this.setupError || !this.apiChoice) return { error: this.setupError! };
      const group = this.groupOf(expirationElementOrData, 'updateSource');
      if (group && !(group instanceof FieldGroup)) return { error: group };
      const given = asObject(group ? data : expirationElementOrData);
      const { id, clientSecret, owner } = (given ?? {}) as Partial<UpdateSourceData>;
      if (typeof id !== 'string' || !id || typeof clientSecret !== 'string' || !clientSecret) {
        return { error: reportIntegrationError(integrationError('invalid_parameter', 'updateSource() needs {id, clientSecret}.', typeof id === 'string' && id ? 'clientSecret' : 'id')) };
      }
      const body = owner === undefined ? {} : { owner };
      if (group) return await group.updateExpiration(this.apiChoice, id, clientSecret, body);
      if (owner === undefined) {
        return { error: reportIntegrationError(integrationError('invalid_parameter', 'updateSource() needs an expiration element or an owner to change.', 'owner')) };
      }
      return toSourceResult(await this.ask({ call: 'updateSource', api: this.apiChoice, sourceId: id, clientSecret, body: body as Record<string, unknown> }, readSource));
    } catch {
      return { error: UNEXPECTED };
    }
  }

  /**
   * @internal The field group behind a card element, an integration error for an element of another instance, or
   * undefined when the value is not an element at all.
   */
  groupOf(element: unknown, call: string): FieldGroup | DrError | undefined {
    let group: FieldGroup | undefined;
    if (element instanceof DigitalRiverElement) group = element.fieldElement.fieldGroup;
    else if (element instanceof DrCardFieldElement) group = element.fieldGroup ?? namedGroup(element.group); // declarative: its named group
    else return undefined;
    const foreign = element instanceof DigitalRiverElement ? group !== this.group : element.fieldGroup !== undefined && group !== this.group;
    if (foreign) {
      return reportIntegrationError(integrationError('foreign_element', `${call}() was given an element created by another DigitalRiver instance.`, 'element'));
    }
    return group;
  }
}

function toSourceResult(result: ApiResult<Source>): SourceResult {
  return result.error ? { error: result.error } : { source: result.data };
}

function checkPublicKey(key: unknown): DrError | undefined {
  if (typeof key === 'string' && /^sk_/.test(key)) {
    return integrationError('secret_key_in_browser', 'new DigitalRiver() was given a secret key; pages must only use a public key (pk_…). Rotate the exposed key.', 'publicKey');
  }
  // Any publishable key: Digital River's documentation shows `pk_test_…`, `pk_live_…`, `pk_hc_…` and plain `pk_…` hex.
  if (typeof key !== 'string' || !/^pk_[\x21-\x7e]+$/.test(key)) {
    return integrationError('invalid_public_key', 'new DigitalRiver() needs a publishable key (pk_…).', 'publicKey');
  }
  return undefined;
}

function checkBaseUrl(url: unknown): DrError | undefined {
  if (url === undefined) return undefined;
  if (typeof url === 'string' && (/^https?:\/\/[^\s]+$/.test(url) || /^\/[^\s]*$/.test(url))) return undefined;
  return integrationError('invalid_api_base_url', 'The apiBaseUrl option must be an http(s) URL or a path starting with "/".', 'apiBaseUrl');
}
