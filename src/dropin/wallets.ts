/**
 * Google Pay and Apple Pay in Drop-in: each is the wallet's own element (`googlepay`, `applepay`), offered only when
 * it can make the payment, whose button replaces Drop-in's with the wallet chosen. What its sheet ends with becomes
 * Drop-in's outcome: a chargeable source is paid, anything else failed, a closed sheet cancelled.
 */
import type { DrError } from '../api/errors.js';
import type { Source } from '../api/source.js';
import { forShopper } from '../checkout/messages.js';
import type { DigitalRiver } from '../core/digital-river.js';
import type { DropinTexts } from '../page-texts/en.dropin.js';
import type { ShopperTexts } from '../page-texts/index.js';
import type { WalletElement } from '../payments/wallet/wallet-element.js';
import type { DropinSettings, DropinWallet } from './configuration.js';
import { methodFailed } from './methods.js';
import type { PaymentSession } from './methods-to-show.js';

/** The wallets' element types, as `createElement` names them. */
const WALLET_ELEMENTS = { googlePay: 'googlepay', applePay: 'applepay' } as const;

/** What Drop-in does when the shopper acts on the wallet. */
export interface WalletOutcomes {
  /** The wallet's button: the boxes first, as for Drop-in's own button, then the sheet (`show()`). */
  open(method: DropinWallet): void;
  paid(method: DropinWallet, source: Source): void;
  failed(method: DropinWallet, error: DrError): void;
  cancelled(method: DropinWallet): void;
}

/**
 * The wallet's element for the payment session (its currency, country and total), when the wallet can make the
 * payment here; without a session there is no total to ask for, so no wallet.
 */
export function createWallet(
  dr: DigitalRiver,
  settings: DropinSettings,
  method: DropinWallet,
  session: PaymentSession,
  texts: { shopper: ShopperTexts; dropin: DropinTexts },
  outcomes: WalletOutcomes,
): WalletElement | undefined {
  const amount = Number(session?.amount);
  if (!session || !settings.sessionId || !Number.isFinite(amount)) return undefined;
  const wallet = dr.createElement(WALLET_ELEMENTS[method], {
    country: session.country,
    currency: session.currency,
    total: { label: texts.dropin.orderTotal, amount },
    sessionId: settings.sessionId,
    style: settings.wallets[method],
    waitOnClick: true,
  });
  if (!wallet.canMakePayment()) {
    wallet.destroy();
    return undefined;
  }
  wallet.on('click', () => outcomes.open(method));
  wallet.on('cancel', () => outcomes.cancelled(method));
  wallet.on('source', ({ source }) => (source.state === 'chargeable' ? outcomes.paid(method, source) : outcomes.failed(method, methodFailed(method, texts.dropin))));
  // The API refused the wallet's source: the sheet stays open and says why; Drop-in reports it too.
  wallet.refused = (error) => outcomes.failed(method, forShopper(error, texts.shopper));
  return wallet;
}
