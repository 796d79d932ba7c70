import { html, nothing, type TemplateResult } from 'lit';
import { isWallet, type DropinPaymentMethod, type DropinSettings } from '../../dropin/configuration.js';
import { isRedirectMethod, methodName } from '../../dropin/methods.js';
import type { DropinTexts } from '../../page-texts/en.dropin.js';
import { fill, type CheckoutTexts } from '../../page-texts/index.js';

type Texts = { checkout: CheckoutTexts; dropin: DropinTexts };

/** The button's words with PayPal chosen, by `payPal.style.label`. */
const PAYPAL_LABELS = { checkout: 'payPalCheckout', pay: 'payPalPay', buynow: 'payPalBuyNow', paypal: 'payPalLabel' } as const;

/**
 * The methods shown: with several, a radio group whose chosen method opens its panel (arrow keys move the choice, as
 * in any radio group); alone, its panel.
 */
export function renderMethods(methods: DropinPaymentMethod[], chosen: DropinPaymentMethod | undefined, texts: Texts, onChoice: (event: Event) => void): TemplateResult | TemplateResult[] {
  if (methods.length <= 1) return methods.map((method) => renderMethod(method, undefined, texts));
  return html`<fieldset class="methods">
    <legend>${texts.dropin.paymentMethod}</legend>
    ${methods.map((method) => renderMethod(method, { chosen, onChoice }, texts))}
  </fieldset>`;
}

/** One method: with a choice to make, its radio, and its panel open once chosen; alone, the panel. */
function renderMethod(method: DropinPaymentMethod, choice: { chosen: DropinPaymentMethod | undefined; onChoice: (event: Event) => void } | undefined, texts: Texts): TemplateResult {
  const open = !choice || choice.chosen === method;
  return html`<div part="method" data-method=${method} class=${open ? 'method open' : 'method'}>
    ${choice
      ? html`<label class="choice"
          ><input type="radio" name="payment-method" value=${method} .checked=${choice.chosen === method} aria-controls=${`panel-${method}`} @change=${choice.onChoice} />
          ${methodName(method, texts.dropin)}</label
        >`
      : nothing}
    <div class="panel" id=${`panel-${method}`} ?hidden=${!open}>${renderPanel(method, texts)}</div>
  </div>`;
}

/** The card's fields (slots the secure fields move into), or a note on how the method goes on. */
function renderPanel(method: DropinPaymentMethod, { checkout: t, dropin: d }: Texts): TemplateResult {
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

/**
 * What pays with the chosen method: the wallet's own button (shown through its slot), or Drop-in's, in PayPal's words
 * and style with PayPal chosen, else in the configured words.
 */
export function renderButton(settings: DropinSettings | undefined, chosen: DropinPaymentMethod | undefined, enabled: boolean, busy: boolean, { checkout: t, dropin: d }: Texts): TemplateResult {
  if (chosen && isWallet(chosen)) return html`<div class="wallet-button"><slot name=${`wallet-${chosen}`}></slot></div>`;
  const payPal = chosen === 'payPal' && settings ? settings.payPal : undefined;
  const words = payPal ? d[PAYPAL_LABELS[payPal.label]] : (settings?.buttonText ?? d[settings?.buttonType ?? 'continue']);
  return html`<button
    part="button"
    type="submit"
    data-paypal-color=${payPal?.color ?? nothing}
    data-paypal-shape=${payPal?.shape ?? nothing}
    ?disabled=${busy || !enabled}
    aria-busy=${busy ? 'true' : 'false'}
  >
    ${busy ? t.processing : words}
  </button>`;
}
