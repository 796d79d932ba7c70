import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { frameUrl, sandboxForTests } from '../../../test/browser/secure-fields.fixtures.js';
import type { Source } from '../../api/source.js';
import { DigitalRiver } from '../../core/digital-river.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import '../install.js';
import type { DelayedPaymentInstructionsElement } from './delayed-payment-instructions.js';

let sandbox: RemoteSandbox;
before(async () => {
  sandbox = await sandboxForTests();
});

const digitalRiver = (locale?: string) => new DigitalRiver('pk_test_instructions_tests', { apiBaseUrl: sandbox.url, frameUrl: frameUrl(), ...(locale ? { locale } : {}) });
const owner = { firstName: 'John', lastName: 'Doe', email: 'john.doe@example.test', address: { line1: '123 Main Street', city: 'Minnetonka', state: 'MN', postalCode: '55343', country: 'US' } };

async function wireTransfer(dr: DigitalRiver): Promise<Source> {
  const result = await dr.createSource({ type: 'wireTransfer', sessionId: 'session-wire', owner, amount: 100, currency: 'USD', wireTransfer: {} });
  if (!('source' in result)) throw new Error(result.error.message);
  return result.source;
}

async function shown(options: unknown, dr = digitalRiver()) {
  const id = `instructions-${Math.random().toString(36).slice(2)}`;
  const container = await fixture<HTMLDivElement>(html`<div id=${id}></div>`);
  const element = dr.createElement('delayedpaymentinstructions', options as never) as unknown as DelayedPaymentInstructionsElement;
  const ready: unknown[] = [];
  element.on('ready', (event) => ready.push(event));
  element.mount(id);
  await waitUntil(() => ready.length > 0, 'ready', { timeout: 8000 });
  return { container, ready, root: container.querySelector('div')!.shadowRoot! };
}

/** The description list as [term, value] pairs. */
const pairs = (root: ShadowRoot) => [...root.querySelectorAll('dt')].map((term) => [term.textContent, term.nextElementSibling!.textContent]);

describe('delayedpaymentinstructions element', () => {
  it("shows a wire transfer's receiver from the source as a description list under a heading, and reports ready", async () => {
    const dr = digitalRiver();
    const source = await wireTransfer(dr);
    const { container, ready, root } = await shown({ sourceId: source.id, sourceClientSecret: source.clientSecret, classes: { base: 'Instructions' } }, dr);
    expect(ready).to.deep.equal([{ elementType: 'delayedPaymentInstructions' }]);
    const section = root.querySelector('section')!;
    expect(root.getElementById(section.getAttribute('aria-labelledby')!)!.textContent).to.equal('Payment instructions');
    expect(root.querySelector('p')!.textContent).to.contain('Transfer $100.00 to this account');
    const receiver = source.wireTransfer!;
    expect(pairs(root)).to.deep.equal([
      ['Account holder', receiver.accountHolder],
      ['Bank', receiver.bankName],
      ['IBAN', receiver.iban],
      ['SWIFT/BIC', receiver.swiftCode],
      ['Reference', receiver.referenceId],
    ]);
    expect(container.classList.contains('Instructions')).to.equal(true);
    expect(section.lang).to.equal('en');
    await expect(container).to.be.accessible();
  });

  it("in the instance's language: a French page gets French instructions, the amount as French writes it, before anything shows", async () => {
    const dr = digitalRiver('fr-FR');
    const source = await wireTransfer(dr);
    const { root } = await shown({ sourceId: source.id, sourceClientSecret: source.clientSecret }, dr);
    const section = root.querySelector('section')!;
    expect([section.lang, section.dir]).to.deep.equal(['fr', 'ltr']);
    expect(root.querySelector('h3')!.textContent).to.equal('Instructions de paiement');
    // Intl writes a narrow no-break space before "$US".
    expect(root.querySelector('p')!.textContent).to.match(/^Virez 100,00\s\$US sur ce compte depuis votre banque/);
    expect(pairs(root).map(([term]) => term)).to.deep.equal(['Titulaire du compte', 'Banque', 'IBAN', 'SWIFT/BIC', 'Référence']);
    await expect(root.host.parentElement!).to.be.accessible();
  });

  it('in Arabic, right to left, each bank detail in its own direction', async () => {
    const dr = digitalRiver('ar');
    const source = await wireTransfer(dr);
    const { root } = await shown({ sourceId: source.id, sourceClientSecret: source.clientSecret }, dr);
    const section = root.querySelector('section')!;
    expect([section.lang, section.dir]).to.deep.equal(['ar', 'rtl']);
    expect(root.querySelector('h3')!.textContent).to.equal('تعليمات الدفع');
    expect(getComputedStyle(root.querySelector('dt')!).direction).to.equal('rtl');
    const iban = [...root.querySelectorAll('dd')].find((value) => value.textContent === source.wireTransfer!.iban)!;
    expect(getComputedStyle(iban).direction).to.equal('ltr');
    await expect(root.host.parentElement!).to.be.accessible();
  });

  it('says the instructions could not be loaded when the source is not found (a wrong client secret), as an alert', async () => {
    const dr = digitalRiver();
    const source = await wireTransfer(dr);
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      const { root } = await shown({ sourceId: source.id, sourceClientSecret: 'not-the-secret' }, dr);
      expect(root.querySelector('[role=alert]')!.textContent).to.equal('The payment instructions could not be loaded.');
      expect(root.querySelector('dl')).to.equal(null);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.contain('not_found');
  });

  it('warns about unknown options and reports missing ones as an integration error', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const [warn, error] = [console.warn, console.error];
    console.warn = (line: string) => warnings.push(line);
    console.error = (line: string) => errors.push(line);
    try {
      const container = await fixture<HTMLDivElement>(html`<div id="instructions-missing"></div>`);
      digitalRiver().createElement('delayedpaymentinstructions', { sourceId: 'src_1', colour: 'red' } as never)!.mount('instructions-missing');
      await waitUntil(() => errors.length > 0, 'the error');
      expect(container.querySelector('div')!.shadowRoot!.children).to.have.length(0);
    } finally {
      [console.warn, console.error] = [warn, error];
    }
    expect(warnings.filter((line) => line.includes('"colour"'))).to.have.length(1);
    expect(errors).to.deep.equal(["[DigitalRiver] invalid_parameter: createElement('delayedpaymentinstructions') needs {sourceId, sourceClientSecret}."]);
  });
});
