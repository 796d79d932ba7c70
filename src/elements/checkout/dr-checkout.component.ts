import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Owner, Source } from '../../api/source.js';
import { cardName } from '../../checkout/card-name.js';
import type { CheckoutSession } from '../../checkout/checkout-session.js';
import type { Tick } from '../../checkout/cvc-expiry.js';
import type { CheckoutServer } from '../../checkout/server.js';
import { DigitalRiver } from '../../core/digital-river.js';
import { checkoutEnglish } from '../../page-texts/en.checkout.js';
import { fill, type CheckoutTexts } from '../../page-texts/index.js';
import { isRightToLeft, localeOf } from '../../secure-fields/shared/locale.js';
import type { DrBillingFieldsElement } from '../billing-fields/dr-billing-fields.component.js';
import { placeCardFields, type CardFields } from '../card-field/card-slots.js';
import type { DrSavedCardsElement } from '../saved-cards/dr-saved-cards.component.js';
import type { DrSavedCardsEventMap } from '../saved-cards/saved-cards-events.js';
import { CheckoutSessionController } from './checkout-session.controller.js';
import { CvcCountdownController } from './cvc-countdown.controller.js';
import { checkoutStyles } from './dr-checkout.styles.js';

/**
 * The whole payment step in one tag: card fields, optional billing details (`<dr-billing-fields>`), a Pay button, a
 * status area, the security-code expiry warning, and for a signed-in customer the saved cards (`<dr-saved-cards>`). It
 * creates the source with the checkout's payment session id and attaches it through {@link server} (the storefront's
 * server; on a test key with the sandbox running, the sandbox's default).
 *
 * @customElement dr-checkout
 * @summary Composite checkout: card fields, Pay, status, CVC warnings, saved cards.
 * @csspart pay-button - The Pay button (`aria-busy` while working).
 * @csspart status - What happened, in the shopper's words (`role="status"`, polite); `data-error-code` holds the code.
 * @csspart cvc-warning - The security-code countdown and expiry (`role="status"`, polite); empty while the code is fresh.
 * @csspart saved-cards - The saved cards of a signed-in customer.
 * @csspart saved-card - One saved card's choice.
 * @csspart billing-fields - The billing details.
 * @cssproperty --dr-checkout-accent - Pay button colour.
 * @cssproperty --dr-checkout-error-color - Error text colour.
 * @cssproperty --dr-checkout-warning-background - Background of the security-code warning.
 * @cssproperty --dr-checkout-gap - Space between rows.
 * @fires dr-source-attached - Detail `{source, checkout}`.
 * @fires dr-source-detached - Detail `{sourceId}`: a replaced primary left the checkout.
 * @fires dr-cvc-expiring - Detail `{sourceId, secondsLeft, expiresAt}`: when the warning starts, then every second.
 * @fires dr-cvc-expired - Detail `{sourceId}`.
 * @fires dr-cvc-refreshed - Detail `{source}`: a fresh source replaced the stale one.
 * @fires dr-payment-error - Detail `{error}`: `error.message` for the shopper, `error.errors[0].code` for the integrator.
 * @fires dr-saved-cards-load - Detail `{sources, defaultSourceId}`: from `<dr-saved-cards>`, as are the next three.
 * @fires dr-saved-card-choose - Detail `{source}`: pay with this saved card, or with a new card (`null`).
 * @fires dr-saved-card-change - Detail `{change, source, message}`: a saved card was made default, removed or updated.
 * @fires dr-saved-card-error - Detail `{error}`: a saved card's change failed (also `dr-payment-error`).
 */
export class DrCheckoutElement extends LitElement {
  static override styles = checkoutStyles;

  private readonly checkout = new CheckoutSessionController(this);
  private readonly countdown = new CvcCountdownController(this, { texts: () => this.texts, onExpired: () => this.promptForSecurityCode() });

  @query('dr-saved-cards') private savedCards?: DrSavedCardsElement;
  @query('dr-billing-fields') private billingFields?: DrBillingFieldsElement;

  @state() private hasSavedCards = false;
  /** The saved card the shopper pays with: the new card's fields are hidden. */
  @state() private usingSaved?: Source;
  /** The texts in the `locale` attribute's language; English while that language loads, when the form is hidden. */
  @state() private texts: CheckoutTexts = checkoutEnglish;
  @state() private textsLoading = false;

  private dr?: DigitalRiver;
  private fields?: CardFields;
  private sessionKey = '';
  private cvvComplete = false;
  /** The security-code field was cleared for re-entry (expiry, or "Update security code"). */
  private cvcPrompted = false;
  private readonly clockProxy = { now: () => (this.clock ?? { now: () => new Date() }).now() };

  @property({ attribute: 'public-key' }) publicKey?: string;
  @property({ attribute: 'checkout-id' }) checkoutId?: string;
  /** The checkout's `payment.session.id`. */
  @property({ attribute: 'session-id' }) sessionId?: string;
  /** A signed-in customer: saved cards and "Save this card". */
  @property({ attribute: 'customer-id' }) customerId?: string;
  @property({ attribute: 'api-base-url' }) apiBaseUrl?: string;
  /**
   * The card-field frame's URL (`frames/frame.html` on the library's frame origin), for every card field this element
   * renders; defaults to beside the library script.
   */
  @property({ attribute: 'frame-url' }) frameUrl?: string;
  @property() locale?: string;
  /** Shows first name, last name and email fields; they become the source's owner. */
  @property({ type: Boolean }) billing = false;
  /** Shows the billing address too (with the name and email): the owner's `address`. */
  @property({ attribute: 'billing-address', type: Boolean }) billingAddress = false;
  @property({ attribute: 'cvc-lifetime-ms', type: Number }) cvcLifetimeMs?: number;
  @property({ attribute: 'cvc-warning-ms', type: Number }) cvcWarningMs?: number;
  /** The storefront's server (attach, detach, saved cards). */
  @property({ attribute: false }) server?: CheckoutServer;
  /** Source of "now" for the security-code countdown; the sandbox's clock in tests and the demo. */
  @property({ attribute: false }) clock?: { now(): Date };
  /** How the countdown re-reads the clock (default every second); tests pass a manual one. */
  @property({ attribute: false }) tick?: Tick;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sessionKey = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fieldSettings = ['publicKey', 'apiBaseUrl', 'locale', 'frameUrl'] as const;
    if (fieldSettings.some((key) => changed.has(key)) && this.publicKey) this.createFields();
    const key = [this.publicKey, this.checkoutId, this.sessionId, this.customerId, this.cvcLifetimeMs, this.cvcWarningMs].join('|');
    if (this.dr && this.checkoutId && this.sessionId && (key !== this.sessionKey || changed.has('server') || changed.has('tick'))) {
      this.sessionKey = key;
      this.startSession();
    }
  }

  protected override updated(): void {
    placeCardFields(this.renderRoot, this.fields);
  }

  private createFields(): void {
    for (const handle of Object.values(this.fields ?? {})) handle.destroy();
    const dr = (this.dr = new DigitalRiver(this.publicKey!, {
      clock: this.clockProxy,
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.apiBaseUrl ? { apiBaseUrl: this.apiBaseUrl } : {}),
      ...(this.frameUrl ? { frameUrl: this.frameUrl } : {}),
    }));
    this.textsLoading = localeOf(this.locale) !== 'en';
    void dr.texts().then((texts) => {
      if (this.dr !== dr) return;
      this.texts = texts?.checkout ?? checkoutEnglish;
      this.textsLoading = false;
    });
    const make = (type: 'cardnumber' | 'cardexpiration' | 'cardcvv', id: string) => {
      const handle = this.dr!.createElement(type)!;
      handle.fieldElement.id = id;
      return handle;
    };
    this.fields = { number: make('cardnumber', 'card-number'), expiration: make('cardexpiration', 'card-expiration'), cvv: make('cardcvv', 'card-cvv') };
    this.fields.cvv.on('change', (e) => (this.cvvComplete = e.complete));
    for (const handle of Object.values(this.fields)) handle.on('return', () => void this.handlePay());
    this.sessionKey = '';
  }

  private startSession(): void {
    const session = this.checkout.start(this.dr!, {
      checkoutId: this.checkoutId!,
      sessionId: this.sessionId!,
      ...(this.server ? { server: this.server } : {}),
      ...(this.customerId ? { customerId: this.customerId } : {}),
      ...(this.cvcLifetimeMs ? { cvcLifetimeMs: this.cvcLifetimeMs } : {}),
      ...(this.cvcWarningMs ? { cvcWarningMs: this.cvcWarningMs } : {}),
      ...(this.tick ? { tick: this.tick } : {}),
      clock: this.clockProxy,
    });
    this.countdown.watch(session);
    this.hasSavedCards = false;
    this.usingSaved = undefined;
  }

  private promptForSecurityCode(): void {
    this.fields?.cvv.clear();
    this.fields?.cvv.focus();
    this.cvcPrompted = true;
  }

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.handlePay();
  };

  private async handlePay(): Promise<void> {
    if (this.checkout.busy) return;
    const session = this.checkout.session;
    const saved = this.savedCards?.chosen;
    const stale = session?.primarySource !== undefined && session.cvcState !== undefined && session.cvcState.status !== 'fresh';
    let owner: Owner | undefined;
    if (session && !saved && !stale && (this.billing || this.billingAddress) && this.billingFields) {
      const read = this.billingFields.readOwner();
      if ('invalid' in read) return this.checkout.say(read.message);
      owner = read.owner;
    }
    const saveCard = this.renderRoot.querySelector<HTMLInputElement>('#save-card')?.checked ?? false;
    const result = await this.checkout.run((session) => {
      if (saved) return session.useSavedSource(saved, this.savedCards!.securityCodeField!);
      if (stale) return session.refreshSecurityCode(this.fields!.cvv);
      return session.pay(this.fields!.number, { ...(owner ? { owner } : {}), saveCard });
    });
    if (!result || 'error' in result) return;
    this.cvcPrompted = false;
    this.countdown.sync();
    let status = stale ? this.texts.securityCodeUpdated : fill(this.texts.cardAdded, { card: cardName(result.source, this.texts) });
    if (saveCard && result.source.reusable) {
      status += ` ${this.texts.savedForNextTime}`;
      void this.savedCards?.reload();
    }
    this.checkout.say(status);
  }

  private readonly handleUpdateSecurityCode = (): void => {
    if (this.cvcPrompted && this.cvvComplete) void this.handlePay();
    else {
      this.promptForSecurityCode();
      this.checkout.say(this.texts.enterSecurityCodeAgain);
    }
  };

  private readonly handleSavedCardsLoad = (event: DrSavedCardsEventMap['dr-saved-cards-load']): void => {
    this.hasSavedCards = event.detail.sources.length > 0;
    this.usingSaved = this.savedCards?.chosen;
  };

  private readonly handleSavedCardChoose = async (event: DrSavedCardsEventMap['dr-saved-card-choose']): Promise<void> => {
    this.usingSaved = event.detail.source ?? undefined;
    if (this.usingSaved) return;
    // A new card: the shopper goes on in its number field, once it is shown again.
    await this.updateComplete;
    this.fields?.number.focus();
  };

  /** Pays (or refreshes the security code) as the Pay button does. */
  submit(): Promise<void> {
    return this.handlePay();
  }

  /** The checkout session behind the element (store credit, saved cards, state), once the ids are set. */
  get checkoutSession(): CheckoutSession | undefined {
    return this.checkout.session;
  }

  protected override render(): TemplateResult {
    const t = this.texts;
    const { busy, error } = this.checkout;
    // The language the form is in: the asked-for one once its texts are there.
    const language = t === checkoutEnglish ? 'en' : localeOf(this.locale);
    return html`
      <form novalidate lang=${language} dir=${isRightToLeft(language) ? 'rtl' : 'ltr'} class=${this.textsLoading ? 'loading' : ''} @submit=${this.handleSubmit}>
        ${this.customerId ? this.renderSavedCards() : nothing}
        <fieldset class="fields" ?hidden=${this.usingSaved !== undefined}>
          <legend>${this.hasSavedCards ? t.newCard : t.cardDetails}</legend>
          <div class="field"><label for="card-number">${t.cardNumber}</label><div id="number-slot"></div></div>
          <div class="row">
            <div class="field"><label for="card-expiration">${t.expirationDate}</label><div id="expiration-slot"></div></div>
            <div class="field"><label for="card-cvv">${t.securityCode}</label><div id="cvv-slot"></div></div>
          </div>
          ${this.billing || this.billingAddress ? html`<dr-billing-fields .texts=${t} locale=${language} ?address=${this.billingAddress}></dr-billing-fields>` : nothing}
          ${this.customerId ? html`<label class="check"><input type="checkbox" id="save-card" /> ${t.saveCard}</label>` : nothing}
        </fieldset>
        ${this.countdown.render()}
        ${this.countdown.stale ? html`<div class="actions"><button type="button" @click=${this.handleUpdateSecurityCode}>${t.updateSecurityCode}</button></div>` : nothing}
        <button part="pay-button" type="submit" ?disabled=${busy} aria-busy=${busy ? 'true' : 'false'}>${busy ? t.processing : t.pay}</button>
        <div part="status" role="status" aria-live="polite" class=${error ? 'error' : ''} data-error-code=${error?.errors[0]?.code ?? ''}>${this.checkout.status}</div>
      </form>
    `;
  }

  private renderSavedCards() {
    return html`<dr-saved-cards
      .service=${this.checkout.savedCards}
      .texts=${this.texts}
      frame-url=${this.frameUrl ?? nothing}
      locale=${this.locale ?? nothing}
      ?busy=${this.checkout.busy}
      @dr-saved-cards-load=${this.handleSavedCardsLoad}
      @dr-saved-card-choose=${this.handleSavedCardChoose}
      @dr-saved-card-change=${(event: DrSavedCardsEventMap['dr-saved-card-change']) => this.checkout.say(event.detail.message)}
      @dr-saved-card-error=${(event: DrSavedCardsEventMap['dr-saved-card-error']) => this.checkout.fail(event.detail.error)}
    ></dr-saved-cards>`;
  }
}
