import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CheckoutSession } from '../../checkout/checkout-session.js';
import type { CvcState } from '../../checkout/cvc-expiry.js';
import { fill, type CheckoutTexts } from '../../page-texts/index.js';
import { emit } from '../events.js';

const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** What the countdown reads of a checkout session: its security-code events and state. */
export type CvcWatched = Pick<CheckoutSession, 'on' | 'cvcState'>;

export interface CvcCountdownOptions {
  /** The host's texts, in the shopper's language. */
  texts(): CheckoutTexts;
  /** The code ran out: the host clears its security-code field and puts the shopper there. */
  onExpired(): void;
}

/**
 * The attached card's security-code countdown, as the session's tracker counts it on the injected clock
 * (docs/decisions/0004-cvc-lifetime.md): the warning region, which shows the time left every second but announces it
 * only when the warning starts, every 30 seconds and at expiry; the expired notice; and `dr-cvc-expiring` and
 * `dr-cvc-expired` from the host.
 */
export class CvcCountdownController implements ReactiveController {
  /** The security code's state; undefined while no card is tracked. */
  state?: CvcState;
  /** What the live region announces. */
  private announcement = '';
  private session?: CvcWatched;
  private stopWatching: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CvcCountdownOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Only the listeners go: an update now would render a host that has left the page.
    this.unwatch();
  }

  /** Follows this session's security code (none: stops), from a clean warning. */
  watch(session: CvcWatched | undefined): void {
    this.unwatch();
    this.session = session;
    this.stopWatching = session
      ? [
          session.on('cvcexpiring', (detail) => {
            this.sync();
            emit(this.host, 'dr-cvc-expiring', detail);
          }),
          session.on('cvcexpired', (detail) => {
            this.sync();
            this.options.onExpired();
            emit(this.host, 'dr-cvc-expired', detail);
          }),
        ]
      : [];
    this.state = undefined;
    this.announcement = '';
    this.host.requestUpdate();
  }

  private unwatch(): void {
    for (const stop of this.stopWatching) stop();
    this.stopWatching = [];
  }

  /** Re-reads the session's state: after a payment, which starts a fresh count. */
  sync(): void {
    const cvc = (this.state = this.session?.cvcState);
    if (cvc?.status === 'expiring' && (this.announcement === '' || cvc.secondsLeft % 30 === 0)) {
      this.announcement = fill(this.options.texts().cvcExpiring, { time: clockText(cvc.secondsLeft) });
    } else if (cvc?.status !== 'expiring') {
      this.announcement = '';
    }
    this.host.requestUpdate();
  }

  /** The code is expiring or expired: paying again refreshes it. */
  get stale(): boolean {
    return this.state !== undefined && this.state.status !== 'fresh';
  }

  /** The warning region (`part="cvc-warning"`, polite), empty while the code is fresh. */
  render(): TemplateResult {
    const cvc = this.state;
    const t = this.options.texts();
    const text =
      cvc?.status === 'expiring'
        ? html`<span aria-hidden="true">${fill(t.cvcExpiring, { time: clockText(cvc.secondsLeft) })}</span><span class="sr-only">${this.announcement}</span>`
        : cvc?.status === 'expired'
          ? t.cvcExpired
          : nothing;
    return html`<div part="cvc-warning" role="status" aria-live="polite">${text}</div>`;
  }
}
