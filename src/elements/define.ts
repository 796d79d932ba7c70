import { DrCardCvv, DrCardExpiration, DrCardNumber } from './card-field/card-fields.js';

export const ELEMENT_TAGS = {
  cardnumber: 'dr-card-number',
  cardexpiration: 'dr-card-expiration',
  cardcvv: 'dr-card-cvv',
} as const;

/** Registers the elements; safe to call more than once (e.g. the script tag and the ES module on one page). */
export function defineElements(): void {
  const classes = { cardnumber: DrCardNumber, cardexpiration: DrCardExpiration, cardcvv: DrCardCvv };
  for (const [kind, tag] of Object.entries(ELEMENT_TAGS)) {
    if (!customElements.get(tag)) customElements.define(tag, classes[kind as keyof typeof classes]);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dr-card-number': DrCardNumber;
    'dr-card-expiration': DrCardExpiration;
    'dr-card-cvv': DrCardCvv;
  }
}
