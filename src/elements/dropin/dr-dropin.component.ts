// Drop-in's element keeps the state and wires the parts, each a file of its own: which methods to show
// (src/dropin/methods-to-show.ts), the card fields (card-fields.ts), paying by card (pay-card.ts) or by another method
// (pay-redirect.ts, and redirect-return.ts for the way back), the wallets (wallets.ts), the compliance section
// (compliance-section.ts); beside it, the boxes to tick (dropin-agreements.ts) and the methods' template with the
// button (dropin-methods.template.ts).
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';
import { checkoutError, forShopper } from '../../checkout/messages.js';
import type { DigitalRiver } from '../../core/digital-river.js';
import { createCardFields, fieldOfError } from '../../dropin/card-fields.js';
import { mountComplianceSection } from '../../dropin/compliance-section.js';
import { isWallet, STORABLE_METHODS, type DropinConsents, type DropinPaymentMethod, type DropinSettings, type DropinWallet } from '../../dropin/configuration.js';
import { methodFailed, methodName, paidText } from '../../dropin/methods.js';
import { methodsToShow } from '../../dropin/methods-to-show.js';
import { notify } from '../../dropin/notify.js';
import { createCardSource } from '../../dropin/pay-card.js';
import { createMethodSource, goToProvider, providerAddress } from '../../dropin/pay-redirect.js';
import { takeRedirectReturn, type PendingRedirect } from '../../dropin/redirect-return.js';
import { createWallet } from '../../dropin/wallets.js';
import { checkoutEnglish, shopperEnglish } from '../../page-texts/en.checkout.js';
import { dropinEnglish, type DropinTexts } from '../../page-texts/en.dropin.js';
import { fill, type CheckoutTexts, type ShopperTexts } from '../../page-texts/index.js';
import type { WalletElement } from '../../payments/wallet/wallet-element.js';
import { isRightToLeft, type Locale } from '../../secure-fields/shared/locale.js';
import { placeCardFields, type CardFields } from '../card-field/card-slots.js';
import { DropinAgreements } from './dropin-agreements.js';
import { renderButton, renderMethods } from './dropin-methods.template.js';
import { dropinStyles } from './dr-dropin.styles.js';

/** Each Drop-in's own prefix for the ids of what it places in the page (wallet buttons, compliance section). */
let dropinCount = 0;

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

  private readonly agreements = new DropinAgreements(this);

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
  @state() private texts: { checkout: CheckoutTexts; shopper: ShopperTexts; dropin: DropinTexts } = { checkout: checkoutEnglish, shopper: shopperEnglish, dropin: dropinEnglish };
  @state() private textsLoading = false;
  /** Whether the compliance section is placed (its element mounted). */
  @state() private complianceShown = false;

  /** The language of the texts shown: the instance's `locale`, once its texts are loaded. */
  private language: Locale = 'en';
  private readonly idPrefix = `dr-dropin-${++dropinCount}`;
  private fields?: CardFields;
  private readonly wallets: Partial<Record<DropinWallet, WalletElement>> = {};
  private readyReported = false;
  private started = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('dr') || changed.has('settings')) && this.dr && this.settings && !this.started) {
      this.started = true;
      void this.start(this.dr, this.settings);
    }
  }

  protected override updated(): void {
    placeCardFields(this.renderRoot, this.fields);
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
    const { methods: available, session } = await methodsToShow(dr, settings);
    await loaded;
    const methods = available.filter((method) => {
      if (!isWallet(method)) return true;
      const wallet = createWallet(dr, settings, method, session, this.texts, this.walletOutcomes);
      if (!wallet) return false;
      wallet.mount(this.placeFor(`wallet-${method}`));
      this.wallets[method] = wallet;
      return true;
    });
    this.methods = methods;
    if (settings.expandFirst || methods.length === 1) this.chosen = methods[0];
    if (settings.compliance) {
      mountComplianceSection(dr, settings, session, this.language, this.placeFor('compliance'));
      this.complianceShown = true;
    }
    if (methods.includes('creditCard')) this.fields = createCardFields(dr, settings.creditCard, { ready: () => this.reportReady(), submit: () => void this.submit() });
    else this.reportReady();
  }

  /** A child of this element, in the document, where an element mounts by id; a slot of the template shows it. */
  private placeFor(name: string): string {
    const place = document.createElement('div');
    place.id = `${this.idPrefix}-${name}`;
    place.slot = name;
    this.append(place);
    return place.id;
  }

  /** `onReady`, once: every field of every method shown can take input. Then a redirect's return, if this is one. */
  private reportReady(): void {
    if (this.readyReported || !this.settings) return;
    this.readyReported = true;
    notify(this.settings.onReady, { paymentMethodTypes: [...(this.methods ?? [])] });
    const returned = takeRedirectReturn();
    if (returned) void this.reportReturn(returned);
  }

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleChoice = (event: Event): void => {
    this.chosen = (event.target as HTMLInputElement).value as DropinPaymentMethod;
    this.agreements.methodChanged();
    this.say('');
  };

  /** The wallet's sheet, from its button or Drop-in's: once the boxes are ticked, as for any method. */
  private readonly walletOutcomes = {
    open: (method: DropinWallet): void => {
      const settings = this.settings;
      if (this.busy || !settings) return;
      this.say('');
      if (this.boxesTicked(settings, method)) this.wallets[method]?.show();
    },
    paid: (method: DropinWallet, source: Source): void => {
      const settings = this.settings;
      if (settings) this.succeed(method, source, this.namingMethod(this.texts.dropin.redirectApproved, method), this.agreements.readyForStorage(settings, method), this.agreements.consents(settings));
    },
    failed: (method: DropinWallet, error: DrError): void => this.fail(method, error),
    cancelled: (method: DropinWallet): void => this.cancelled(method),
  };

  /** Creates the source of the chosen method, as the button does; `onSuccess`, `onError` or a redirect follows. */
  async submit(): Promise<void> {
    const { dr, settings, chosen } = this;
    if (this.busy || !dr || !settings) return;
    if (!chosen) {
      this.say(this.texts.dropin.chooseMethod);
      this.renderRoot.querySelector<HTMLInputElement>('input[name="payment-method"]')?.focus();
      return;
    }
    if (isWallet(chosen)) return this.walletOutcomes.open(chosen);
    if (!this.boxesTicked(settings, chosen)) return;
    const readyForStorage = this.agreements.readyForStorage(settings, chosen);
    const consents = this.agreements.consents(settings);
    this.busy = true;
    this.say('');
    const result = chosen === 'creditCard' && this.fields ? await createCardSource(dr, settings, this.fields.number, this.texts.shopper) : await createMethodSource(dr, settings, chosen, this.texts);
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
    this.succeed(chosen, source, paidText(chosen, source, this.texts), readyForStorage, consents);
  }

  /** The boxes the shopper must tick before paying; if one is not, the status says which. */
  private boxesTicked(settings: DropinSettings, method: DropinPaymentMethod): boolean {
    const missing = this.agreements.missing(settings, method, this.texts.dropin);
    if (missing) this.say(missing);
    return !missing;
  }

  /** To the provider's page, with this source kept for the way back; an address a browser cannot go to is an error. */
  private redirect(source: Source, pending: PendingRedirect): void {
    const url = providerAddress(source);
    if (!url) {
      this.busy = false;
      this.fail(pending.paymentMethod, checkoutError('api_error', 'invalid_redirect', 'generic', this.texts.shopper));
      return;
    }
    this.say(this.namingMethod(this.texts.dropin.redirecting, pending.paymentMethod));
    goToProvider(url, pending);
  }

  /** Back from the provider: the source as the API has it now decides between `onSuccess`, `onCancel` and `onError`. */
  private async reportReturn(returned: PendingRedirect & { cancelled: boolean }): Promise<void> {
    const { dr } = this;
    if (!dr || !this.settings) return;
    const method = returned.paymentMethod;
    this.busy = true;
    const read = await dr.retrieveSource(returned.sourceId, returned.clientSecret);
    this.busy = false;
    if ('error' in read) return this.fail(method, forShopper(read.error, this.texts.shopper));
    const { source } = read;
    // The kept entry is the page's to write: one naming a source of another method (a card source planted as
    // "PayPal") is no payment by this method.
    if (source.type !== method) return this.fail(method, methodFailed(method, this.texts.dropin));
    if (source.state === 'chargeable') return this.succeed(method, source, this.namingMethod(this.texts.dropin.redirectApproved, method), returned.readyForStorage, returned.consents);
    this.chosen = method;
    if (returned.cancelled || source.state === 'pending_redirect' || source.state === 'cancelled') this.cancelled(method);
    else this.fail(method, methodFailed(method, this.texts.dropin));
  }

  /** One of Drop-in's texts with the method's name in it ("PayPal approved the payment."). */
  private namingMethod(text: string, method: DropinPaymentMethod): string {
    return fill(text, { method: methodName(method, this.texts.dropin) });
  }

  private say(text: string, error?: DrError): void {
    this.statusText = text;
    this.statusError = error;
  }

  /** Paid: the status says so and `onSuccess` gets the source with what the shopper agreed to. */
  private succeed(method: DropinPaymentMethod, source: Source, text: string, readyForStorage: boolean, consents: DropinConsents | undefined): void {
    this.say(text);
    notify(this.settings?.onSuccess, { source, readyForStorage, supportsStorage: STORABLE_METHODS.includes(method), ...(consents ? { consents } : {}) });
  }

  private cancelled(method: DropinPaymentMethod): void {
    this.say(this.namingMethod(this.texts.dropin.redirectCancelled, method));
    notify(this.settings?.onCancel, { paymentMethod: method });
  }

  /** The status says why, a card's field in question takes focus, and `onError` gets the method and the error. */
  private fail(method: DropinPaymentMethod, error: DrError): void {
    this.say(error.message, error);
    const field = method === 'creditCard' ? fieldOfError(error.errors[0]?.code ?? '') : undefined;
    if (field) this.fields?.[field].focus();
    notify(this.settings?.onError, { paymentMethod: method, ...error });
  }

  protected override render(): TemplateResult {
    const methods = this.methods ?? [];
    return html`
      <form novalidate lang=${this.language} dir=${isRightToLeft(this.language) ? 'rtl' : 'ltr'} class=${this.textsLoading || !this.methods ? 'loading' : ''} @submit=${this.handleSubmit}>
        ${renderMethods(methods, this.chosen, this.texts, this.handleChoice)}
        ${this.settings ? this.agreements.render(this.settings, this.chosen, this.texts) : nothing}
        ${renderButton(this.settings, this.chosen, methods.length > 0, this.busy, this.texts)}
        <div part="status" role="status" aria-live="polite" class=${this.statusError ? 'error' : ''} data-error-code=${this.statusError?.errors[0]?.code ?? ''}>${this.statusText}</div>
        ${this.complianceShown ? html`<div part="compliance" class="compliance"><slot name="compliance"></slot></div>` : nothing}
      </form>
    `;
  }
}
