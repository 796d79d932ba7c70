import { checkoutEnglish } from '../../page-texts/en.checkout.js';
import type { CheckoutTexts } from '../../page-texts/index.js';
import { pageTexts } from '../../page-texts/load.js';
import { frameUrlOf } from '../../secure-fields/page/frame-url.js';

/**
 * The checkout's texts in a `locale`'s language, for a part placed without a host that gives it its texts: loaded
 * from the card frames' deployment (`frameUrl`, as the fields find it), English until then or when it cannot load.
 */
export function loadCheckoutTexts(locale: string | undefined, frameUrl: string | undefined): Promise<CheckoutTexts> {
  const url = frameUrlOf(frameUrl);
  return pageTexts(locale, url instanceof URL ? url : undefined).then((texts) => texts?.checkout ?? checkoutEnglish);
}
