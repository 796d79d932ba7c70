// ES module entry `dr-checkout-widget/dropin`: adds `dr.createDropin(configuration)` to DigitalRiver (Drop-in payments,
// on the card elements) and registers its element, <dr-dropin>.
import '../dropin/install.js';
import '../payments/install.js';
import { defineDropinElement } from '../dropin/dropin.js';

defineDropinElement();

export { Dropin, DROPIN_TAG, defineDropinElement } from '../dropin/dropin.js';
export type {
  DropinButtonType,
  DropinConfiguration,
  DropinConsents,
  DropinPayPalStyle,
  DropinUsage,
  DropinWallet,
  DropinWalletStyle,
  DropinCreditCardConfiguration,
  DropinError,
  DropinOptions,
  DropinPaymentMethod,
  DropinPaymentMethodConfiguration,
  DropinReady,
  DropinSuccess,
} from '../dropin/configuration.js';
export { DrDropinElement } from '../elements/dropin/dr-dropin.component.js';
export type {
  AvailablePaymentMethod,
  AvailablePaymentMethodFilters,
  AvailablePaymentMethods,
  AvailablePaymentMethodsResult,
} from '../dropin/available-payment-methods.js';
export type { PaymentItem, PaymentRequest, PaymentRequestStyle, PaymentRequestUpdate, ShippingOption } from '../payments/wallet/payment-request.js';
export type { PaymentRequestResponse, ShippingAddressChangeEvent, ShippingOptionChangeEvent, WalletCancelEvent, WalletElement, WalletElementType, WalletEvent, WalletEventMap } from '../payments/wallet/wallet-element.js';
export type { ContactInformation, WalletAddress } from '../payments/wallet/sandbox-wallet.data.js';
export type { DelayedPaymentInstructionsElement, DelayedPaymentInstructionsEventMap, DelayedPaymentInstructionsOptions } from '../payments/instructions/delayed-payment-instructions.js';
export type { Compliance, ComplianceConfig, ComplianceDetails, Disclosure } from '../payments/compliance/compliance.js';
export type { ComplianceElement, ComplianceElementOptions, ComplianceEventMap } from '../payments/compliance/compliance-element.js';
export type { PaymentsTexts } from '../page-texts/en.payments.js';
