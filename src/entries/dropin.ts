// ES module entry `dr-checkout-widget/dropin`: adds `dr.createDropin(configuration)` to DigitalRiver (Drop-in payments,
// on the card elements) and registers its element, <dr-dropin>.
import '../dropin/install.js';
import { defineDropinElement } from '../dropin/dropin.js';

defineDropinElement();

export { Dropin, DROPIN_TAG, defineDropinElement } from '../dropin/dropin.js';
export type {
  DropinButtonType,
  DropinConfiguration,
  DropinCreditCardConfiguration,
  DropinError,
  DropinOptions,
  DropinPaymentMethod,
  DropinPaymentMethodConfiguration,
  DropinReady,
  DropinSuccess,
} from '../dropin/configuration.js';
export { DrDropinElement } from '../elements/dropin/dr-dropin.component.js';
