// How the checkout names a card to the shopper: "Visa ending 1111", "expires 07/31", in the shopper's language.
import type { Source } from '../api/source.js';
import { fill, type CheckoutTexts } from '../page-texts/index.js';

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A card's expiration date as printed on it, `MM/YY`; empty for a source that is not a card. */
export const expiryDate = (source: Source): string =>
  source.creditCard ? `${twoDigits(source.creditCard.expirationMonth)}/${twoDigits(source.creditCard.expirationYear % 100)}` : '';

/** "Visa ending 1111", in the shopper's language. */
export const cardName = (source: Source, texts: CheckoutTexts): string =>
  fill(texts.cardName, { brand: source.creditCard?.brand ?? texts.unknownBrand, last4: source.creditCard?.lastFourDigits ?? '····' });
