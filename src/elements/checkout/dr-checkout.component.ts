import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DrError } from '../../api/errors.js';
import type { Owner, Source } from '../../api/source.js';
import type { CheckoutSession, PayResult } from '../../checkout/checkout-session.js';
import type { CvcState, Tick } from '../../checkout/cvc-expiry.js';
import type { CheckoutServer } from '../../checkout/server.js';
import { DigitalRiver } from '../../core/digital-river.js';
import { checkoutEnglish } from '../../page-texts/en.checkout.js';
import { fill, type CheckoutTexts } from '../../page-texts/index.js';
import { isRightToLeft, localeOf } from '../../secure-fields/shared/locale.js';
import type { DrCardFieldElement } from '../card-field/card-field.component.js';
import { emit } from '../events.js';
import { checkoutStyles } from './dr-checkout.styles.js';
import { placeCardFields, type CardFields } from '../card-field/card-slots.js';

type OwnerField = 'firstName' | 'lastName' | 'email';

type TextKey = keyof CheckoutTexts;

const OWNER_FIELDS: { key: OwnerField; label: TextKey; type: string; autocomplete: string; missing: TextKey }[] = [
  { key: 'firstName', label: 'firstName', type: 'text', autocomplete: 'given-name', missing: 'missingFirstName' },
  { key: 'lastName', label: 'lastName', type: 'text', autocomplete: 'family-name', missing: 'missingLastName' },
  { key: 'email', label: 'email', type: 'email', autocomplete: 'email', missing: 'missingEmail' },
];

let instances = 0;

const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
const twoDigits = (value: number) => String(value).padStart(2, '0');
/** A card's expiration date as printed on it, `MM/YY`. */
const expiryDate = (source: Source) =>
  source.creditCard ? `${twoDigits(source.creditCard.expirationMonth)}/${twoDigits(source.creditCard.expirationYear % 100)}` : '';

/**
 * The whole payment step in one tag: card fields, optional billing name and email, a Pay button, a status area, the
 * security-code expiry warning, and for a signed-in customer the saved cards. It creates the source with the
 * checkout's payment session id and attaches it through {@link server} (the storefront's server; on a test key with the
 * sandbox running, the sandbox's default).
 *
 * @customElement dr-checkout
 * @summary Composite checkout: card fields, Pay, status, CVC warnings, saved cards.
 * @csspart pay-button - The Pay button (`aria-busy` while working).
 * @csspart status - What happened, in the shopper's words (`role="status"`, polite); `data-error-code` holds the code.
 * @csspart cvc-warning - The security-code countdown and expiry (`role="status"`, polite); empty while the code is fresh.
 * @csspart saved-cards - The saved cards of a signed-in customer.
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
 */
export class DrCheckoutElement extends LitElement {
  static override styles = checkoutStyles;

  @query('form') private form?: HTMLFormElement;

  @state() private busy = false;
  @state() private statusText = '';
  @state() private statusError?: DrError;
  @state() private cvc?: CvcState;
  /** What the warning region announces: changes at the start, every 30 s and at the end, not every second. */
  @state() private cvcAnnouncement = '';
  @state() private savedSources: Source[] = [];
  @state() private defaultSourceId?: string;
  @state() private selectedSavedId?: string;
  @state() private usingSavedId?: string;
  /** The saved card whose expiration date the shopper is changing. */
  @state() private updatingExpiryId?: string;
  @state() private invalidOwner?: OwnerField;
  /** The texts in the `locale` attribute's language; English while that language loads, when the form is hidden. */
  @state() private texts: CheckoutTexts = checkoutEnglish;
  @state() private textsLoading = false;

  private readonly savedGroup = `dr-checkout-saved-${++instances}`;
  private dr?: DigitalRiver;
  private fields?: CardFields;
  private session?: CheckoutSession;
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
    this.session?.destroy();
    this.session = undefined;
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
    this.session?.destroy();
    const session = (this.session = this.dr!.checkout({
      checkoutId: this.checkoutId!,
      sessionId: this.sessionId!,
      ...(this.server ? { server: this.server } : {}),
      ...(this.customerId ? { customerId: this.customerId } : {}),
      ...(this.cvcLifetimeMs ? { cvcLifetimeMs: this.cvcLifetimeMs } : {}),
      ...(this.cvcWarningMs ? { cvcWarningMs: this.cvcWarningMs } : {}),
      ...(this.tick ? { tick: this.tick } : {}),
      clock: this.clockProxy,
    }));
    session.on('sourceattached', (detail) => emit(this, 'dr-source-attached', detail));
    session.on('sourcedetached', (detail) => emit(this, 'dr-source-detached', detail));
    session.on('cvcrefreshed', (detail) => emit(this, 'dr-cvc-refreshed', detail));
    session.on('error', (detail) => emit(this, 'dr-payment-error', detail));
    session.on('cvcexpiring', (detail) => {
      this.showCvc(session);
      emit(this, 'dr-cvc-expiring', detail);
    });
    session.on('cvcexpired', (detail) => {
      this.showCvc(session);
      this.promptForSecurityCode();
      emit(this, 'dr-cvc-expired', detail);
    });
    this.cvc = undefined;
    this.savedSources = [];
    if (this.customerId) void this.loadSavedSources();
  }

  private showCvc(session: CheckoutSession): void {
    const cvc = (this.cvc = session.cvcState);
    if (cvc?.status === 'expiring' && (this.cvcAnnouncement === '' || cvc.secondsLeft % 30 === 0)) {
      this.cvcAnnouncement = fill(this.texts.cvcExpiring, { time: clockText(cvc.secondsLeft) });
    } else if (cvc?.status !== 'expiring') {
      this.cvcAnnouncement = '';
    }
  }

  private promptForSecurityCode(): void {
    this.fields?.cvv.clear();
    this.fields?.cvv.focus();
    this.cvcPrompted = true;
  }

  private async loadSavedSources(): Promise<void> {
    const result = await this.session?.listSavedSources();
    if (!result || 'error' in result) return;
    this.savedSources = result.sources;
    this.defaultSourceId = result.defaultSourceId;
    if (this.selectedSavedId && !result.sources.some((s) => s.id === this.selectedSavedId)) this.selectedSavedId = undefined;
    if (this.usingSavedId && !result.sources.some((s) => s.id === this.usingSavedId)) this.usingSavedId = undefined;
  }

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.handlePay();
  };

  private async handlePay(): Promise<void> {
    if (this.busy) return;
    const session = this.session;
    if (!session || !this.fields) {
      this.showError({ type: 'integration_error', message: 'This checkout is not ready: it needs public-key, checkout-id and session-id.', errors: [{ code: 'checkout_not_ready', message: 'This checkout is not ready.' }] });
      return;
    }
    const saved = this.savedSources.find((s) => s.id === this.usingSavedId);
    const stale = session.primarySource !== undefined && session.cvcState !== undefined && session.cvcState.status !== 'fresh';
    let owner: Owner | undefined;
    if (!saved && !stale && this.billing) {
      owner = this.readOwner();
      if (!owner) return;
    }
    this.busy = true;
    this.statusText = '';
    this.statusError = undefined;
    const saveCard = this.renderRoot.querySelector<HTMLInputElement>('#save-card')?.checked ?? false;
    let result: PayResult;
    if (saved) result = await session.useSavedSource(saved, this.renderRoot.querySelector<DrCardFieldElement>('#saved-cvv')!);
    else if (stale) result = await session.refreshSecurityCode(this.fields.cvv);
    else result = await session.pay(this.fields.number, { ...(owner ? { owner } : {}), saveCard });
    this.busy = false;
    if ('error' in result) {
      this.showError(result.error);
      return;
    }
    this.cvcPrompted = false;
    this.showCvc(session);
    this.statusText = stale ? this.texts.securityCodeUpdated : fill(this.texts.cardAdded, { card: this.cardName(result.source) });
    if (saveCard && result.source.reusable) {
      this.statusText += ` ${this.texts.savedForNextTime}`;
      void this.loadSavedSources();
    }
  }

  private readOwner(): Owner | undefined {
    const values = {} as Record<OwnerField, string>;
    for (const { key, missing } of OWNER_FIELDS) {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#owner-${key}`)!;
      const value = input.value.trim();
      if (!value || (key === 'email' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))) {
        this.invalidOwner = key;
        this.statusError = undefined;
        this.statusText = this.texts[missing];
        input.focus();
        return undefined;
      }
      values[key] = value;
    }
    this.invalidOwner = undefined;
    return values;
  }

  private showError(error: DrError): void {
    this.statusError = error;
    this.statusText = error.message;
  }

  private readonly handleUpdateSecurityCode = (): void => {
    if (this.cvcPrompted && this.cvvComplete) void this.handlePay();
    else {
      this.promptForSecurityCode();
      this.statusText = this.texts.enterSecurityCodeAgain;
    }
  };

  private async handleUseSaved(): Promise<void> {
    this.usingSavedId = this.selectedSavedId;
    await this.updateComplete;
    this.renderRoot.querySelector<DrCardFieldElement>('#saved-cvv')?.focus();
  }

  private readonly handleUseNewCard = async (): Promise<void> => {
    this.usingSavedId = undefined;
    await this.updateComplete;
    this.fields?.number.focus();
  };

  private async changeSaved(change: 'default' | 'remove'): Promise<void> {
    const source = this.savedSources.find((s) => s.id === this.selectedSavedId);
    if (!source || !this.session || this.busy) return;
    this.busy = true;
    const result = change === 'default' ? await this.session.setDefaultSource(source.id) : await this.session.removeSavedSource(source.id);
    this.busy = false;
    if ('error' in result) {
      this.showError(result.error);
      return;
    }
    this.statusError = undefined;
    this.statusText = fill(change === 'default' ? this.texts.nowDefault : this.texts.removed, { card: this.cardName(source) });
    await this.loadSavedSources();
  }

  private async handleEditExpiry(): Promise<void> {
    this.updatingExpiryId = this.selectedSavedId;
    await this.updateComplete;
    this.renderRoot.querySelector<DrCardFieldElement>('#saved-expiry')?.focus();
  }

  /** Sends the new expiration date from its field to the API (updateSource); only the date changes. */
  private async handleSaveExpiry(): Promise<void> {
    const source = this.savedSources.find((s) => s.id === this.updatingExpiryId);
    const field = this.renderRoot.querySelector<DrCardFieldElement>('#saved-expiry');
    if (!source || !field || !this.dr || this.busy) return;
    this.busy = true;
    const result = await this.dr.updateSource(field, { id: source.id, clientSecret: source.clientSecret });
    this.busy = false;
    if ('error' in result) {
      this.showError(result.error);
      return;
    }
    this.updatingExpiryId = undefined;
    this.statusError = undefined;
    this.statusText = fill(this.texts.nowExpires, { card: this.cardName(result.source), date: expiryDate(result.source) });
    await this.loadSavedSources();
  }

  /** "Visa ending 1111", in the shopper's language. */
  private cardName(source: Source): string {
    return fill(this.texts.cardName, { brand: source.creditCard?.brand ?? this.texts.unknownBrand, last4: source.creditCard?.lastFourDigits ?? '····' });
  }

  /** Pays (or refreshes the security code) as the Pay button does. */
  submit(): Promise<void> {
    return this.handlePay();
  }

  /** The checkout session behind the element (store credit, saved cards, state), once the ids are set. */
  get checkoutSession(): CheckoutSession | undefined {
    return this.session;
  }

  protected override render(): TemplateResult {
    const usingSaved = this.savedSources.find((s) => s.id === this.usingSavedId);
    const t = this.texts;
    // The language the form is in: the asked-for one once its texts are there.
    const language = t === checkoutEnglish ? 'en' : localeOf(this.locale);
    return html`
      <form novalidate lang=${language} dir=${isRightToLeft(language) ? 'rtl' : 'ltr'} class=${this.textsLoading ? 'loading' : ''} @submit=${this.handleSubmit}>
        ${this.customerId && this.savedSources.length > 0 ? this.renderSavedCards(usingSaved) : nothing}
        <fieldset class="fields" ?hidden=${usingSaved !== undefined}>
          <legend>${this.savedSources.length > 0 ? t.newCard : t.cardDetails}</legend>
          <div class="field"><label for="card-number">${t.cardNumber}</label><div id="number-slot"></div></div>
          <div class="row">
            <div class="field"><label for="card-expiration">${t.expirationDate}</label><div id="expiration-slot"></div></div>
            <div class="field"><label for="card-cvv">${t.securityCode}</label><div id="cvv-slot"></div></div>
          </div>
          ${this.billing ? this.renderOwner() : nothing}
          ${this.customerId ? html`<label class="check"><input type="checkbox" id="save-card" /> ${t.saveCard}</label>` : nothing}
        </fieldset>
        ${this.renderCvcWarning()}
        <button part="pay-button" type="submit" ?disabled=${this.busy} aria-busy=${this.busy ? 'true' : 'false'}>${this.busy ? t.processing : t.pay}</button>
        <div part="status" role="status" aria-live="polite" class=${this.statusError ? 'error' : ''} data-error-code=${this.statusError?.errors[0]?.code ?? ''}>${this.statusText}</div>
      </form>
    `;
  }

  private renderOwner() {
    return html`<div class="owner fields">
      ${OWNER_FIELDS.map(
        ({ key, label, type, autocomplete }) => html`<div class="field">
          <label for="owner-${key}">${this.texts[label]}</label>
          <input id="owner-${key}" name=${key} type=${type} autocomplete=${autocomplete} aria-invalid=${this.invalidOwner === key ? 'true' : 'false'} />
        </div>`,
      )}
    </div>`;
  }

  private renderSavedCards(usingSaved: Source | undefined) {
    const selected = this.selectedSavedId !== undefined;
    const t = this.texts;
    return html`<fieldset part="saved-cards">
      <legend>${t.savedCards}</legend>
      ${this.savedSources.map(
        (source) => html`<label class="saved-card">
          <input type="radio" name="saved-card" .value=${source.id} .checked=${this.selectedSavedId === source.id} @change=${() => (this.selectedSavedId = source.id)} />
          ${this.cardName(source)}${source.creditCard ? fill(t.expiresSuffix, { date: expiryDate(source) }) : ''}${source.id === this.defaultSourceId ? t.defaultSuffix : ''}
        </label>`,
      )}
      <div class="actions">
        <button type="button" ?disabled=${!selected || this.busy} @click=${() => void this.handleUseSaved()}>${t.useThisCard}</button>
        <button type="button" ?disabled=${!selected || this.busy} @click=${() => void this.changeSaved('default')}>${t.makeDefault}</button>
        <button type="button" ?disabled=${!selected || this.busy} @click=${() => void this.handleEditExpiry()}>${t.updateExpiration}</button>
        <button type="button" ?disabled=${!selected || this.busy} @click=${() => void this.changeSaved('remove')}>${t.remove}</button>
      </div>
      ${this.renderExpiryEditor()}
      ${usingSaved
        ? html`<div class="field">
              <label for="saved-cvv">${fill(t.securityCodeFor, { card: this.cardName(usingSaved) })}</label>
              <dr-card-cvv id="saved-cvv" group=${this.savedGroup} frame-url=${this.frameUrl ?? nothing} locale=${this.locale ?? nothing}></dr-card-cvv>
            </div>
            <div class="actions"><button type="button" @click=${this.handleUseNewCard}>${t.useNewCard}</button></div>`
        : nothing}
    </fieldset>`;
  }

  private renderExpiryEditor() {
    const source = this.savedSources.find((s) => s.id === this.updatingExpiryId);
    if (!source) return nothing;
    return html`<div class="field">
        <label for="saved-expiry">${fill(this.texts.newExpirationFor, { card: this.cardName(source) })}</label>
        <dr-card-expiration id="saved-expiry" group=${this.savedGroup} frame-url=${this.frameUrl ?? nothing} locale=${this.locale ?? nothing}></dr-card-expiration>
      </div>
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => void this.handleSaveExpiry()}>${this.texts.saveExpiration}</button>
        <button type="button" @click=${() => (this.updatingExpiryId = undefined)}>${this.texts.cancel}</button>
      </div>`;
  }

  private renderCvcWarning() {
    const cvc = this.cvc;
    const t = this.texts;
    const text =
      cvc?.status === 'expiring'
        ? html`<span aria-hidden="true">${fill(t.cvcExpiring, { time: clockText(cvc.secondsLeft) })}</span><span class="sr-only">${this.cvcAnnouncement}</span>`
        : cvc?.status === 'expired'
          ? t.cvcExpired
          : nothing;
    return html`<div part="cvc-warning" role="status" aria-live="polite">${text}</div>
      ${cvc && cvc.status !== 'fresh' ? html`<div class="actions"><button type="button" @click=${this.handleUpdateSecurityCode}>${t.updateSecurityCode}</button></div>` : nothing}`;
  }
}
