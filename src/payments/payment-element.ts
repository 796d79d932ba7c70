import type { DrError } from '../api/errors.js';
import type { DigitalRiver } from '../core/digital-river.js';
import { integrationError, reportIntegrationError } from '../core/errors.js';
import { warnOnce } from '../core/warn.js';
import { shown } from './read-options.js';
import { paymentsEnglish, type PaymentsTexts } from '../page-texts/en.payments.js';
import { isRightToLeft, type Locale } from '../secure-fields/shared/locale.js';

/**
 * What the payment elements beyond cards share: a host placed in the page's container, with its own shadow root so
 * the page's styles neither break nor restyle it, DigitalRiver.js's `mount`, `unmount`, `destroy` and `on`, and the
 * texts in the instance's `locale`: an element shows nothing until they are loaded (no flash of English), and shows
 * English, marked `lang="en"`, when they cannot be.
 */
export abstract class PaymentElement<Events extends object> {
  /** The element placed in the container; its shadow root holds what the shopper sees. */
  protected readonly host = document.createElement('div');
  protected readonly root = this.host.attachShadow({ mode: 'open' });
  protected container?: HTMLElement;
  protected destroyed = false;
  /** The texts in the instance's language once loaded; English until then, and for good when they cannot load. */
  protected texts: PaymentsTexts = paymentsEnglish;
  /** The language of `texts`, for the `lang` of what shows them. */
  protected language: Locale = 'en';
  private readonly handlers = new Map<keyof Events, ((data: never) => void)[]>();
  /** Settles once `texts` are final. */
  protected readonly textsLoaded: Promise<void>;
  /** Whether `texts` are final: the instance's language, or English because it could not load. */
  protected textsSettled = false;
  private refreshPending = false;

  protected constructor(
    dr: DigitalRiver,
    /** The element type as DigitalRiver.js names it in event payloads (`googlepay`, `delayedPaymentInstructions`…). */
    readonly elementType: string,
    private readonly eventNames: readonly (keyof Events)[],
  ) {
    this.textsLoaded = dr.texts().then((texts) => {
      // A language script of an older deployment may lack these texts: English then.
      if (texts?.payments && typeof texts.language === 'string') [this.texts, this.language] = [texts.payments, texts.language];
      this.textsSettled = true;
    });
  }

  /** Places the element inside the element with this id (a leading `#` is tolerated). */
  mount(containerId: string): DrError | undefined {
    if (this.destroyed) return reportIntegrationError(integrationError('element_destroyed', 'This element was destroyed; create a new one.'));
    const id = typeof containerId === 'string' ? containerId.replace(/^#/, '') : '';
    const container = id ? document.getElementById(id) : null;
    if (!container) {
      return reportIntegrationError(integrationError('container_not_found', `mount() found no element with id ${shown(containerId)} on the page.`, 'containerId'));
    }
    this.container = container;
    container.append(this.host);
    this.refresh();
    return undefined;
  }

  /** Removes the element from the page; `mount()` places it again. */
  unmount(): void {
    this.host.remove();
  }

  /** Removes the element for good. */
  destroy(): void {
    this.unmount();
    this.destroyed = true;
    this.handlers.clear();
  }

  /** Listens to one of the element's events; the handler gets the event's data. */
  on<K extends keyof Events>(event: K, handler: (data: Events[K]) => void): void {
    if (!this.eventNames.includes(event) || typeof handler !== 'function') {
      warnOnce('unknown_event', `on() of a ${this.elementType} element supports ${this.eventNames.join(', ')} with a function; ${shown(event)} was ignored.`);
      return;
    }
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler as (data: never) => void]);
  }

  /** @internal Whether the page listens to this event. */
  protected listens(event: keyof Events): boolean {
    return (this.handlers.get(event)?.length ?? 0) > 0;
  }

  /** Calls the page's handlers; one that throws is reported in the console and does not stop the others. */
  protected emit<K extends keyof Events>(event: K, data: Events[K]): void {
    for (const handler of this.handlers.get(event) ?? []) {
      try {
        (handler as (data: Events[K]) => void)(data);
      } catch (error) {
        console.error(`[DigitalRiver] The page's "${String(event)}" handler threw:`, error);
      }
    }
  }

  /** Marks what shows the texts as being in their language, with its direction (Arabic right to left). */
  protected inLanguage(element: HTMLElement): void {
    element.lang = this.language;
    element.dir = isRightToLeft(this.language) ? 'rtl' : 'ltr';
  }

  /** Renders a mounted element (`mounted()`) now if its texts are there, else once they are, once for many calls. */
  protected refresh(): void {
    if (!this.container || this.destroyed) return;
    if (this.textsSettled) return this.mounted();
    if (this.refreshPending) return;
    this.refreshPending = true;
    void this.textsLoaded.then(() => {
      this.refreshPending = false;
      this.refresh();
    });
  }

  /** Called after each mount and update, with the texts there: render and say `ready`. */
  protected abstract mounted(): void;
}
