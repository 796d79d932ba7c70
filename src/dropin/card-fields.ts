/** The credit card's secure fields in Drop-in, with `paymentMethodConfiguration.creditCard`'s placeholders, style and mask. */
import type { DigitalRiver } from '../core/digital-river.js';
import type { CardFields } from '../elements/card-field/card-slots.js';
import type { DropinSettings } from './configuration.js';

/** Which field an error of the card fields is about, to put the shopper back there. */
const FIELD_OF_CODE: [RegExp, keyof CardFields][] = [
  [/card_number/, 'number'],
  [/expiration/, 'expiration'],
  [/security_code/, 'cvv'],
];

export const fieldOfError = (code: string): keyof CardFields | undefined => FIELD_OF_CODE.find(([pattern]) => pattern.test(code))?.[1];

/** The three fields (ids as the panel's labels name them); `ready` once all three can take input; Enter pays. */
export function createCardFields(dr: DigitalRiver, card: DropinSettings['creditCard'], on: { ready(): void; submit(): void }): CardFields {
  const style = card.style ? { style: card.style } : {};
  const ready = new Set<string>();
  const make = (type: 'cardnumber' | 'cardexpiration' | 'cardcvv', id: string, placeholderText: string | undefined, mask: boolean) => {
    const handle = dr.createElement(type, { ...style, ...(placeholderText ? { placeholderText } : {}), ...(mask ? { mask } : {}) });
    handle.fieldElement.id = id;
    handle.on('ready', () => {
      ready.add(type);
      if (ready.size === 3) on.ready();
    });
    handle.on('return', () => on.submit());
    return handle;
  };
  return {
    number: make('cardnumber', 'card-number', card.numberPlaceholder, card.mask),
    expiration: make('cardexpiration', 'card-expiration', card.expirationPlaceholder, false),
    cvv: make('cardcvv', 'card-cvv', card.cvvPlaceholder, card.mask),
  };
}
