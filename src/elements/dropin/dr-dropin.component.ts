import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';
import { checkoutError, forShopper } from '../../checkout/messages.js';
import type { DigitalRiver } from '../../core/digital-river.js';
import type { DigitalRiverElement } from '../../core/element.js';
import type { DropinSettings } from '../../dropin/configuration.js';
import { checkoutEnglish, shopperEnglish } from '../../page-texts/en.checkout.js';
import { dropinEnglish } from '../../page-texts/en.dropin.js';
import { fill, type CheckoutTexts, type ShopperTexts } from '../../page-texts/index.js';
import { isRightToLeft, localeOf, type Locale } from '../../secure-fields/shared/locale.js';
import { dropinStyles } from './dr-dropin.styles.js';
import { placeCardFields, type CardFields } from '../card-field/card-slots.js';


/** Which field an error of the card fields is about, to put the shopper back there. */
const FIELD_OF_CODE: [RegExp, keyof CardFields][] = [
  [/card_number/, 'number'],
  [/expiration/, 'expiration'],
  [/security_code/, 'cvv'],
];

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

/**
 * Drop-in's view, made by `createDropin(configuration).mount(id)`: the payment methods (the credit card, on the secure
 * card fields), the save agreement, the button and a polite status. Not placed in HTML by hand: it needs the
 * DigitalRiver instance and the configuration, which the Drop-in object gives it.
 *
 * @customElement dr-dropin
 * @summary Drop-in payments: the methods, the button and a status.
 * @csspart method - One payment method (`data-method="creditCard"`).
 * @csspart button - The button (`aria-busy` while working).
 * @csspart status - What happened, in the shopper's words (`role="status"`, polite); `data-error-code` holds the code.
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

  @state() private busy = false;
  @state() private statusText = '';
  @state() private statusError?: DrError;
  /** The status is one of Drop-in's own texts, English in every language for now. */
  @state() private statusInEnglish = false;
  @state() private agreementMissing = false;
  @state() private texts: { checkout: CheckoutTexts; shopper: ShopperTexts } = { checkout: checkoutEnglish, shopper: shopperEnglish };
  @state() private textsLoading = false;

  @query('#save-agreement') private agreement?: HTMLInputElement;

  /** The language the instance's `locale` option asks for. */
  private language: Locale = 'en';
  private fields?: CardFields;
  private readyFields = new Set<string>();
  private readyReported = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('dr') || changed.has('settings')) && this.dr && this.settings && !this.fields) this.createFields(this.dr, this.settings);
  }

  private createFields(dr: DigitalRiver, settings: DropinSettings): void {
    this.textsLoading = true;
    void dr.texts().then((texts) => {
      if (texts) this.texts = { checkout: texts.checkout, shopper: texts.shopper };
      this.textsLoading = false;
    });
    if (!settings.methods.includes('creditCard')) {
      this.reportReady();
      return;
    }
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
    this.language = localeOf(this.fields.number.fieldElement.fieldGroup?.locale);
  }

  /** `onReady`, once: every field of every method shown can take input. */
  private reportReady(): void {
    if (this.readyReported || !this.settings) return;
    this.readyReported = true;
    notify(this.settings.onReady, { paymentMethodTypes: [...this.settings.methods] });
  }

  protected override updated(): void {
    placeCardFields(this.renderRoot, this.fields);
  }

  private readonly handleSubmit = (event: Event): void => {
    event.preventDefault();
    void this.submit();
  };

  /** Creates the source from what the shopper entered, as the button does; `onSuccess` or `onError` tells how it went. */
  async submit(): Promise<void> {
    const { dr, settings, fields } = this;
    if (this.busy || !dr || !settings || !fields) return;
    const agreed = settings.showSaveAgreement && this.agreement?.checked === true;
    if (settings.flow === 'managePaymentMethods' && !agreed) {
      this.agreementMissing = true;
      this.statusError = undefined;
      this.statusText = dropinEnglish.agreementRequired;
      this.statusInEnglish = true;
      this.agreement?.focus();
      return;
    }
    this.agreementMissing = false;
    this.busy = true;
    this.statusText = '';
    this.statusError = undefined;
    const result = await this.createSource(dr, settings, fields.number);
    this.busy = false;
    if ('error' in result) {
      this.fail(result.error);
      return;
    }
    this.statusText = fill(dropinEnglish.cardReady, { card: this.cardName(result.source) });
    this.statusInEnglish = true;
    notify(settings.onSuccess, { source: result.source, readyForStorage: agreed, supportsStorage: true });
  }

  /** The card's source, chargeable: created, and authenticated (3-D Secure) when the card needs it. */
  private async createSource(dr: DigitalRiver, settings: DropinSettings, number: DigitalRiverElement): Promise<{ source: Source } | { error: DrError }> {
    const { shopper } = this.texts;
    const sessionId = settings.sessionId ? { sessionId: settings.sessionId } : {};
    const created = await dr.createSource(number, { type: 'creditCard', ...sessionId, ...(settings.owner ? { owner: settings.owner } : {}) });
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

  private fail(error: DrError): void {
    this.statusError = error;
    this.statusText = error.message;
    this.statusInEnglish = false;
    const code = error.errors[0]?.code ?? '';
    const field = FIELD_OF_CODE.find(([pattern]) => pattern.test(code))?.[1];
    if (field) this.fields?.[field].focus();
    notify(this.settings?.onError, { paymentMethod: 'creditCard', ...error });
  }

  /** "Visa ending 1111", in the shopper's language. */
  private cardName(source: Source): string {
    const { checkout } = this.texts;
    return fill(checkout.cardName, { brand: source.creditCard?.brand ?? checkout.unknownBrand, last4: source.creditCard?.lastFourDigits ?? '····' });
  }

  protected override render(): TemplateResult {
    const settings = this.settings;
    const t = this.texts.checkout;
    const language = t === checkoutEnglish ? 'en' : this.language;
    const button = settings?.buttonText ?? dropinEnglish[settings?.buttonType ?? 'continue'];
    return html`
      <form novalidate lang=${language} dir=${isRightToLeft(language) ? 'rtl' : 'ltr'} class=${this.textsLoading ? 'loading' : ''} @submit=${this.handleSubmit}>
        ${this.fields
          ? html`<fieldset part="method" data-method="creditCard">
              <legend lang="en">${dropinEnglish.creditCard}</legend>
              <div class="field"><label for="card-number">${t.cardNumber}</label><div id="number-slot"></div></div>
              <div class="row">
                <div class="field"><label for="card-expiration">${t.expirationDate}</label><div id="expiration-slot"></div></div>
                <div class="field"><label for="card-cvv">${t.securityCode}</label><div id="cvv-slot"></div></div>
              </div>
              ${settings?.showSaveAgreement
                ? html`<label class="check"
                    ><input type="checkbox" id="save-agreement" ?required=${settings.flow === 'managePaymentMethods'} aria-invalid=${this.agreementMissing ? 'true' : 'false'} />
                    ${t.saveCard}</label
                  >`
                : nothing}
            </fieldset>`
          : nothing}
        <button part="button" type="submit" lang=${settings?.buttonText || this.busy ? nothing : 'en'} ?disabled=${this.busy || !this.fields} aria-busy=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t.processing : button}
        </button>
        <div part="status" role="status" aria-live="polite" lang=${this.statusInEnglish ? 'en' : nothing} class=${this.statusError ? 'error' : ''} data-error-code=${this.statusError?.errors[0]?.code ?? ''}>${this.statusText}</div>
      </form>
    `;
  }
}
