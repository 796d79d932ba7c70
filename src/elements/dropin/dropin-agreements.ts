import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { STORABLE_METHODS, type DropinConsents, type DropinPaymentMethod, type DropinSettings } from '../../dropin/configuration.js';
import type { DropinTexts } from '../../page-texts/en.dropin.js';
import type { CheckoutTexts } from '../../page-texts/index.js';

/** A text with `{name}` places filled by templates (links), the rest as plain text. */
function fillWithParts(text: string, parts: Record<string, TemplateResult | string>): (TemplateResult | string)[] {
  return text.split(/(\{\w+\})/).map((piece) => parts[piece.slice(1, -1)] ?? piece);
}

/**
 * The boxes the shopper ticks before paying, and what they agreed to: the save agreement (for a method that can be
 * saved, when asked for; required to add to an account) and the terms of sale with the storefront's documents. A box
 * left empty is marked invalid until ticked (the terms) or another method is chosen (the save agreement).
 */
export class DropinAgreements {
  private agreementMissing = false;
  private termsMissing = false;

  /** `host` renders the boxes (`render()`) and shows what changes in them. */
  constructor(private readonly host: LitElement) {}

  private box(id: 'save-agreement' | 'terms'): HTMLInputElement | null {
    return this.host.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  }

  /** What the shopper must still tick, in their words, with focus on that box; undefined when paying may go on. */
  missing(settings: DropinSettings, method: DropinPaymentMethod, texts: DropinTexts): string | undefined {
    this.agreementMissing = settings.flow === 'managePaymentMethods' && this.box('save-agreement')?.checked !== true;
    this.termsMissing = settings.termsOfSale && this.box('terms')?.checked !== true;
    this.host.requestUpdate();
    const missing = this.agreementMissing ? 'save-agreement' : this.termsMissing ? 'terms' : undefined;
    if (!missing) return undefined;
    this.box(missing)?.focus();
    if (missing === 'terms') return texts.termsRequired;
    return method === 'creditCard' ? texts.agreementRequired : texts.methodAgreementRequired;
  }

  /** The shopper agreed to keep this method for later. */
  readyForStorage(settings: DropinSettings, method: DropinPaymentMethod): boolean {
    return settings.showSaveAgreement && STORABLE_METHODS.includes(method) && this.box('save-agreement')?.checked === true;
  }

  /** With the terms shown (and ticked, since paying needs them): the documents accepted. */
  consents(settings: DropinSettings): DropinConsents | undefined {
    if (!settings.termsOfSale) return undefined;
    return { termsOfSale: true, eula: Boolean(settings.consents?.eulaUrl), termsOfUse: Boolean(settings.consents?.termsOfUseUrl) };
  }

  /** Another method chosen: its save agreement starts unmarked. */
  methodChanged(): void {
    this.agreementMissing = false;
  }

  /** Ticked: no longer marked as missing. */
  private readonly handleTermsChange = (): void => {
    this.termsMissing = this.box('terms')?.checked !== true && this.termsMissing;
    this.host.requestUpdate();
  };

  /** The save box (for a method that can be saved, when asked for) and the terms of sale with their box. */
  render(settings: DropinSettings, chosen: DropinPaymentMethod | undefined, texts: { checkout: CheckoutTexts; dropin: DropinTexts }): TemplateResult {
    const { checkout: t, dropin: d } = texts;
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
