// ES module entry `dr-checkout-widget/card-expiration`: registers <dr-card-expiration> alone.
import { DrCardExpiration } from '../elements/card-field/card-fields.js';
import { defineElement, ELEMENT_TAGS } from '../elements/define.js';

defineElement(ELEMENT_TAGS.cardexpiration, DrCardExpiration);

export { DrCardExpiration };
