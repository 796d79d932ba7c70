/**
 * The payment step of one checkout, created by `dr.checkout(options)`: creates the card source with the checkout's
 * payment session id, runs 3-D Secure when the source needs it, attaches it through the storefront's server (which
 * holds the secret key), detaches the primary it replaces, saves it to the customer on request, and watches its
 * security code. Every call resolves to a result and never throws; failures also fire `error`.
 *
 * Guarantees after any call, failed or not: the checkout holds at most one primary source, and no single-use source
 * this session attached is left attached but forgotten. A source created but not attached (the attach failed) is
 * kept and attached on the next try while the card fields are unchanged, so a retry never creates a second source.
 */
import type { DrError } from '../api/errors.js';
import type { Owner, Source } from '../api/source.js';
import type { CardElement, DigitalRiver } from '../core/digital-river.js';
import { integrationError, reportIntegrationError } from '../core/errors.js';
import { createCvcExpiryTracker, type CvcExpiryTracker, type CvcState, type Tick } from './cvc-expiry.js';
import { shopperEnglish } from '../page-texts/en.checkout.js';
import { checkoutError, forShopper } from './messages.js';
import type { CheckoutServer, CheckoutServerResult, CheckoutView } from './server.js';

export interface CheckoutOptions {
  checkoutId: string;
  /** The checkout's `payment.session.id`; card sources are created with it. */
  sessionId: string;
  /** The storefront's server. With a `pk_test_` key and a running sandbox, the sandbox's default when absent. */
  server?: CheckoutServer;
  /** The signed-in customer: saved cards, "save this card". */
  customerId?: string;
  /** How long a security code stays usable after the source is created (default 15 minutes). */
  cvcLifetimeMs?: number;
  /** How long before the end the `cvcexpiring` countdown starts (default 2 minutes). */
  cvcWarningMs?: number;
  /** Default: the DigitalRiver instance's clock. Pass the sandbox's clock to fast-forward. */
  clock?: { now(): Date };
  /** How the security-code tracker re-reads the clock; default every second. */
  tick?: Tick;
}

export interface PayOptions {
  owner?: Owner;
  /** Save the card to `customerId` once attached (it becomes reusable). */
  saveCard?: boolean;
}

export interface CheckoutEventMap {
  sourceattached: { source: Source; checkout: CheckoutView };
  sourcedetached: { sourceId: string };
  /** When the warning starts, then every second with the time left. */
  cvcexpiring: { sourceId: string; secondsLeft: number; expiresAt: string };
  cvcexpired: { sourceId: string };
  cvcrefreshed: { source: Source };
  error: { error: DrError };
}
export type CheckoutEventName = keyof CheckoutEventMap;

/** `{error, source}` when the card itself was refused: a source created in state `failed`. */
export type PayResult = { source: Source; checkout: CheckoutView } | { error: DrError; source: Source } | { error: DrError };
export type SavedSourcesResult = { sources: Source[]; defaultSourceId?: string } | { error: DrError };
export type SavedSourceChange = { sourceId: string } | { error: DrError };
export type StoreCreditRequest = { sourceId: string } | { amount: number; currency: string };

/** Where `startSandbox()` leaves its default server for test-key pages that pass none. */
export const SANDBOX_SERVER_KEY = Symbol.for('digitalriver.sandbox.checkoutServer');

const UNEXPECTED: DrError = {
  type: 'api_error',
  message: 'The storefront server could not complete the request.',
  errors: [{ code: 'unknown_error', message: 'The storefront server could not complete the request.' }],
};
const isCredit = (source: Source) => source.type === 'customerCredit';

export class CheckoutSession {
  private readonly handlers = new Map<CheckoutEventName, Set<(data: never) => void>>();
  private readonly clock: { now(): Date };
  private primaryCard?: Source;
  private unattached?: { source: Source; key: string };
  private tracker?: CvcExpiryTracker;
  private inFlight?: Promise<PayResult>;
  private lastCard?: CardElement;
  private lastOwner?: Owner;
  private destroyed = false;
  /** What the shopper reads when a step fails, in the instance's language once loaded. */
  private shopperTexts = shopperEnglish;

  /** @internal Use `dr.checkout(options)`. */
  constructor(
    private readonly dr: DigitalRiver,
    private readonly options: CheckoutOptions,
  ) {
    this.clock = options?.clock && typeof options.clock.now === 'function' ? options.clock : { now: dr.now };
    void dr.texts().then((texts) => texts && (this.shopperTexts = texts.shopper));
  }

  /** The primary source this session attached last, if any. */
  get primarySource(): Source | undefined {
    return this.primaryCard;
  }

  /** The attached single-use card's security-code state; undefined when nothing is tracked. */
  get cvcState(): CvcState | undefined {
    return this.tracker?.state;
  }

  /** Listens to an event; returns a function that stops listening. */
  on<K extends CheckoutEventName>(event: K, handler: (data: CheckoutEventMap[K]) => void): () => void {
    let set = this.handlers.get(event);
    if (!set) this.handlers.set(event, (set = new Set()));
    set.add(handler as (data: never) => void);
    return () => set.delete(handler as (data: never) => void);
  }

  /**
   * Pays with the card typed in `cardElement`'s fields: create -> 3-D Secure when required -> attach -> detach the
   * replaced primary -> save (when asked, for a customer) -> watch the security code. Calls while one is running
   * share it (a double click creates one source). Paying again after the code expired is the same as
   * {@link refreshSecurityCode}.
   */
  pay(cardElement: CardElement, options: PayOptions = {}): Promise<PayResult> {
    return this.exclusive(() => this.runPay(cardElement, options ?? {}, false));
  }

  /**
   * After the shopper re-entered the security code (number and expiry stay in their fields): creates a fresh source
   * from the same fields and owner, attaches it in place of the stale one, which is detached, then fires `cvcrefreshed`.
   */
  refreshSecurityCode(cvvElement?: CardElement): Promise<PayResult> {
    const card = cvvElement ?? this.lastCard;
    if (!card) return Promise.resolve(this.fail(reportIntegrationError(integrationError('nothing_to_refresh', 'refreshSecurityCode() needs a card element, or a pay() before it.', 'cvvElement'))));
    return this.exclusive(() => this.runPay(card, { owner: this.lastOwner }, true));
  }

  /** Pays with a saved card: authenticates it with the code typed in `cvvElement` (3-D Secure if needed), then attaches it. */
  useSavedSource(source: Source, cvvElement: CardElement): Promise<PayResult> {
    return this.exclusive(async () => {
      if (!source || typeof source.id !== 'string') return this.fail(integrationError('invalid_parameter', 'useSavedSource() needs a saved source.', 'source'));
      const auth = await this.dr.authenticateSource(cvvElement, { sessionId: this.options.sessionId, sourceId: source.id, sourceClientSecret: source.clientSecret });
      if ('error' in auth) return this.fail(forShopper(auth.error, this.shopperTexts));
      if (auth.status === 'failed') return this.fail(checkoutError('card_error', 'authentication_failed', 'notVerified', this.shopperTexts));
      return this.attachPrimary(source, false, false);
    });
  }

  /**
   * Adds store credit, a secondary `customerCredit` source: an existing one by id, or one the server creates
   * (`server.createStoreCredit`). It must come before a single-use card: afterwards the API refuses it with 409
   * `session_update_not_allowed`, reported in words the shopper understands.
   */
  async addStoreCredit(request: StoreCreditRequest): Promise<{ source: Source; checkout: CheckoutView } | { error: DrError }> {
    const server = this.server();
    if ('error' in server) return this.fail(server.error);
    let sourceId = (request as { sourceId?: unknown })?.sourceId;
    if (typeof sourceId !== 'string') {
      const { amount, currency } = (request ?? {}) as { amount?: unknown; currency?: unknown };
      if (!server.createStoreCredit || typeof amount !== 'number' || typeof currency !== 'string') {
        return this.fail(reportIntegrationError(integrationError('invalid_parameter', 'addStoreCredit() needs {sourceId}, or {amount, currency} and a server with createStoreCredit.', 'sourceId')));
      }
      const created = await this.call(() => server.createStoreCredit!({ checkoutId: this.options.checkoutId, amount, currency, ...this.customer() }));
      if (created.error) return this.fail(forShopper(created.error, this.shopperTexts));
      sourceId = created.data.id;
    }
    const attached = await this.attach(server, sourceId as string);
    if (attached.error) return this.fail(forShopper(attached.error, this.shopperTexts));
    const source = attached.data.sources.find((s) => s.id === sourceId);
    if (!source) return this.fail(UNEXPECTED);
    this.emit('sourceattached', { source, checkout: attached.data });
    return { source, checkout: attached.data };
  }

  /** The signed-in customer's saved, chargeable sources. */
  async listSavedSources(): Promise<SavedSourcesResult> {
    const server = this.server();
    if ('error' in server) return this.fail(server.error);
    const customerId = this.options.customerId;
    if (!customerId || !server.listSavedSources) return { sources: [] };
    const result = await this.call(() => server.listSavedSources!({ customerId }));
    if (result.error) return this.fail(forShopper(result.error, this.shopperTexts));
    return { ...result.data, sources: result.data.sources.filter((s) => s.state === 'chargeable') };
  }

  setDefaultSource(sourceId: string): Promise<SavedSourceChange> {
    return this.changeSaved(sourceId, 'setDefaultSource');
  }

  /** Removes a saved card from the customer (the API cancels it). */
  removeSavedSource(sourceId: string): Promise<SavedSourceChange> {
    return this.changeSaved(sourceId, 'removeSavedSource');
  }

  /**
   * Gives a saved card the expiration date typed in `expirationElement` (a lone expiration field): `updateSource`
   * changes only the date, and the card keeps its id.
   */
  async updateSavedSourceExpiry(source: Source, expirationElement: CardElement): Promise<{ source: Source } | { error: DrError }> {
    if (!source || typeof source.id !== 'string') return this.fail(integrationError('invalid_parameter', 'updateSavedSourceExpiry() needs a saved source.', 'source'));
    const result = await this.dr.updateSource(expirationElement, { id: source.id, clientSecret: source.clientSecret });
    return 'error' in result ? this.fail(forShopper(result.error, this.shopperTexts)) : result;
  }

  /** Stops the security-code tracker and drops every listener. */
  destroy(): void {
    this.stopTracking();
    this.handlers.clear();
    this.destroyed = true;
  }

  private async runPay(card: CardElement, options: PayOptions, refresh: boolean): Promise<PayResult> {
    const group = this.dr.groupOf(card, 'pay');
    if (!group || 'errors' in group) {
      return this.fail(group ?? reportIntegrationError(integrationError('invalid_parameter', 'pay() needs a card element (a DigitalRiver.js element or a dr-card-* element).', 'cardElement')));
    }
    const server = this.server();
    if ('error' in server) return this.fail(server.error);
    this.lastCard = card;
    this.lastOwner = options.owner;
    // Same card data (by the controller frame's version token, never by value) and same owner: the last source is still right.
    const key = `${await group.version()}|${JSON.stringify(options.owner ?? null)}`;
    let source = this.unattached?.key === key ? this.unattached.source : undefined;
    if (!source) {
      this.unattached = undefined;
      const created = await this.dr.createSource(card, { type: 'creditCard', sessionId: this.options.sessionId, ...(options.owner ? { owner: options.owner } : {}) });
      if ('error' in created) return this.fail(forShopper(created.error, this.shopperTexts));
      source = created.source;
    }
    if (source.state === 'failed') return this.fail(checkoutError('card_error', 'source_failed', 'declined', this.shopperTexts), source);
    if (source.state === 'requires_action') {
      this.unattached = { source, key };
      const auth = await this.dr.authenticateSource({ sessionId: this.options.sessionId, sourceId: source.id, sourceClientSecret: source.clientSecret });
      if ('error' in auth) return this.fail(forShopper(auth.error, this.shopperTexts));
      if (auth.status === 'failed') {
        this.unattached = undefined;
        return this.fail(checkoutError('card_error', 'authentication_failed', 'notVerified', this.shopperTexts));
      }
      source = { ...source, state: 'chargeable' };
    }
    this.unattached = { source, key };
    return this.attachPrimary(source, refresh, Boolean(options.saveCard));
  }

  /** Attaches a primary source, detaches any other primary the checkout still holds, saves it on request, tracks it. */
  private async attachPrimary(source: Source, refresh: boolean, saveCard: boolean): Promise<PayResult> {
    const server = this.server();
    if ('error' in server) return this.fail(server.error);
    const checkoutId = this.options.checkoutId;
    const attached = await this.attach(server, source.id);
    if (attached.error) {
      // A source the API will never take again is not worth keeping for a retry.
      if (attached.error.type === 'conflict') this.unattached = undefined;
      return this.fail(forShopper(attached.error, this.shopperTexts));
    }
    this.unattached = undefined;
    let checkout = attached.data;
    let view: Source = checkout.sources.find((s) => s.id === source.id) ?? source;
    const previous = this.primaryCard;
    const wasStale = this.tracker !== undefined && this.tracker.state.status !== 'fresh';
    this.stopTracking();
    this.primaryCard = view;

    const others = checkout.sources.filter((s) => s.id !== view.id && !isCredit(s));
    for (const other of others) {
      const detached = await this.call(() => server.detachSource({ checkoutId, sourceId: other.id }));
      if (detached.error && detached.error.type !== 'not_found') {
        this.emit('error', { error: forShopper(detached.error, this.shopperTexts) });
        continue;
      }
      checkout = { ...checkout, sources: checkout.sources.filter((s) => s.id !== other.id) };
      this.emit('sourcedetached', { sourceId: other.id });
    }
    // The API replaced (and so detached) the previous primary itself.
    if (previous && previous.id !== view.id && !others.some((s) => s.id === previous.id)) this.emit('sourcedetached', { sourceId: previous.id });

    const customerId = this.options.customerId;
    if (saveCard && customerId && server.saveSource) {
      const saved = await this.call(() => server.saveSource!({ customerId, sourceId: view.id }));
      if (saved.error) this.emit('error', { error: forShopper(saved.error, this.shopperTexts, 'notSaved') });
      else this.primaryCard = view = { ...view, ...saved.data };
    }
    // Saved (reusable) cards are charged without a security code; only single-use cards go stale.
    if (view.type === 'creditCard' && !view.reusable) this.startTracking(view);
    this.emit('sourceattached', { source: view, checkout });
    if (refresh || wasStale) this.emit('cvcrefreshed', { source: view });
    return { source: view, checkout };
  }

  private startTracking(source: Source): void {
    this.tracker = createCvcExpiryTracker({
      // A source without a creation time is taken as created now: its code is as fresh as it can be.
      createdTime: source.createdTime ?? this.clock.now(),
      lifetimeMs: this.options.cvcLifetimeMs,
      warningMs: this.options.cvcWarningMs,
      clock: this.clock,
      tick: this.options.tick,
      onChange: (state) => {
        if (state.status === 'expiring') {
          this.emit('cvcexpiring', { sourceId: source.id, secondsLeft: state.secondsLeft, expiresAt: state.expiresAt.toISOString() });
        } else if (state.status === 'expired') {
          this.emit('cvcexpired', { sourceId: source.id });
        }
      },
    });
  }

  private stopTracking(): void {
    this.tracker?.stop();
    this.tracker = undefined;
  }

  private async changeSaved(sourceId: string, method: 'setDefaultSource' | 'removeSavedSource'): Promise<SavedSourceChange> {
    const server = this.server();
    if ('error' in server) return this.fail(server.error);
    const customerId = this.options.customerId;
    const call = server[method];
    if (!customerId || !call || typeof sourceId !== 'string') {
      return this.fail(reportIntegrationError(integrationError('invalid_parameter', `${method}() needs a customerId, a source id and a server with ${method}.`, customerId ? 'sourceId' : 'customerId')));
    }
    const result = await this.call(() => call.call(server, { customerId, sourceId }));
    if (result.error) return this.fail(forShopper(result.error, this.shopperTexts));
    if (method === 'removeSavedSource' && this.primaryCard?.id === sourceId) this.primaryCard = undefined;
    return { sourceId };
  }

  private exclusive(run: () => Promise<PayResult>): Promise<PayResult> {
    this.inFlight ??= run()
      .catch(() => this.fail(UNEXPECTED))
      .finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  /** The storefront's server, or the sandbox's default on a test key, or an integration error. */
  private server(): CheckoutServer | { error: DrError } {
    if (this.destroyed) return { error: integrationError('session_destroyed', 'This checkout session was destroyed; create a new one with dr.checkout().') };
    const { checkoutId, sessionId, server } = this.options ?? {};
    if (typeof checkoutId !== 'string' || !checkoutId || typeof sessionId !== 'string' || !sessionId) {
      return { error: reportIntegrationError(integrationError('invalid_parameter', 'dr.checkout() needs {checkoutId, sessionId}.', checkoutId ? 'sessionId' : 'checkoutId')) };
    }
    const fallback = this.dr.testMode ? (globalThis as Record<symbol, CheckoutServer | undefined>)[SANDBOX_SERVER_KEY] : undefined;
    const chosen = server ?? fallback;
    if (!chosen || typeof chosen.attachSource !== 'function' || typeof chosen.detachSource !== 'function') {
      return { error: reportIntegrationError(integrationError('missing_server', 'dr.checkout() needs a server with attachSource and detachSource (the storefront holds the secret key).', 'server')) };
    }
    return chosen;
  }

  private async attach(server: CheckoutServer, sourceId: string): Promise<CheckoutServerResult<CheckoutView>> {
    const result = await this.call(() => server.attachSource({ checkoutId: this.options.checkoutId, sourceId }));
    return result.error || Array.isArray(result.data?.sources) ? result : { error: UNEXPECTED };
  }

  private customer(): { customerId?: string } {
    return this.options.customerId ? { customerId: this.options.customerId } : {};
  }

  /** Runs an integrator-supplied server call; one that throws or rejects becomes an error result. */
  private async call<T>(run: () => Promise<CheckoutServerResult<T>>): Promise<CheckoutServerResult<T>> {
    try {
      const result = await run();
      return result && typeof result === 'object' && (result.error || 'data' in result) ? result : { error: UNEXPECTED };
    } catch {
      return { error: UNEXPECTED };
    }
  }

  private fail(error: DrError): { error: DrError };
  private fail(error: DrError, source: Source): { error: DrError; source: Source };
  private fail(error: DrError, source?: Source): { error: DrError } | { error: DrError; source: Source } {
    this.emit('error', { error });
    return source ? { error, source } : { error };
  }

  private emit<K extends CheckoutEventName>(event: K, data: CheckoutEventMap[K]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      try {
        (handler as (data: CheckoutEventMap[K]) => void)(data);
      } catch (error) {
        console.error('[DigitalRiver] checkout_handler_error: a checkout event handler threw.', error);
      }
    }
  }
}
