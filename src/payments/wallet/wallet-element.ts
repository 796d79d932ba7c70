/**
 * The `googlepay` and `applepay` elements: DigitalRiver.js's wallet button, made from a payment request
 * (`createElement('googlepay', dr.paymentRequest(details))`). A click reports `click` and opens the wallet's sheet
 * (`show()` does too); the sheet's choices come back as `shippingaddresschange` / `shippingoptionchange` with
 * `updateWith(details)`, and an accepted payment as `source` with the new source, or `cancel`. Offline the sheet is
 * the sandbox's, a script of the sandbox's frames loaded when first shown (decision 0009); if it cannot load, `cancel`
 * carries the error.
 */
import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';
import type { DigitalRiver } from '../../core/digital-river.js';
import { integrationError, reportIntegrationError } from '../../core/errors.js';
import { asObject, warnUnknownKeys } from '../../core/options.js';
import { framesAt } from '../frames.js';
import { PaymentElement } from '../payment-element.js';
import { readingOptions } from '../read-options.js';
import { loadedSandboxWallet, loadSandboxWallet } from './load-sandbox-wallet.js';
import { applyUpdate, readPaymentRequest, type PaymentRequest, type PaymentRequestUpdate, type ShippingOption } from './payment-request.js';
import type { OpenSandboxWallet, SheetChoice } from './sandbox-wallet-dialog.js';
import type { ContactInformation, WalletAddress } from './sandbox-wallet.data.js';

export type WalletElementType = 'googlepay' | 'applepay';

/** `ready`, `click` and `cancel` carry the element type. */
export interface WalletEvent {
  elementType: WalletElementType;
}

/** `cancel` also says why when the sheet could not open (the sandbox's sheet did not load). */
export interface WalletCancelEvent extends WalletEvent {
  error?: DrError;
}

/** A shipping change: re-price the order and answer with `updateWith(details)`; the sheet waits for it. */
export interface ShippingAddressChangeEvent {
  shippingAddress: WalletAddress;
  updateWith(details: PaymentRequestUpdate): void;
}
export interface ShippingOptionChangeEvent {
  shippingOption: ShippingOption;
  updateWith(details: PaymentRequestUpdate): void;
}

/** Digital River's payment request response object: the source and what the wallet knows of the shopper. */
export interface PaymentRequestResponse {
  error: null;
  source: Source;
  billingAddress: WalletAddress;
  shippingAddress?: WalletAddress;
  contactInformation: ContactInformation;
  shippingOption?: ShippingOption;
  /** As Digital River's examples show it: `googlepay`, `applePay`. */
  elementType: 'googlepay' | 'applePay';
  /** Tell the wallet how processing went (`'success'` or `'failure'`); the sandbox's sheet has closed already. */
  complete(status: 'success' | 'failure'): void;
}

export interface WalletEventMap {
  ready: WalletEvent;
  click: WalletEvent;
  cancel: WalletCancelEvent;
  source: PaymentRequestResponse;
  shippingaddresschange: ShippingAddressChangeEvent;
  shippingoptionchange: ShippingOptionChangeEvent;
}

const EVENTS = ['ready', 'click', 'cancel', 'source', 'shippingaddresschange', 'shippingoptionchange'] as const;

const WALLETS = {
  googlepay: { name: 'Google Pay', sourceType: 'googlePay', responseType: 'googlepay', plain: 'googlePay', long: 'buyWithGooglePay', types: ['plain', 'long'] },
  applepay: { name: 'Apple Pay', sourceType: 'applePay', responseType: 'applePay', plain: 'applePay', long: 'buyWithApplePay', types: ['plain', 'buy'] },
} as const;

const BUTTON_STYLES = `
  button { display: inline-flex; align-items: center; justify-content: center; box-sizing: border-box; min-width: 150px;
    height: 40px; padding: 0 24px; border-radius: 4px; border: 1px solid transparent; font: 600 15px/1 system-ui, sans-serif;
    cursor: pointer; background: #000; color: #fff; }
  button.light, button.light-outline { background: #fff; color: #000; }
  button.light-outline { border-color: #000; }
  button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;

export class WalletElement extends PaymentElement<WalletEventMap> {
  private request: PaymentRequest;
  private problem?: DrError;
  private sheet?: { close(): void };
  /** Whether the sheet is loading, to open once it is there. */
  private opening = false;
  /** The instance's frames, beside which the sandbox's sheet is. */
  private readonly frames: URL | undefined;
  /** @internal Drop-in hears of a source the API refused; the sheet stays open with the reason. */
  refused?: (error: DrError) => void;

  /** @internal Made by `createElement('googlepay' | 'applepay', request)`. */
  constructor(
    private readonly dr: DigitalRiver,
    readonly walletType: WalletElementType,
    options: unknown,
  ) {
    super(dr, walletType, EVENTS);
    this.frames = framesAt(dr.frameUrl);
    let read = readPaymentRequest(undefined);
    readingOptions(`createElement('${walletType}')`, () => (read = readPaymentRequest(requestOf(walletType, options))));
    ({ request: this.request, problem: this.problem } = read);
  }

  /**
   * Whether this wallet can take the payment here: offline, the sandbox's wallet stands in for every browser with a
   * test key (`pk_test_…`); with a live key there is no wallet to ask, so false. False too for a payment request
   * without its required fields.
   */
  canMakePayment(): boolean {
    return this.dr.testMode && !this.problem && !this.destroyed;
  }

  /** Opens the wallet's payment sheet (call it from a click handler); the button does it on its own. */
  show(): void {
    if (this.sheet || this.opening) return;
    if (this.problem) {
      reportIntegrationError(this.problem);
      return;
    }
    if (!this.canMakePayment()) {
      reportIntegrationError(integrationError('wallet_unavailable', `${WALLETS[this.walletType].name} cannot make a payment here; check canMakePayment() first.`));
      return;
    }
    // Loaded and in its language already (the usual case after the first time): at once, as a wallet's sheet opens.
    const open = loadedSandboxWallet(this.frames);
    if (open && this.textsSettled) return this.openSheet(open);
    this.opening = true;
    Promise.all([loadSandboxWallet(this.frames), this.textsLoaded]).then(
      ([open]) => {
        this.opening = false;
        if (!this.destroyed) this.openSheet(open);
      },
      () => {
        this.opening = false;
        this.sheetFailed();
      },
    );
  }

  private openSheet(open: OpenSandboxWallet): void {
    try {
      this.sheet = open(
        WALLETS[this.walletType].name,
        this.request,
        {
          addressChanged: (shippingAddress) => this.askPage('shippingaddresschange', (updateWith) => ({ shippingAddress: structuredClone(shippingAddress), updateWith })),
          optionChanged: (option) => this.askPage('shippingoptionchange', (updateWith) => ({ shippingOption: { ...option }, updateWith })),
          accept: (choice) => this.accept(choice),
          cancel: () => {
            this.sheet = undefined;
            this.emit('cancel', { elementType: this.walletType });
          },
        },
        { labelsLanguage: this.language },
      );
    } catch {
      this.sheetFailed();
    }
  }

  /** The sheet could not be loaded (or opened): the page hears `cancel` with the error, and the console says why. */
  private sheetFailed(): void {
    const error = integrationError(
      'wallet_sheet_unavailable',
      `The sandbox's ${WALLETS[this.walletType].name} sheet (sandbox-wallet.js beside the frames) could not be loaded; only a sandbox deployment of the frames serves it.`,
    );
    reportIntegrationError(error);
    this.emit('cancel', { elementType: this.walletType, error });
  }

  /** Merges a payment request's changes into this element's (its button follows a new style). */
  update(options: unknown): void {
    readingOptions(`${this.walletType} update()`, () => this.read(options));
  }

  private read(options: unknown): void {
    const given = asObject(requestOf(this.walletType, options));
    if (!given) return;
    ({ request: this.request, problem: this.problem } = readPaymentRequest({ ...this.request, ...given }));
    // Before its texts are there, the pending first render shows the new request.
    if (this.container && this.textsSettled) this.renderButton();
  }

  override destroy(): void {
    this.sheet?.close();
    this.sheet = undefined;
    super.destroy();
  }

  protected mounted(): void {
    this.renderButton();
    queueMicrotask(() => this.emit('ready', { elementType: this.walletType }));
  }

  private renderButton(): void {
    const wallet = WALLETS[this.walletType];
    const style = this.request.style ?? {};
    const long = style.buttonType !== undefined && (wallet.types as readonly string[]).includes(style.buttonType) && style.buttonType !== 'plain';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = style.buttonColor ?? 'dark';
    button.textContent = this.texts[long ? wallet.long : wallet.plain];
    this.inLanguage(button);
    button.addEventListener('click', () => {
      this.emit('click', { elementType: this.walletType });
      if (!this.request.waitOnClick) this.show();
    });
    const styles = document.createElement('style');
    styles.textContent = BUTTON_STYLES;
    this.root.replaceChildren(styles, button);
  }

  /** Tells the page about a shipping change and waits for its `updateWith`; a page that does not listen keeps the request. */
  private askPage<K extends 'shippingaddresschange' | 'shippingoptionchange'>(
    event: K,
    payload: (updateWith: (details: PaymentRequestUpdate) => void) => WalletEventMap[K],
  ): Promise<{ request: PaymentRequest; failure?: string }> {
    if (!this.listens(event)) return Promise.resolve({ request: this.request });
    return new Promise((resolve) => {
      let answered = false;
      this.emit(
        event,
        payload((details) => {
          if (answered) return;
          const applied = applyUpdate(this.request, details);
          if (!applied) return;
          answered = true;
          this.request = applied.request;
          resolve(applied);
        }),
      );
    });
  }

  private async accept(choice: SheetChoice): Promise<DrError | undefined> {
    const wallet = WALLETS[this.walletType];
    const billing = choice.billingAddress;
    const owner = { firstName: billing.firstName, lastName: billing.lastName, email: billing.email, phoneNumber: billing.phone, address: billing.address };
    const result = await this.dr.createSource({
      type: wallet.sourceType,
      ...(this.request.sessionId ? { sessionId: this.request.sessionId } : {}),
      owner,
      amount: this.request.total.amount,
      currency: this.request.currency,
      [wallet.sourceType]: {},
    });
    if ('error' in result) {
      this.refused?.(result.error);
      return result.error;
    }
    this.sheet = undefined;
    this.emit('source', {
      error: null,
      source: result.source,
      billingAddress: structuredClone(billing),
      ...(choice.shippingAddress ? { shippingAddress: structuredClone(choice.shippingAddress) } : {}),
      contactInformation: { ...choice.contactInformation },
      ...(choice.shippingOption ? { shippingOption: { ...choice.shippingOption } } : {}),
      elementType: wallet.responseType,
      complete: () => undefined,
    });
    return undefined;
  }
}

/** Digital River's examples pass the payment request itself; `{paymentRequest}` is taken too. */
function requestOf(type: WalletElementType, options: unknown): unknown {
  const given = asObject(options);
  const wrapped = asObject(given?.paymentRequest);
  if (!given || !wrapped) return options;
  warnUnknownKeys(`createElement('${type}')`, given, ['paymentRequest']);
  return wrapped;
}
