import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { frameUrl } from '../../../test/browser/secure-fields.fixtures.js';
import { DigitalRiver } from '../../core/digital-river.js';
import '../install.js';
import type { ComplianceElement } from './compliance-element.js';
import type { ComplianceDetails } from './compliance.js';

const digitalRiver = (options: { locale?: string; frameUrl?: string } = {}) => new DigitalRiver('pk_test_compliance_tests', { frameUrl: frameUrl(), ...options });

/** What console[kind] printed while `run` ran (which sees the lines so far). */
async function printed(kind: 'warn' | 'error', run: (lines: string[]) => unknown): Promise<string[]> {
  const lines: string[] = [];
  const original = console[kind];
  console[kind] = (line: string) => lines.push(line);
  try {
    await run(lines);
  } finally {
    console[kind] = original;
  }
  return lines;
}

/** A compliance element mounted in a fresh container, once it reported ready (unless told it will not). */
async function shown(options: unknown, { dr = digitalRiver(), ready: waitForReady = true } = {}) {
  const id = `compliance-${Math.random().toString(36).slice(2)}`;
  const container = await fixture<HTMLDivElement>(html`<div id=${id}></div>`);
  const element = dr.createElement('compliance', options as never) as unknown as ComplianceElement;
  const ready: unknown[] = [];
  element.on('ready', (event) => ready.push(event));
  element.mount(id);
  if (waitForReady) await waitUntil(() => ready.length > 0, 'ready', { timeout: 8000 });
  const root = container.querySelector('div')!.shadowRoot!;
  return { container, element, ready, root, links: () => [...root.querySelectorAll('li a')].map((a) => a.textContent) };
}

describe('Compliance.getDetails', () => {
  it('gives the documented disclosure object for an entity, a shopping country and a language, on the instance and the class', () => {
    const details = digitalRiver().Compliance.getDetails({ language: 'en', country: 'DE', businessEntityCode: 'DR_IRELAND-ENTITY' })!;
    expect(details.businessEntity).to.deep.equal({ name: 'Digital River Ireland Ltd.', id: 'DR_IRELAND-ENTITY' });
    expect(details.termsOfSale.localizedText).to.equal('Terms of Sale');
    expect(details.termsOfSale.url).to.match(/^https:\/\/.+\/en_DE\/termsOfSale\/DR_IRELAND-ENTITY$/);
    expect(details.cancellationRights!.localizedText).to.equal('Cancellation Right');
    expect(details.californiaPrivacyRights).to.equal(undefined);
    expect(details.saveCardMandate.localizedText).to.equal('Yes, please save this account and payment information for future purchases.');
    expect(details.resellerDisclosure.localizedText).to.match(/^<a href="[^"]+" target="_blank" class="dr_resellerDisclosure">Digital River Ireland Ltd.<\/a> is the authorised retailer/);
    expect(details.confirmDisclosure.localizedText).to.contain('class="dr_termsOfSale">Terms of Sale</a>');
    expect(Object.keys(details)).to.include.members(['privacyPolicy', 'cookiePolicy', 'legalNotice', 'autorenewalPlanTerms']);

    const us = DigitalRiver.Compliance.getDetails({ language: 'en', country: 'US', businessEntityCode: 'DR_INC-ENTITY' })!;
    expect(us.businessEntity.name).to.equal('Digital River Inc.');
    expect(us.californiaPrivacyRights!.localizedText).to.equal('Your California Privacy Rights');
    expect(us.cancellationRights).to.equal(undefined);
  });

  it('takes the older (businessEntityCode, locale) form, and answers in the language of an instance with that locale', async () => {
    const dr = digitalRiver({ locale: 'de-DE' });
    // The instance started loading its language when it was created; a page gets the seller from its checkout meanwhile.
    await dr.texts();
    const details = dr.Compliance.getDetails('DR_IRELAND-ENTITY', 'de-DE')!;
    expect(details.language).to.equal('de');
    expect(details.termsOfSale).to.include({ localizedText: 'Verkaufsbedingungen' });
    expect(details.cancellationRights!.localizedText).to.equal('Widerrufsrecht');
  });

  it('answers in English, marked so, with one warning saying how, while the language asked for is not loaded; then in it', async () => {
    const dr = digitalRiver();
    let first: ComplianceDetails | undefined;
    const warnings = await printed('warn', () => {
      first = dr.Compliance.getDetails({ language: 'ko', country: 'KR', businessEntityCode: 'DR_IRELAND-ENTITY' });
      dr.Compliance.getDetails({ language: 'ko', country: 'KR', businessEntityCode: 'DR_IRELAND-ENTITY' });
    });
    expect([first!.language, first!.termsOfSale.localizedText]).to.deep.equal(['en', 'Terms of Sale']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^\[DigitalRiver\] language_not_loaded: .*"ko".*\{locale: 'ko'\}/);
    // The call started loading it: a later one answers in Korean.
    const korean = () => dr.Compliance.getDetails({ language: 'ko', country: 'KR', businessEntityCode: 'DR_IRELAND-ENTITY' })!;
    await waitUntil(() => korean().language === 'ko', 'Korean disclosures', { timeout: 8000 });
    expect(korean().termsOfSale.localizedText).to.equal('판매 약관');
    expect(korean().confirmDisclosure.localizedText).to.contain('class="dr_termsOfSale">판매 약관</a>');
  });

  it('reports missing or unsupported parameters in the console, all at once, and gives nothing', async () => {
    let details: unknown = 'unset';
    const errors = await printed('error', () => {
      details = digitalRiver().Compliance.getDetails({ language: 'en', businessEntityCode: 'ACME-ENTITY' } as never);
    });
    expect(details).to.equal(undefined);
    expect(errors).to.deep.equal(['[DigitalRiver] invalid_compliance_parameter: Compliance.getDetails(): businessEntityCode is missing or unsupported, country is missing or unsupported.']);
  });
});

describe('compliance element', () => {
  it('shows the seller and links to the disclosures for the shopping country, in the language asked for', async () => {
    const { ready, root, links, container } = await shown({ classes: { base: 'DRElement' }, compliance: { entity: 'DR_IRELAND-ENTITY', language: 'de', country: 'DE' } });
    expect(ready).to.deep.equal([{ elementType: 'compliance' }]);
    const section = root.querySelector('section')!;
    expect([section.getAttribute('aria-label'), section.lang]).to.deep.equal(['Legal information', 'en']);
    expect(root.querySelector('p')!.lang).to.equal('de');
    expect(root.querySelector('p')!.textContent).to.equal('Digital River Ireland Ltd. ist der autorisierte Händler, der die E-Commerce-Dienste für diesen Shop erbringt.');
    expect(links()).to.deep.equal(['Verkaufsbedingungen', 'Datenschutzrichtlinie', 'Cookies', 'Impressum', 'Widerrufsrecht']);
    for (const link of root.querySelectorAll('a')) expect(link.rel).to.equal('noopener');
    expect(container.classList.contains('DRElement')).to.equal(true);
    await expect(container).to.be.accessible();
  });

  it('update() merges a new entity into the configuration; Japan gets its commerce-law link, at the page\'s URL when given', async () => {
    const { element, root, links } = await shown({ compliance: { entity: 'C5_INC-ENTITY', language: 'en', country: 'US' } });
    expect(root.querySelector('p a')!.textContent).to.equal('DR globalTech Inc.');
    expect(links()).to.include('Your California Privacy Rights');
    element.update({ compliance: { entity: 'DR_JAPAN-ENTITY', country: 'JP', jpCommerceLawPageUrl: 'https://shop.example.test/jp-law' } });
    expect(root.querySelector('p a')!.textContent).to.equal('DR Japan');
    expect(links().at(-1)).to.equal('Act on Specified Commercial Transactions');
    expect(root.querySelector<HTMLAnchorElement>('li:last-child a')!.href).to.equal('https://shop.example.test/jp-law');
  });

  it('waits for the language asked for and shows the disclosures in it, right to left in Arabic', async () => {
    const { root, links } = await shown({ compliance: { entity: 'DR_IRELAND-ENTITY', language: 'ar', country: 'FR' } });
    expect([root.querySelector('ul')!.lang, root.querySelector('ul')!.dir, root.querySelector('p')!.dir]).to.deep.equal(['ar', 'rtl', 'rtl']);
    expect(links()).to.deep.equal(['شروط البيع', 'سياسة الخصوصية', 'ملفات تعريف الارتباط', 'إشعار قانوني', 'حق الإلغاء']);
  });

  it('shows the disclosures in English, marked so, when their language cannot be loaded', async () => {
    const missing = new URL('/no-deployment-here/frame.html', frameUrl()).href;
    const { root, links } = await shown({ compliance: { entity: 'DR_IRELAND-ENTITY', language: 'pl', country: 'PL' } }, { dr: digitalRiver({ frameUrl: missing }) });
    expect(root.querySelector('ul')!.lang).to.equal('en');
    expect(links()[0]).to.equal('Terms of Sale');
  });

  it('takes businessEntityCode and locale as the entity and the language with the country', async () => {
    const { links } = await shown({ compliance: { businessEntityCode: 'DR_UK-ENTITY', locale: 'en-GB' } });
    expect(links()).to.include('Cancellation Right');
  });

  it('warns about unknown keys and shows nothing for an unknown entity, with the error in the console', async () => {
    let root: ShadowRoot | undefined;
    const warnings = await printed('warn', async () => {
      const errors = await printed('error', async (lines) => {
        ({ root } = await shown({ compliance: { entity: 'ACME-ENTITY', language: 'en', country: 'US', colour: 'red' } }, { ready: false }));
        await waitUntil(() => lines.length > 0, 'the error');
      });
      expect(errors).to.deep.equal(["[DigitalRiver] invalid_compliance_parameter: createElement('compliance'): businessEntityCode is missing or unsupported."]);
    });
    expect(warnings.filter((line) => line.includes('"colour"'))).to.have.length(1);
    expect(root!.children).to.have.length(0);
  });

  it("names its region in the instance's language, the disclosures staying in the one configured", async () => {
    const { root } = await shown({ compliance: { entity: 'DR_IRELAND-ENTITY', language: 'de', country: 'DE' } }, { dr: digitalRiver({ locale: 'fr-FR' }) });
    const section = root.querySelector('section')!;
    expect([section.getAttribute('aria-label'), section.lang]).to.deep.equal(['Informations légales', 'fr']);
    expect([root.querySelector('p')!.lang, root.querySelector('ul')!.lang]).to.deep.equal(['de', 'de']);
    expect(root.querySelector('li a')!.textContent).to.equal('Verkaufsbedingungen');
  });

  it('names it in English, marked as English, when the language cannot be loaded', async () => {
    const missing = new URL('/no-deployment-here/frame.html', frameUrl()).href;
    const { root } = await shown({ compliance: { entity: 'DR_IRELAND-ENTITY', language: 'de', country: 'DE' } }, { dr: digitalRiver({ locale: 'ja', frameUrl: missing }) });
    const section = root.querySelector('section')!;
    expect([section.getAttribute('aria-label'), section.lang]).to.deep.equal(['Legal information', 'en']);
  });
});
