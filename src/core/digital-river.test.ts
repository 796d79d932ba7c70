import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startSandbox, type Sandbox } from '../sandbox/index.js';
import { DigitalRiver } from './digital-river.js';
import type { DigitalRiverElement } from './element.js';

const KEY = 'pk_test_core_tests';
let sandbox: Sandbox;

before(async () => {
  sandbox = await startSandbox({ quiet: true });
});
afterEach(() => sandbox.reset());

interface Checkout {
  dr: DigitalRiver;
  number: DigitalRiverElement;
  expiration: DigitalRiverElement;
  cvv: DigitalRiverElement;
  form: HTMLElement;
}

async function mountCheckout(options: ConstructorParameters<typeof DigitalRiver>[1] = {}): Promise<Checkout> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label for="n">Card number</label><div id="n"></div>
    <label for="e">Expiry</label><div id="e"></div>
    <label for="c">Security code</label><div id="c"></div>
  </form>`);
  const dr = new DigitalRiver(KEY, options);
  const number = dr.createElement('CardNumber')!;
  const expiration = dr.createElement('cardexpiration')!;
  const cvv = dr.createElement('cardCVV')!;
  number.mount('n');
  expiration.mount('e');
  cvv.mount('c');
  await Promise.all([number, expiration, cvv].map((el) => el.fieldElement.updateComplete));
  return { dr, number, expiration, cvv, form };
}

async function typeInto(element: DigitalRiverElement, text: string): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
}

async function typeCard(checkout: Checkout, number: string, expiry = '1234', cvv = '123'): Promise<void> {
  await typeInto(checkout.number, number);
  await typeInto(checkout.expiration, expiry);
  await typeInto(checkout.cvv, cvv);
}

const inputValue = (element: DigitalRiverElement) => element.fieldElement.shadowRoot!.querySelector('input')!.value;

describe('DigitalRiver.createSource with card elements', () => {
  it('creates a single-use chargeable source from a typed sandbox card', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '4444222233331111');
    const result = await checkout.dr.createSource(checkout.number, {
      type: 'creditCard',
      owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' },
    });
    if (!('source' in result)) throw new Error(`expected a source, got ${JSON.stringify(result.error)}`);
    expect(result.source).to.deep.include({ type: 'creditCard', reusable: false, state: 'chargeable', flow: 'standard' });
    expect(result.source.creditCard).to.deep.equal({ brand: 'Visa', expirationMonth: 12, expirationYear: 2034, lastFourDigits: '1111' });
    expect(JSON.stringify(result)).not.to.contain('4444222233331111');
  });

  it('gathers the card from the sibling elements whichever element is passed', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '5466160000000008', '0530', '999');
    const result = await checkout.dr.createSource(checkout.cvv, { type: 'creditCard' });
    expect('source' in result && result.source.creditCard?.brand).to.equal('MasterCard');
  });

  it('gives the failing test card a source in state failed', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '4000000000003295');
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('source' in result && result.source.state).to.equal('failed');
  });

  it('answers incomplete fields with validation errors and sends no request', async () => {
    const checkout = await mountCheckout();
    await typeInto(checkout.number, '4444 2222');
    const before = sandbox.store.sources.size;
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('validation_error');
    if (!('error' in result)) return;
    expect(result.error.errors.map((e) => e.code)).to.deep.equal(['incomplete_card_number', 'incomplete_expiration_date', 'incomplete_security_code']);
    expect(result.error.message).to.equal(result.error.errors[0]!.message);
    expect(sandbox.store.sources.size).to.equal(before);
    await checkout.number.fieldElement.updateComplete;
    expect(checkout.number.fieldElement.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('reports every DR.js validation code reachable by typing', async () => {
    const checkout = await mountCheckout({ clock: { now: () => new Date(2026, 10, 23) } });
    const codes = new Set<string>();
    for (const element of [checkout.number, checkout.expiration, checkout.cvv]) element.on('change', (e) => e.error && codes.add(e.error.code));
    await typeInto(checkout.number, '5466160000000009'); // wrong check digit
    checkout.number.clear();
    await typeInto(checkout.number, '4444'); // left incomplete when focus moves on
    await typeInto(checkout.expiration, '13'); // month 13
    checkout.expiration.clear();
    await typeInto(checkout.expiration, '0126'); // January of this year
    checkout.expiration.clear();
    await typeInto(checkout.expiration, '0119'); // a past year
    checkout.expiration.clear();
    await typeInto(checkout.expiration, '122099'); // absurdly far ahead
    checkout.expiration.clear();
    await typeInto(checkout.expiration, '1'); // left incomplete
    await typeInto(checkout.cvv, '1'); // left incomplete
    checkout.number.clear();
    await typeInto(checkout.number, '343456789012341');
    checkout.cvv.clear();
    await typeInto(checkout.cvv, '1234');
    checkout.number.clear();
    await typeInto(checkout.number, '4444222233331111'); // a Visa code has 3 digits, not 4
    expect([...codes].sort()).to.deep.equal(
      [
        'incomplete_card_number',
        'incomplete_expiration_date',
        'incomplete_security_code',
        'invalid_card_number',
        'invalid_expiration_date',
        'invalid_expiration_month',
        'invalid_expiration_year',
        'invalid_security_code',
      ].sort(),
    );
  });

  it('creates one source when Pay is clicked twice', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '4444222233331111');
    const [first, second] = await Promise.all([
      checkout.dr.createSource(checkout.number, { type: 'creditCard' }),
      checkout.dr.createSource(checkout.number, { type: 'creditCard' }),
    ]);
    expect('source' in first && 'source' in second && first.source.id === second.source.id).to.equal(true);
    const third = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('source' in third && 'source' in first && third.source.id !== first.source.id).to.equal(true);
  });

  it('keeps what the shopper typed when the API cannot be reached', async () => {
    const checkout = await mountCheckout({ apiBaseUrl: 'http://127.0.0.1:9' });
    await typeCard(checkout, '4444222233331111');
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('network_error');
    expect(JSON.stringify(result)).not.to.contain('4444222233331111');
    expect(inputValue(checkout.number)).to.equal('4444 2222 3333 1111');
    expect(inputValue(checkout.expiration)).to.equal('12 / 34');
    expect(inputValue(checkout.cvv)).to.equal('123');
  });
});

describe('DigitalRiver elements', () => {
  it('keeps the typed value across unmount and mount, and clear() empties it', async () => {
    const checkout = await mountCheckout();
    await typeInto(checkout.number, '4444222233331111');
    checkout.number.unmount();
    expect(checkout.form.querySelector('dr-card-number')).to.equal(null);
    checkout.number.mount('n');
    expect(inputValue(checkout.number)).to.equal('4444 2222 3333 1111');
    checkout.number.clear();
    expect(inputValue(checkout.number)).to.equal('');
  });

  it('names the field after the label of its container and applies classes to the container', async () => {
    const checkout = await mountCheckout();
    const container = checkout.form.querySelector('#n')!;
    expect(checkout.number.fieldElement.shadowRoot!.querySelector('input')!.getAttribute('aria-label')).to.equal('Card number');
    expect(container.classList.contains('DRElement')).to.equal(true);
    expect(container.classList.contains('DRElement--empty')).to.equal(true);
  });

  it('update() changes the placeholder', async () => {
    const checkout = await mountCheckout();
    checkout.number.update({ placeholderText: '0000 0000 0000 0000' });
    await checkout.number.fieldElement.updateComplete;
    expect(checkout.number.fieldElement.shadowRoot!.querySelector('input')!.placeholder).to.equal('0000 0000 0000 0000');
  });

  it('sends ready, change and return through on()', async () => {
    await fixture(html`<div id="solo"></div>`);
    const dr = new DigitalRiver(KEY);
    const number = dr.createElement('cardnumber')!;
    const events: string[] = [];
    number.on('ready', () => events.push('ready'));
    number.on('change', (e) => events.push(`change:${e.brand}`));
    number.on('return', () => events.push('return'));
    number.mount('solo');
    await number.fieldElement.updateComplete;
    await typeInto(number, '4');
    await sendKeys({ press: 'Enter' });
    expect(events).to.deep.equal(['ready', 'change:visa', 'return']);
  });
});

describe('DigitalRiver integration errors', () => {
  let errors: string[];
  const originalError = console.error;
  beforeEach(() => {
    errors = [];
    console.error = (message: string) => errors.push(message);
  });
  afterEach(() => (console.error = originalError));

  it('names an unknown element type', () => {
    const dr = new DigitalRiver(KEY);
    expect(dr.createElement('iban')).to.equal(undefined);
    expect(errors[0]).to.contain('unknown_element_type').and.contain('"iban"');
  });

  it('names a missing container', () => {
    const dr = new DigitalRiver(KEY);
    const error = dr.createElement('cardnumber')!.mount('nowhere');
    expect(error?.errors[0]).to.deep.include({ code: 'container_not_found', parameter: 'containerId' });
    expect(error?.message).to.contain('"nowhere"');
  });

  it('rejects a bad key and a secret key without throwing', async () => {
    for (const [key, code] of [
      ['', 'invalid_public_key'],
      ['sk_test_123', 'secret_key_in_browser'],
    ] as const) {
      const dr = new DigitalRiver(key);
      const result = await dr.createSource({ type: 'creditCard' });
      expect('error' in result && result.error.errors[0]!.code).to.equal(code);
    }
  });

  it('refuses an element of another instance', async () => {
    const checkout = await mountCheckout();
    const other = new DigitalRiver(KEY);
    const result = await other.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.errors[0]!.code).to.equal('foreign_element');
  });
});

describe('DigitalRiver.createSource with card data, and retrieveSource', () => {
  it('validates a creditCard block before sending it, then creates and retrieves the source', async () => {
    const dr = new DigitalRiver(KEY);
    const invalid = await dr.createSource({ type: 'creditCard', creditCard: { number: '4444222233331112', expirationMonth: 13, expirationYear: 2034, cvv: '1' } });
    expect('error' in invalid && invalid.error.errors.map((e) => e.code)).to.include('invalid_expiration_month');

    const created = await dr.createSource({ type: 'creditCard', creditCard: { number: '3528987698769879', expirationMonth: 1, expirationYear: 2031, cvv: '123' } });
    if (!('source' in created)) throw new Error(JSON.stringify(created.error));
    const retrieved = await dr.retrieveSource(created.source.id, created.source.clientSecret);
    expect('source' in retrieved && retrieved.source.creditCard?.brand).to.equal('JCB');
    const wrongSecret = await dr.retrieveSource(created.source.id, 'nope');
    expect('error' in wrongSecret).to.equal(true);
  });
});

describe('DigitalRiver.createSource when the API fails', () => {
  const cases = [
    { scenario: { name: 'server_error', endpoint: 'POST /sources' }, type: 'api_error' },
    { scenario: { name: 'malformed_json', endpoint: 'POST /sources' }, type: 'api_error' },
    { scenario: { name: 'malformed_body', endpoint: 'POST /sources' }, type: 'api_error' },
    { scenario: { name: 'network_error', endpoint: 'POST /sources' }, type: 'network_error' },
  ] as const;
  for (const { scenario, type } of cases) {
    it(`answers ${scenario.name} with a typed ${type}, keeps the fields filled, and a retry succeeds`, async () => {
      const checkout = await mountCheckout();
      await typeCard(checkout, '4444222233331111');
      sandbox.setScenario({ ...scenario, times: 1 });
      const failed = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
      expect('error' in failed && failed.error.type).to.equal(type);
      expect(JSON.stringify(failed)).not.to.contain('4444222233331111');
      expect(inputValue(checkout.number)).to.equal('4444 2222 3333 1111');
      expect(inputValue(checkout.cvv)).to.equal('123');
      const retried = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
      expect('source' in retried && retried.source.state).to.equal('chargeable');
      expect(sandbox.store.sources.size).to.equal(1);
    });
  }

  it('gives up after its timeout with a request_timeout error', async () => {
    const checkout = await mountCheckout({ timeoutMs: 200 });
    await typeCard(checkout, '4444222233331111');
    sandbox.setScenario({ name: 'timeout', endpoint: 'POST /sources', times: 1 });
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('request_timeout');
    expect(inputValue(checkout.expiration)).to.equal('12 / 34');
  });
});
