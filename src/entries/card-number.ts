// ES module entry `dr-checkout-widget/card-number`: registers <dr-card-number> alone (declarative use, group attribute).
import { DrCardNumber } from '../elements/card-field/card-fields.js';
import { defineElement, ELEMENT_TAGS } from '../elements/define.js';

defineElement(ELEMENT_TAGS.cardnumber, DrCardNumber);

export { DrCardNumber };
