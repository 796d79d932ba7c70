import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DrError } from '../../api/errors.js';
import { CheckoutSession, type CheckoutOptions } from '../../checkout/checkout-session.js';
import type { DigitalRiver } from '../../core/digital-river.js';
import { emit } from '../events.js';
import type { SavedCardsService } from '../saved-cards/dr-saved-cards.component.js';

const NOT_READY: DrError = {
  type: 'integration_error',
  message: 'This checkout is not ready: it needs public-key, checkout-id and session-id.',
  errors: [{ code: 'checkout_not_ready', message: 'This checkout is not ready.' }],
};
/**
 * The payment step of an element: starts the checkout session (`dr.checkout()`, which attaches through the
 * storefront's server or, on a test key, the sandbox's), sends its events from the host as DOM events
 * (`dr-source-attached`, `dr-source-detached`, `dr-cvc-refreshed`, `dr-payment-error`), runs one step at a time
 * (busy meanwhile) and keeps what the shopper is told about the last one.
 */
export class CheckoutSessionController implements ReactiveController {
  /** A step is running: the host disables its button and says so. */
  busy = false;
  /** What the status region says about the last step, in the shopper's words. */
  status = '';
  /** The last step's error; its `errors[0].code` is for the integrator. */
  error?: DrError;
  /** The running checkout session, once the host has what it needs. */
  session?: CheckoutSession;
  /**
   * The session as `<dr-saved-cards>` uses it, a new one with each session: a saved card's change and a payment
   * wait for each other.
   */
  savedCards?: SavedCardsService;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts the session, in place of the previous one (destroyed, with its listeners). */
  start(dr: DigitalRiver, options: CheckoutOptions): CheckoutSession {
    this.stop();
    const session = (this.session = new CheckoutSession(dr, options));
    session.on('sourceattached', (detail) => emit(this.host, 'dr-source-attached', detail));
    session.on('sourcedetached', (detail) => emit(this.host, 'dr-source-detached', detail));
    session.on('cvcrefreshed', (detail) => emit(this.host, 'dr-cvc-refreshed', detail));
    session.on('error', (detail) => emit(this.host, 'dr-payment-error', detail));
    this.savedCards = {
      listSavedSources: () => session.listSavedSources(),
      setDefaultSource: (sourceId) => this.whileBusy(() => session.setDefaultSource(sourceId)),
      removeSavedSource: (sourceId) => this.whileBusy(() => session.removeSavedSource(sourceId)),
      updateSavedSourceExpiry: (source, field) => this.whileBusy(() => session.updateSavedSourceExpiry(source, field)),
    };
    return session;
  }

  stop(): void {
    this.session?.destroy();
    this.session = this.savedCards = undefined;
  }

  /**
   * Runs one step with the session: the status is cleared, the host busy meanwhile, and an error shown. Undefined when
   * another step is running; the step's error when the session is not started.
   */
  async run<T extends object>(step: (session: CheckoutSession) => Promise<T | { error: DrError }>): Promise<T | { error: DrError } | undefined> {
    if (this.busy) return undefined;
    const session = this.session;
    if (!session) return this.fail(NOT_READY);
    this.say('');
    const result = await this.whileBusy(() => step(session));
    if ('error' in result) this.fail(result.error);
    return result;
  }

  /** Tells the shopper something in the status region. */
  say(text: string): void {
    this.status = text;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Shows an error in the status region: its message, and its code in `data-error-code`. */
  fail(error: DrError): { error: DrError } {
    this.status = error.message;
    this.error = error;
    this.host.requestUpdate();
    return { error };
  }

  private async whileBusy<T>(step: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      return await step();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}

