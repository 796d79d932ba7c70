/**
 * The `compliance` element: the selling entity behind the sale and links to the disclosures that apply to the shopping
 * country (`createElement('compliance', {compliance: {entity, language, country}})`), from the same data as
 * `Compliance.getDetails()`. Built as text and links, never from the disclosures' HTML. It shows nothing until the
 * disclosures' language is loaded (English, marked so, if it cannot be), then says `ready`.
 */
import type { DigitalRiver } from '../../core/digital-river.js';
import { reportIntegrationError } from '../../core/errors.js';
import { asObject, warnUnknownKeys } from '../../core/options.js';
import { isRightToLeft } from '../../secure-fields/shared/locale.js';
import { framesAt } from '../frames.js';
import { PaymentElement } from '../payment-element.js';
import { readingOptions } from '../read-options.js';
import { LINKED_DISCLOSURES } from './compliance.data.js';
import { applies, documentUrl, resolveCompliance, type CheckedCompliance, type ResolvedCompliance } from './compliance.js';
import { loadDisclosures, loadedDisclosures } from './disclosure-texts.js';

export interface ComplianceElementOptions {
  compliance: {
    /** The selling entity (`sellingEntity.id` of the checkout), e.g. `DR_IRELAND-ENTITY`; `businessEntityCode` too. */
    entity?: string;
    businessEntityCode?: string;
    /** The shopping country (ISO 3166-1 alpha-2) and the language; `locale` (`de-DE`) gives both. */
    country?: string;
    language?: string;
    locale?: string;
    /** With country `JP`: your page on the Act on Specified Commercial Transactions instead of the default. */
    jpCommerceLawPageUrl?: string;
  };
  classes?: { base?: string };
}

export interface ComplianceEventMap {
  ready: { elementType: 'compliance' };
}

const STYLES = `
  :host { display: block; font: inherit; font-size: 0.9em; }
  p { margin: 0 0 4px; }
  ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0; padding: 0; }
  a { color: inherit; }
`;

export class ComplianceElement extends PaymentElement<ComplianceEventMap> {
  private config: Record<string, unknown> = {};
  private baseClass?: string;
  /** The instance's frames, beside which the disclosures' languages are. */
  private readonly frames: URL | undefined;
  /** Counts configurations, so that a language arriving late does not show an older one. */
  private shown = 0;

  /** @internal Made by `createElement('compliance', options)`. */
  constructor(dr: DigitalRiver, options: unknown) {
    super(dr, 'compliance', ['ready']);
    this.frames = framesAt(dr.frameUrl);
    this.update(options);
  }

  /** Merges a new configuration (`{compliance: {entity: 'DR_JAPAN-ENTITY'}}`) and shows it. */
  update(options: unknown): void {
    readingOptions("createElement('compliance')", () => this.read(options));
  }

  private read(options: unknown): void {
    const given = asObject(options);
    if (!given) return;
    warnUnknownKeys("createElement('compliance')", given, ['compliance', 'classes']);
    const compliance = asObject(given.compliance);
    if (compliance) {
      warnUnknownKeys("createElement('compliance') compliance", compliance, ['entity', 'businessEntityCode', 'country', 'language', 'locale', 'jpCommerceLawPageUrl']);
      this.config = { ...this.config, ...compliance };
    }
    const base = asObject(given.classes)?.base;
    if (typeof base === 'string') this.baseClass = base;
    this.refresh();
  }

  protected mounted(): void {
    if (this.baseClass) this.container?.classList.add(this.baseClass);
    const { entity, businessEntityCode, locale, jpCommerceLawPageUrl } = this.config;
    const [localeLanguage, localeCountry] = typeof locale === 'string' ? locale.split(/[-_]/) : [];
    const resolved = resolveCompliance("createElement('compliance')", entity ?? businessEntityCode, this.config.country ?? localeCountry, this.config.language ?? localeLanguage);
    if ('errors' in resolved) {
      reportIntegrationError(resolved);
      this.shown++;
      this.root.replaceChildren();
      return;
    }
    const jpPage = typeof jpCommerceLawPageUrl === 'string' && /^https?:\/\//.test(jpCommerceLawPageUrl) ? jpCommerceLawPageUrl : undefined;
    const show = (checked: CheckedCompliance, ...[language, texts]: Awaited<ReturnType<typeof loadDisclosures>>) => {
      this.render({ ...checked, language, texts }, jpPage);
      queueMicrotask(() => this.emit('ready', { elementType: 'compliance' }));
    };
    const shown = ++this.shown;
    const texts = loadedDisclosures(resolved.language);
    if (texts) return show(resolved, resolved.language, texts);
    this.root.replaceChildren();
    void loadDisclosures(resolved.language, this.frames).then(([language, loaded]) => {
      if (shown === this.shown && this.container && !this.destroyed) show(resolved, language, loaded);
    });
  }

  private render(resolved: ResolvedCompliance, jpCommerceLawPageUrl: string | undefined): void {
    const link = (text: string, href: string) => {
      const a = document.createElement('a');
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener';
      a.textContent = text;
      return a;
    };
    // The region's name is in the page's language; the disclosures are in the one the configuration asks for.
    const section = document.createElement('section');
    this.inLanguage(section);
    section.setAttribute('aria-label', this.texts.disclosures);
    const [before, after] = resolved.texts.reseller.split('{entity}');
    const reseller = document.createElement('p');
    reseller.append(before ?? '', link(resolved.name, documentUrl(resolved, 'about')), after ?? '');
    const list = document.createElement('ul');
    for (const document_ of LINKED_DISCLOSURES) {
      if (!applies(document_, resolved.country)) continue;
      const item = document.createElement('li');
      item.append(link(resolved.texts.links[document_], documentUrl(resolved, document_)));
      list.append(item);
    }
    if (resolved.country === 'JP') {
      const item = document.createElement('li');
      item.append(link(resolved.texts.jpCommerceLaw, jpCommerceLawPageUrl ?? `${documentUrl(resolved, 'legalNotice')}#jp-commerce-law`));
      list.append(item);
    }
    for (const part of [reseller, list]) [part.lang, part.dir] = [resolved.language, isRightToLeft(resolved.language) ? 'rtl' : 'ltr'];
    section.append(reseller, list);
    const styles = document.createElement('style');
    styles.textContent = STYLES;
    this.root.replaceChildren(styles, section);
  }
}
