/**
 * The `delayedpaymentinstructions` element: what a shopper paying by wire transfer must do, from the source's receiver
 * block (`createElement('delayedpaymentinstructions', {sourceId, sourceClientSecret})`). The source is fetched through
 * the controller frame, like `retrieveSource`; the bank details are a description list, each value selectable text.
 */
import type { Source } from '../../api/source.js';
import type { DigitalRiver } from '../../core/digital-river.js';
import { integrationError, reportIntegrationError } from '../../core/errors.js';
import { asObject, warnUnknownKeys } from '../../core/options.js';
import { fill } from '../../page-texts/index.js';
import { formatAmount } from '../format-amount.js';
import { PaymentElement } from '../payment-element.js';
import { readingOptions } from '../read-options.js';

export interface DelayedPaymentInstructionsOptions {
  sourceId: string;
  sourceClientSecret: string;
  /** Class names set on the container, as the card elements take them (`base`). */
  classes?: { base?: string };
}

export interface DelayedPaymentInstructionsEventMap {
  ready: { elementType: 'delayedPaymentInstructions' };
}

/** The receiver fields shown, in this order, when the source has them. */
const FIELDS = ['accountHolder', 'bankName', 'iban', 'accountNumber', 'swiftCode', 'city', 'country', 'referenceId', 'additionalBankInformation'] as const;

const STYLES = `
  :host { display: block; font: inherit; }
  h3 { font-size: 1.05em; margin: 0 0 6px; }
  p { margin: 0 0 8px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; user-select: all; overflow-wrap: anywhere; }
  [role='alert'] { color: #b3261e; }
`;

export class DelayedPaymentInstructionsElement extends PaymentElement<DelayedPaymentInstructionsEventMap> {
  private sourceId = '';
  private clientSecret = '';
  private baseClass?: string;

  /** @internal Made by `createElement('delayedpaymentinstructions', options)`. */
  constructor(
    private readonly dr: DigitalRiver,
    options: unknown,
  ) {
    super(dr, 'delayedPaymentInstructions', ['ready']);
    this.update(options);
  }

  /** New source or classes; a mounted element shows the new source's instructions. */
  update(options: unknown): void {
    readingOptions("createElement('delayedpaymentinstructions')", () => this.read(options));
  }

  private read(options: unknown): void {
    const given = asObject(options);
    if (!given) return;
    warnUnknownKeys("createElement('delayedpaymentinstructions')", given, ['sourceId', 'sourceClientSecret', 'classes']);
    if (typeof given.sourceId === 'string') this.sourceId = given.sourceId;
    if (typeof given.sourceClientSecret === 'string') this.clientSecret = given.sourceClientSecret;
    const base = asObject(given.classes)?.base;
    if (typeof base === 'string') this.baseClass = base;
    this.refresh();
  }

  protected mounted(): void {
    if (this.baseClass) this.container?.classList.add(this.baseClass);
    if (!this.sourceId || !this.clientSecret) {
      reportIntegrationError(integrationError('invalid_parameter', "createElement('delayedpaymentinstructions') needs {sourceId, sourceClientSecret}.", this.sourceId ? 'sourceClientSecret' : 'sourceId'));
      return;
    }
    const shown = this.sourceId;
    void this.dr.retrieveSource(this.sourceId, this.clientSecret).then((result) => {
      // A newer update() asked for another source meanwhile.
      if (shown !== this.sourceId || this.destroyed) return;
      this.render('source' in result ? result.source : undefined);
      if ('error' in result && result.error.type !== 'integration_error') console.error(`[DigitalRiver] ${result.error.errors[0]?.code}: ${result.error.message}`);
      this.emit('ready', { elementType: 'delayedPaymentInstructions' });
    });
  }

  private render(source: Source | undefined): void {
    const styles = document.createElement('style');
    styles.textContent = STYLES;
    const receiver = asObject(source?.wireTransfer) ?? asObject(source?.[source.type]);
    const section = document.createElement('section');
    this.inLanguage(section);
    const heading = document.createElement('h3');
    heading.id = 'heading';
    heading.textContent = this.texts.instructionsHeading;
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    const rows = FIELDS.filter((field) => typeof receiver?.[field] === 'string' && receiver[field] !== '');
    if (!source || rows.length === 0) {
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = this.texts.instructionsUnavailable;
      section.append(alert);
      this.root.replaceChildren(styles, section);
      return;
    }
    const amount = Number(source.amount);
    const intro = document.createElement('p');
    intro.textContent =
      source.amount !== undefined && Number.isFinite(amount) && source.currency
        ? fill(this.texts.instructionsIntro, { amount: formatAmount(amount, source.currency, this.language) })
        : this.texts.instructionsIntroNoAmount;
    const list = document.createElement('dl');
    for (const field of rows) {
      const term = document.createElement('dt');
      term.textContent = this.texts[field];
      const value = document.createElement('dd');
      // Its own direction: an IBAN stays left to right in Arabic, a holder's name in Arabic script right to left.
      value.dir = 'auto';
      value.textContent = receiver![field] as string;
      list.append(term, value);
    }
    section.append(intro, list);
    this.root.replaceChildren(styles, section);
  }
}
