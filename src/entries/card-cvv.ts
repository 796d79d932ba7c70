// ES module entry `dr-checkout-widget/card-cvv`: registers <dr-card-cvv> alone.
import { DrCardCvv } from '../elements/card-field/card-fields.js';
import { defineElement, ELEMENT_TAGS } from '../elements/define.js';

defineElement(ELEMENT_TAGS.cardcvv, DrCardCvv);

export { DrCardCvv };
