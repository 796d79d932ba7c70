import { DrCardFieldElement } from './card-field.component.js';

/**
 * Card number field, with the detected brand's icon.
 * @customElement dr-card-number
 */
export class DrCardNumber extends DrCardFieldElement {
  protected readonly kind = 'cardnumber';
}

/**
 * Card expiration field (`MM / YY`).
 * @customElement dr-card-expiration
 */
export class DrCardExpiration extends DrCardFieldElement {
  protected readonly kind = 'cardexpiration';
}

/**
 * Card security code field; its length follows the number's brand.
 * @customElement dr-card-cvv
 */
export class DrCardCvv extends DrCardFieldElement {
  protected readonly kind = 'cardcvv';
}
