import { DrCardCvv, DrCardExpiration, DrCardNumber } from './card-field/card-fields.js';

export const ELEMENT_TAGS = {
  cardnumber: 'dr-card-number',
  cardexpiration: 'dr-card-expiration',
  cardcvv: 'dr-card-cvv',
} as const;

/** Registers one element; safe to call more than once (e.g. the script tag and the ES module on one page). */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

/** Registers the three card elements. */
export function defineElements(): void {
  defineElement(ELEMENT_TAGS.cardnumber, DrCardNumber);
  defineElement(ELEMENT_TAGS.cardexpiration, DrCardExpiration);
  defineElement(ELEMENT_TAGS.cardcvv, DrCardCvv);
}

declare global {
  interface HTMLElementTagNameMap {
    'dr-card-number': DrCardNumber;
    'dr-card-expiration': DrCardExpiration;
    'dr-card-cvv': DrCardCvv;
  }
}
