import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';
import { checkoutError, forShopper } from '../../checkout/messages.js';
import type { DigitalRiver } from '../../core/digital-river.js';
import type { DigitalRiverElement } from '../../core/element.js';
import { warnOnce } from '../../core/warn.js';
import type { AvailablePaymentMethods } from '../../api/payment-methods.js';
import { isWallet, STORABLE_METHODS, type DropinConsents, type DropinPaymentMethod, type DropinSettings, type DropinWallet } from '../../dropin/configuration.js';
import { methodName, sourceDataFor, isRedirectMethod } from '../../dropin/methods.js';
import { keepPendingRedirect, returnAddresses, takeRedirectReturn, type PendingRedirect } from '../../dropin/redirect-return.js';
import { sellingEntityFor } from '../../dropin/selling-entity.js';
import { checkoutEnglish, shopperEnglish } from '../../page-texts/en.checkout.js';
import { dropinEnglish, type DropinTexts } from '../../page-texts/en.dropin.js';
import { fill, type CheckoutTexts, type ShopperTexts } from '../../page-texts/index.js';
import type { ComplianceElement } from '../../payments/compliance/compliance-element.js';
import type { WalletElement } from '../../payments/wallet/wallet-element.js';
import { isRightToLeft, type Locale } from '../../secure-fields/shared/locale.js';
import { dropinStyles } from './dr-dropin.styles.js';
import { placeCardFields, type CardFields } from '../card-field/card-slots.js';

/** Which field an error of the card fields is about, to put the shopper back there. */
const FIELD_OF_CODE: [RegExp, keyof CardFields][] = [
  [/card_number/, 'number'],
  [/expiration/, 'expiration'],
  [/security_code/, 'cvv'],
];

/** The button's words with PayPal chosen, by `payPal.style.label`. */
const PAYPAL_LABELS = { checkout: 'payPalCheckout', pay: 'payPalPay', buynow: 'payPalBuyNow', paypal: 'payPalLabel' } as const;

type SourceOutcome = { source: Source } | { error: DrError };
type Session = AvailablePaymentMethods['sessionInformation'];

/** The wallets' element types, as `createElement` names them. */
const WALLET_ELEMENTS = { googlePay: 'googlepay', applePay: 'applepay' } as const;

/** Each Drop-in's own prefix for the ids of what it places in the page (wallet buttons, compliance section). */
let dropinCount = 0;

/** Calls a storefront's callback; what it throws is reported as uncaught, and Drop-in carries on. */
function notify<T>(callback: ((data: T) => void) | undefined, data: T): void {
  try {
    callback?.(data);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/** A text with `{name}` places filled by templates (links), the rest as plain text. */
function fillWithParts(text: string, parts: Record<string, TemplateResult | string>): (TemplateResult | string)[] {
  return text.split(/(\{\w+\})/).map((piece) => parts[piece.slice(1, -1)] ?? piece);
}

/**
 * Drop-in's view, made by `createDropin(configuration).mount(id)`: the payment methods the transaction may use (the
 * credit card on the secure card fields, PayPal, direct debit, wire transfer, Google Pay, Apple Pay) as a radio group
 * whose chosen method opens, the save agreement, the terms of sale, the button (a wallet's own, with a wallet chosen),
 * a polite status and the seller's compliance section. Not placed in HTML by hand: it needs the DigitalRiver instance
 * and the configuration, which the Drop-in object gives it.
 *
 * The wallet buttons and the compliance section are the `googlepay`, `applepay` and `compliance` elements, mounted in
 * children of this element (they mount by id, in the document) and shown through its slots.
 *
 * @customElement dr-dropin
 * @summary Drop-in payments: the methods, the terms, the button and a status.
 * @csspart method - One payment method (`data-method="creditCard"`, `payPal`, `directDebit`, `wireTransfer`, `googlePay`, `applePay`).
 * @csspart button - The button (`aria-busy` while working; `data-paypal-color` and `data-paypal-shape` with PayPal chosen).
 * @csspart terms - The terms of sale and their box.
 * @csspart status - What happened, in the shopper's words (`role="status"`, polite); `data-error-code` holds the code.
 * @csspart compliance - The seller's compliance section.
 * @cssproperty --dr-dropin-accent - Button colour.
 * @cssproperty --dr-dropin-error-color - Error text colour.
 * @cssproperty --dr-dropin-gap - Space between rows.
 */
export class DrDropinElement extends LitElement {
  static override styles = dropinStyles;

  /** @internal The DigitalRiver instance whose fields and API Drop-in uses. */
  @property({ attribute: false }) dr?: DigitalRiver;
  /** @internal The configuration, read. */
  @property({ attribute: false }) settings?: DropinSettings;

  /** The methods shown: those the configuration allows and the API offers for this transaction. */
  @state() private methods?: DropinPaymentMethod[];
  @state() private chosen?: DropinPaymentMethod;
  @state() private busy = false;
  @state() private statusText = '';
  @state() private statusError?: DrError;
  @state() private agreementMissing = false;
  @state() private termsMissing = false;
  @state() private texts: { checkout: CheckoutTexts; shopper: ShopperTexts; dropin: DropinTexts } = { checkout: checkoutEnglish, shopper: shopperEnglish, dropin: dropinEnglish };
  @state() private textsLoading = false;
  /** Whether the compliance section is placed (its element mounted). */
  @state() private complianceShown = false;

  @query('#save-agreement') private agreement?: HTMLInputElement;
  @query('#terms') private terms?: HTMLInputElement;

  /** The language of the texts shown: the instance's `locale`, once its texts are loaded. */
  private language: Locale = 'en';
  private readonly idPrefix = `dr-dropin-${++dropinCount}`;
  private fields?: CardFields;
  private readonly wallets: Partial<Record<DropinWallet, WalletElement>> = {};
  private compliance?: ComplianceElement;
  private readyFields = new Set<string>();
  private readyReported = false;
  private started = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('dr') || changed.has('settings')) && this.dr && this.settings && !this.started) {
      this.started = true;
      void this.start(this.dr, this.settings);
    }
  }

  /**
   * Loads the texts and the methods the transaction may use (a wallet only when it can make the payment), then shows
   * them with the compliance section; then reports a redirect's return.
   */
  private async start(dr: DigitalRiver, settings: DropinSettings): Promise<void> {
    this.textsLoading = true;
    const loaded = dr.texts().then((texts) => {
      // A language script of an older deployment may lack Drop-in's texts: English then.
      if (texts?.dropin) {
        this.texts = { checkout: texts.checkout, shopper: texts.shopper, dropin: texts.dropin };
        this.language = texts.language;
      }
      this.textsLoading = false;
    });
    const { methods: available, session } = await this.availableMethods(dr, settings);
    await loaded;
    const methods = available.filter((method) => !isWallet(method) || this.createWallet(dr, settings, method, session));
    this.methods = methods;
    if (settings.expandFirst || methods.length === 1) this.chosen = methods[0];
    if (settings.compliance) this.showCompliance(dr, settings, session);
    if (methods.includes('creditCard')) this.createFields(dr, settings);
    else this.reportReady();
  }

  /**
   * The configured methods the API offers: for the payment session in a checkout, else for the billing country (and,
   * to add to an account, only those that can be saved). If the API cannot say, the card alone, which every
   * transaction takes.
   */
  private async availableMethods(dr: DigitalRiver, settings: DropinSettings): Promise<{ methods: DropinPaymentMethod[]; session?: Session }> {
    if (settings.methods.length === 0) return { methods: [] };
    const country = settings.owner?.address?.country;
    const filters =
      settings.flow === 'checkout' && settings.sessionId
        ? { sessionId: settings.sessionId }
        : { ...(typeof country === 'string' && /^[A-Za-z]{2}$/.test(country) ? { country } : {}), ...(settings.flow === 'managePaymentMethods' ? { supportsStorage: true } : {}) };
    const answer = await dr.retrieveAvailablePaymentMethods(filters);
    if ('error' in answer) {
      warnOnce('payment_methods_unavailable', `Drop-in could not retrieve the available payment methods (${answer.error.errors[0]?.code ?? answer.error.type}); it shows the credit card only.`);
      return { methods: settings.methods.filter((method) => method === 'creditCard') };
    }
    const offered = answer.paymentMethods.map((method) => method.type);
    const methods = settings.methods.filter((method) => offered.includes(method));
    return { methods: methods.sort((a, b) => offered.indexOf(a) - offered.indexOf(b)), session: answer.sessionInformation };
  }

  /** A child of this element, in the document, where an element mounts by id; a slot of the template shows it. */
  private placeFor(name: string): string {
    const place = document.createElement('div');
    place.id = `${this.idPrefix}-${name}`;
    place.slot = name;
    this.append(place);
    return place.id;
  }

  /**
   * The wallet's element for the payment session (its currency, country and total), when the wallet can make the
   * payment here; without a session there is no total to ask for, so no wallet. Its button opens the sheet once the
   * boxes are ticked; the sheet's outcome becomes `onSuccess`, `onCancel` or `onError`.
   */
  private createWallet(dr: DigitalRiver, settings: DropinSettings, method: DropinWallet, session: Session): boolean {
    const amount = Number(session?.amount);
    if (!session || !settings.sessionId || !Number.isFinite(amount)) return false;
    const wallet = dr.createElement(WALLET_ELEMENTS[method], {
      country: session.country,
      currency: session.currency,
      total: { label: this.texts.dropin.orderTotal, amount },
      sessionId: settings.sessionId,
      style: settings.wallets[method],
      waitOnClick: true,
    });
    if (!wallet.canMakePayment()) {
      wallet.destroy();
      return false;
    }
    wallet.on('click', () => this.openWallet(method));
    wallet.on('cancel', () => {
      this.say(fill(this.texts.dropin.redirectCancelled, { method: methodName(method, this.texts.dropin) }));
      notify(settings.onCancel, { paymentMethod: method });
    });
    wallet.on('source', ({ source }) => this.walletSource(method, source));
    wallet.refused = (error) => this.fail(method, forShopper(error, this.texts.shopper));
    wallet.mount(this.placeFor(`wallet-${method}`));
    this.wallets[method] = wallet;
    return true;
  }

  /** The wallet's button: the boxes first, as for Drop-in's own button, then the wallet's sheet. */
  private openWallet(method: DropinWallet): void {
    const settings = this.settings;
    if (this.busy || !settings) return;
    this.say('');
    if (this.checkAgreements(settings, method)) this.wallets[method]?.show();
  }

  private walletSource(method: DropinWallet, source: Source): void {
    const settings = this.settings;
    if (!settings) return;
    const name = methodName(method, this.texts.dropin);
    if (source.state !== 'chargeable') {
      const message = fill(this.texts.dropin.redirectFailed, { method: name });
      this.fail(method, { type: 'payment_error', message, errors: [{ code: 'source_failed', message }] });
      return;
    }
    this.say(fill(this.texts.dropin.redirectApproved, { method: name }));
    const readyForStorage = settings.showSaveAgreement && STORABLE_METHODS.includes(method) && this.agreement?.checked === true;
    const consents = this.consents(settings);
    notify(settings.onSuccess, { source, readyForStorage, supportsStorage: STORABLE_METHODS.includes(method), ...(consents ? { consents } : {}) });
  }

  /**
   * The seller's compliance section: the selling entity of the session (or of the shopper's country) and the
   * disclosures for that country, in Drop-in's language.
   */
  private showCompliance(dr: DigitalRiver, settings: DropinSettings, session: Session): void {
    const billing = settings.owner?.address?.country;
    const country = session?.country ?? (typeof billing === 'string' && /^[A-Za-z]{2}$/.test(billing) ? billing.toUpperCase() : 'US');
    const entity = sellingEntityFor(session as Record<string, unknown> | undefined, country);
    this.compliance = dr.createElement('compliance', { compliance: { entity, country, language: this.language } });
    this.compliance.mount(this.placeFor('compliance'));
    this.complianceShown = true;
  }

  private createFields(dr: DigitalRiver, settings: DropinSettings): void {
    const card = settings.creditCard;
    const style = card.style ? { style: card.style } : {};
    const make = (type: 'cardnumber' | 'cardexpiration' | 'cardcvv', id: string, placeholderText: string | undefined, mask: boolean) => {
      const handle = dr.createElement(type, { ...style, ...(placeholderText ? { placeholderText } : {}), ...(mask ? { mask } : {}) });
      handle.fieldElement.id = id;
      handle.on('ready', () => {
        this.readyFields.add(type);
        if (this.readyFields.size === 3) this.reportReady();
      });
      handle.on('return', () => void this.submit());
      return handle;
    };
    this.fields = {
      number: make('cardnumber', 'card-number', card.numberPlaceholder, card.mask),
      expiration: make('cardexpiration', 'card-expiration', card.expirationPlaceholder, false),
      cvv: make('cardcvv', 'card-cvv', card.cvvPlaceholder, card.mask),
    };
  }

  /** `onReady`, once: every field of every method shown can take input. Then a redirect's return, if this is one. */
  private reportReady(): void {
    if (this.readyReported || !this.settings) return;
    this.readyReported = true;
    notify(this.settings.onReady, { paymentMethodTypes: [...(this.methods ?? [])] });
    const returned = takeRedirectReturn();
    if (returned) void this.reportReturn(returned);
  }

  protected override updated(): void {
    placeCardFields(this.renderRoot, this.fields);
  }

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleChoice = (event: Event): void => {
    this.chosen = (event.target as HTMLInputElement).value as DropinPaymentMethod;
    this.agreementMissing = false;
    this.statusText = '';
    this.statusError = undefined;
  };

  /** Ticked: no longer marked as missing. */
  private readonly handleTermsChange = (): void => {
    this.termsMissing = this.terms?.checked !== true && this.termsMissing;
  };

  private say(text: string, error?: DrError): void {
    this.statusText = text;
    this.statusError = error;
  }

  /** The boxes the shopper must tick before paying: the save agreement (to add to an account), the terms. */
  private checkAgreements(settings: DropinSettings, method: DropinPaymentMethod): boolean {
    this.agreementMissing = settings.flow === 'managePaymentMethods' && this.agreement?.checked !== true;
    this.termsMissing = settings.termsOfSale && this.terms?.checked !== true;
    if (this.agreementMissing) {
      this.say(method === 'creditCard' ? this.texts.dropin.agreementRequired : this.texts.dropin.methodAgreementRequired);
      this.agreement?.focus();
    } else if (this.termsMissing) {
      this.say(this.texts.dropin.termsRequired);
      this.terms?.focus();
    }
    return !this.agreementMissing && !this.termsMissing;
  }

  /** Creates the source of the chosen method, as the button does; `onSuccess`, `onError` or a redirect follows. */
  async submit(): Promise<void> {
    const { dr, settings, chosen } = this;
    if (this.busy || !dr || !settings) return;
    if (!chosen) {
      this.say(this.texts.dropin.chooseMethod);
      this.renderRoot.querySelector<HTMLInputElement>('input[name="payment-method"]')?.focus();
      return;
    }
    if (isWallet(chosen)) return this.openWallet(chosen);
    if (!this.checkAgreements(settings, chosen)) return;
    const readyForStorage = settings.showSaveAgreement && STORABLE_METHODS.includes(chosen) && this.agreement?.checked === true;
    const consents = this.consents(settings);
    this.busy = true;
    this.say('');
    const result = chosen === 'creditCard' && this.fields ? await this.createCardSource(dr, settings, this.fields.number) : await this.createMethodSource(dr, settings, chosen);
    if ('error' in result) {
      this.busy = false;
      this.fail(chosen, result.error);
      return;
    }
    const { source } = result;
    if (source.state === 'pending_redirect' && settings.redirect.automatic) {
      this.redirect(source, { sourceId: source.id, clientSecret: source.clientSecret, paymentMethod: chosen, readyForStorage, ...(consents ? { consents } : {}) });
      return;
    }
    this.busy = false;
    this.say(this.successText(chosen, source));
    notify(settings.onSuccess, { source, readyForStorage, supportsStorage: STORABLE_METHODS.includes(chosen), ...(consents ? { consents } : {}) });
  }

  private consents(settings: DropinSettings): DropinConsents | undefined {
    if (!settings.termsOfSale) return undefined;
    return { termsOfSale: true, eula: Boolean(settings.consents?.eulaUrl), termsOfUse: Boolean(settings.consents?.termsOfUseUrl) };
  }

  private successText(method: DropinPaymentMethod, source: Source): string {
    const t = this.texts.dropin;
    if (method === 'creditCard') return fill(t.cardReady, { card: this.cardName(source) });
    if (method === 'wireTransfer') return t.wireTransferReady;
    return fill(t.redirectReady, { method: methodName(method, t) });
  }

  /** To the provider's page; Drop-in, mounted again on the way back, reports how it ended. */
  private redirect(source: Source, pending: PendingRedirect): void {
    const target = source.redirect?.redirectUrl;
    let url: URL | undefined;
    try {
      url = target ? new URL(target) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      this.busy = false;
      this.fail(pending.paymentMethod, checkoutError('api_error', 'invalid_redirect', 'generic', this.texts.shopper));
      return;
    }
    keepPendingRedirect(pending);
    this.say(fill(this.texts.dropin.redirecting, { method: methodName(pending.paymentMethod, this.texts.dropin) }));
    location.assign(url.href);
  }

  /** Back from the provider: the source as the API has it now decides between `onSuccess`, `onCancel` and `onError`. */
  private async reportReturn(returned: PendingRedirect & { cancelled: boolean }): Promise<void> {
    const { dr, settings } = this;
    if (!dr || !settings) return;
    const method = returned.paymentMethod;
    const t = this.texts.dropin;
    const name = methodName(method, t);
    this.busy = true;
    const read = await dr.retrieveSource(returned.sourceId, returned.clientSecret);
    this.busy = false;
    if ('error' in read) {
      this.fail(method, forShopper(read.error, this.texts.shopper));
      return;
    }
    const { source } = read;
    if (source.state === 'chargeable') {
      this.say(fill(t.redirectApproved, { method: name }));
      const { readyForStorage, consents } = returned;
      notify(settings.onSuccess, { source, readyForStorage, supportsStorage: STORABLE_METHODS.includes(method), ...(consents ? { consents } : {}) });
    } else if (returned.cancelled || source.state === 'pending_redirect' || source.state === 'cancelled') {
      this.chosen = method;
      this.say(fill(t.redirectCancelled, { method: name }));
      notify(settings.onCancel, { paymentMethod: method });
    } else {
      this.chosen = method;
      const message = fill(t.redirectFailed, { method: name });
      this.fail(method, { type: 'payment_error', message, errors: [{ code: 'source_failed', message }] });
    }
  }

  /** The card's source, chargeable: created, and authenticated (3-D Secure) when the card needs it. */
  private async createCardSource(dr: DigitalRiver, settings: DropinSettings, number: DigitalRiverElement): Promise<SourceOutcome> {
    const { shopper } = this.texts;
    const sessionId = settings.sessionId ? { sessionId: settings.sessionId } : {};
    const created = await dr.createSource(number, { type: 'creditCard', ...sessionId, ...(settings.owner ? { owner: settings.owner } : {}), ...(settings.usage ? { usage: settings.usage } : {}) });
    if ('error' in created) return { error: forShopper(created.error, shopper) };
    const source = created.source;
    if (source.state === 'failed') return { error: checkoutError('card_error', 'source_failed', 'declined', shopper) };
    if (source.state !== 'requires_action') return created;
    const auth = await dr.authenticateSource({ ...sessionId, sourceId: source.id, sourceClientSecret: source.clientSecret });
    if ('error' in auth) return { error: forShopper(auth.error, shopper) };
    if (auth.status === 'failed') return { error: checkoutError('card_error', 'authentication_failed', 'notVerified', shopper) };
    const authenticated = await dr.retrieveSource(source.id, source.clientSecret);
    return 'error' in authenticated ? { error: forShopper(authenticated.error, shopper) } : authenticated;
  }

  /** A source without card fields: PayPal and direct debit (`pending_redirect`), wire transfer (`pending_funds`). */
  private async createMethodSource(dr: DigitalRiver, settings: DropinSettings, method: DropinPaymentMethod): Promise<SourceOutcome> {
    const urls = settings.redirect.automatic ? returnAddresses() : settings.redirect;
    const created = await dr.createSource(sourceDataFor(method, settings, urls));
    if ('error' in created) return { error: forShopper(created.error, this.texts.shopper) };
    if (created.source.state === 'failed') {
      const message = fill(this.texts.dropin.redirectFailed, { method: methodName(method, this.texts.dropin) });
      return { error: { type: 'payment_error', message, errors: [{ code: 'source_failed', message }] } };
    }
    return created;
  }

  private fail(method: DropinPaymentMethod, error: DrError): void {
    this.say(error.message, error);
    const code = error.errors[0]?.code ?? '';
    const field = method === 'creditCard' ? FIELD_OF_CODE.find(([pattern]) => pattern.test(code))?.[1] : undefined;
    if (field) this.fields?.[field].focus();
    notify(this.settings?.onError, { paymentMethod: method, ...error });
  }

  /** "Visa ending 1111", in the shopper's language. */
  private cardName(source: Source): string {
    const { checkout } = this.texts;
    return fill(checkout.cardName, { brand: source.creditCard?.brand ?? checkout.unknownBrand, last4: source.creditCard?.lastFourDigits ?? '····' });
  }

  protected override render(): TemplateResult {
    const settings = this.settings;
    const t = this.texts.checkout;
    const d = this.texts.dropin;
    const methods = this.methods ?? [];
    const chosen = this.chosen;
    const payPal = chosen === 'payPal' && settings ? settings.payPal : undefined;
    const button = payPal ? d[PAYPAL_LABELS[payPal.label]] : (settings?.buttonText ?? d[settings?.buttonType ?? 'continue']);
    return html`
      <form novalidate lang=${this.language} dir=${isRightToLeft(this.language) ? 'rtl' : 'ltr'} class=${this.textsLoading || !this.methods ? 'loading' : ''} @submit=${this.handleSubmit}>
        ${methods.length > 1
          ? html`<fieldset class="methods">
              <legend>${d.paymentMethod}</legend>
              ${methods.map((method) => this.renderMethod(method, true))}
            </fieldset>`
          : methods.map((method) => this.renderMethod(method, false))}
        ${settings ? this.renderAgreements(settings) : nothing}
        ${chosen && isWallet(chosen)
          ? html`<div class="wallet-button"><slot name=${`wallet-${chosen}`}></slot></div>`
          : html`<button
              part="button"
              type="submit"
              data-paypal-color=${payPal?.color ?? nothing}
              data-paypal-shape=${payPal?.shape ?? nothing}
              ?disabled=${this.busy || methods.length === 0}
              aria-busy=${this.busy ? 'true' : 'false'}
            >
              ${this.busy ? t.processing : button}
            </button>`}
        <div part="status" role="status" aria-live="polite" class=${this.statusError ? 'error' : ''} data-error-code=${this.statusError?.errors[0]?.code ?? ''}>${this.statusText}</div>
        ${this.complianceShown ? html`<div part="compliance" class="compliance"><slot name="compliance"></slot></div>` : nothing}
      </form>
    `;
  }

  /** One method: with several, a radio whose choice opens the method's panel; alone, the panel. */
  private renderMethod(method: DropinPaymentMethod, choice: boolean): TemplateResult {
    const open = !choice || this.chosen === method;
    return html`<div part="method" data-method=${method} class=${open ? 'method open' : 'method'}>
      ${choice
        ? html`<label class="choice"
            ><input type="radio" name="payment-method" value=${method} .checked=${this.chosen === method} aria-controls=${`panel-${method}`} @change=${this.handleChoice} />
            ${methodName(method, this.texts.dropin)}</label
          >`
        : nothing}
      <div class="panel" id=${`panel-${method}`} ?hidden=${!open}>${this.renderPanel(method)}</div>
    </div>`;
  }

  private renderPanel(method: DropinPaymentMethod): TemplateResult {
    const t = this.texts.checkout;
    const d = this.texts.dropin;
    if (method === 'creditCard') {
      return html`<fieldset>
        <legend>${d.creditCard}</legend>
        <div class="field"><label for="card-number">${t.cardNumber}</label><div id="number-slot"></div></div>
        <div class="row">
          <div class="field"><label for="card-expiration">${t.expirationDate}</label><div id="expiration-slot"></div></div>
          <div class="field"><label for="card-cvv">${t.securityCode}</label><div id="cvv-slot"></div></div>
        </div>
      </fieldset>`;
    }
    const name = methodName(method, d);
    const note = isWallet(method) ? fill(d.walletNote, { method: name }) : isRedirectMethod(method) ? fill(d.redirectNote, { method: name }) : d.wireTransferNote;
    return html`<p class="note">${note}</p>`;
  }

  /** The save box (for a method that can be saved, when asked for) and the terms of sale with their box. */
  private renderAgreements(settings: DropinSettings): TemplateResult {
    const t = this.texts.checkout;
    const d = this.texts.dropin;
    const chosen = this.chosen;
    const save = settings.showSaveAgreement && chosen !== undefined && STORABLE_METHODS.includes(chosen);
    const consents = settings.consents;
    const link = (url: string | undefined, text: string) => html`<a href=${url ?? ''} target="_blank" rel="noopener noreferrer">${text}</a>`;
    const consentText = consents
      ? consents.eulaUrl && consents.termsOfUseUrl
        ? d.consentsBoth
        : consents.eulaUrl
          ? d.consentsEula
          : consents.termsOfUseUrl
            ? d.consentsTermsOfUse
            : undefined
      : undefined;
    return html`${save
      ? html`<label class="check"
          ><input type="checkbox" id="save-agreement" ?required=${settings.flow === 'managePaymentMethods'} aria-invalid=${this.agreementMissing ? 'true' : 'false'} />
          ${chosen === 'creditCard' ? t.saveCard : d.savePaymentMethod}</label
        >`
      : nothing}
    ${settings.termsOfSale
      ? html`<div part="terms" class="check terms">
          <input type="checkbox" id="terms" required aria-invalid=${this.termsMissing ? 'true' : 'false'} @change=${this.handleTermsChange} />
          <label for="terms" id="terms-text"
            >${settings.usage === 'subscription' ? d.termsOfSaleSubscription : d.termsOfSale}
            ${consentText && consents
              ? fillWithParts(consentText, { eula: link(consents.eulaUrl, d.eula), termsOfUse: link(consents.termsOfUseUrl, d.termsOfUse), company: consents.companyName })
              : nothing}</label
          >
        </div>`
      : nothing}`;
  }
}
