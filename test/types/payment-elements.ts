// Compile-time checks of the Drop-in entry's element types, as an integrator's TypeScript meets them: `npm run
// typecheck` fails if a line marked @ts-expect-error compiles, or another line does not.
import { DigitalRiver } from '../../src/index.js';
import type { ComplianceElement, DelayedPaymentInstructionsElement, WalletElement } from '../../src/entries/dropin.js';
import '../../src/entries/dropin.js';

export function integratorCode(): void {
  const dr = new DigitalRiver('pk_test_types');
  const request = dr.paymentRequest({ country: 'US', currency: 'USD', total: { label: 'Order total', amount: 100 } });

  // Each element type gives its own element, no cast needed.
  const googlePay: WalletElement = dr.createElement('googlepay', request);
  const applePay: WalletElement = dr.createElement('applepay', { paymentRequest: request });
  const instructions: DelayedPaymentInstructionsElement = dr.createElement('delayedpaymentinstructions', { sourceId: 'src_1', sourceClientSecret: 'src_1_secret' });
  const compliance: ComplianceElement = dr.createElement('compliance', { compliance: { businessEntityCode: 'DR_INC-ENTITY', locale: 'en-US' } });
  void [googlePay.canMakePayment(), applePay, instructions, compliance];

  // @ts-expect-error a wallet's options are a payment request
  dr.createElement('googlepay', { total: 100 });
  // @ts-expect-error instructions need the source's id and client secret
  dr.createElement('delayedpaymentinstructions', { sourceId: 'src_1' });
}
