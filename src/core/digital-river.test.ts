import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RemoteSandbox } from '../sandbox/remote.js';
import { frameUrl, sandboxForTests, typeInto } from '../../test/browser/secure-fields.fixtures.js';
import { DigitalRiver, type DigitalRiverOptions } from './digital-river.js';
import type { DigitalRiverElement } from './element.js';

const KEY = 'pk_test_core_tests';
let sandbox: RemoteSandbox;

before(async () => {
  sandbox = await sandboxForTests();
});
afterEach(() => sandbox.reset());

/** A DigitalRiver instance on the test sandbox, with its field frames on the second origin. */
const digitalRiver = (options: DigitalRiverOptions = {}) => new DigitalRiver(KEY, { apiBaseUrl: sandbox.url, frameUrl: frameUrl(), ...options });

/** Mounts an element and resolves when its frame is ready. */
function mounted(element: DigitalRiverElement, id: string): Promise<void> {
  const ready = new Promise<void>((resolve) => element.on('ready', () => resolve()));
  element.mount(id);
  return ready;
}

interface Checkout {
  dr: DigitalRiver;
  number: DigitalRiverElement;
  expiration: DigitalRiverElement;
  cvv: DigitalRiverElement;
  form: HTMLElement;
}

async function mountCheckout(options: DigitalRiverOptions = {}): Promise<Checkout> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <label for="n">Card number</label><div id="n"></div>
    <label for="e">Expiry</label><div id="e"></div>
    <label for="c">Security code</label><div id="c"></div>
  </form>`);
  const dr = digitalRiver(options);
  const number = dr.createElement('CardNumber')!;
  const expiration = dr.createElement('cardexpiration')!;
  const cvv = dr.createElement('cardCVV')!;
  await Promise.all([mounted(number, 'n'), mounted(expiration, 'e'), mounted(cvv, 'c')]);
  return { dr, number, expiration, cvv, form };
}

async function typeCard(checkout: Checkout, number: string, expiry = '1234', cvv = '123'): Promise<void> {
  await typeInto(checkout.number, number);
  await typeInto(checkout.expiration, expiry);
  await typeInto(checkout.cvv, cvv);
}


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
    expect('source' in result && result.source.creditCard?.brand, JSON.stringify(result)).to.equal('MasterCard');
  });

  it('gives the failing test card a source in state failed', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '4000000000003295');
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('source' in result && result.source.state, JSON.stringify(result)).to.equal('failed');
  });

  it('answers incomplete fields with validation errors and sends no request', async () => {
    const checkout = await mountCheckout();
    await typeInto(checkout.number, '4444 2222');
    const before = (await sandbox.sources()).length;
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('validation_error');
    if (!('error' in result)) return;
    expect(result.error.errors.map((e) => e.code)).to.deep.equal(['incomplete_card_number', 'incomplete_expiration_date', 'incomplete_security_code']);
    expect(result.error.message).to.equal(result.error.errors[0]!.message);
    expect((await sandbox.sources()).length).to.equal(before);
    expect(checkout.form.querySelector('#n')!.classList.contains('DRElement--invalid')).to.equal(true);
  });

  it('waits for fields whose frames are still loading instead of calling them missing', async () => {
    await fixture(html`<div><div id="n2"></div><div id="e2"></div><div id="c2"></div></div>`);
    const dr = digitalRiver();
    const elements = (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => dr.createElement(type)!);
    elements.forEach((element, i) => element.mount(['n2', 'e2', 'c2'][i]!));
    // Pay pressed at once: the frames are still loading.
    const result = await dr.createSource(elements[0]!, { type: 'creditCard' });
    expect('error' in result && result.error.errors.map((e) => e.code)).to.deep.equal(['incomplete_card_number', 'incomplete_expiration_date', 'incomplete_security_code']);
  });

  it('reports every DR.js validation code reachable by typing', async () => {
    const checkout = await mountCheckout({ clock: { now: () => new Date(2026, 10, 23) } });
    const codes = new Set<string>();
    for (const element of [checkout.number, checkout.expiration, checkout.cvv]) element.on('change', (e) => e.error && codes.add(e.error.code));
    await typeInto(checkout.number, '5466160000000009'); // wrong check digit
    await checkout.number.fieldElement.clear();
    await typeInto(checkout.number, '4444'); // left incomplete when focus moves on
    await typeInto(checkout.expiration, '13'); // month 13
    await checkout.expiration.fieldElement.clear();
    await typeInto(checkout.expiration, '0126'); // January of this year
    await checkout.expiration.fieldElement.clear();
    await typeInto(checkout.expiration, '0119'); // a past year
    await checkout.expiration.fieldElement.clear();
    await typeInto(checkout.expiration, '122099'); // absurdly far ahead
    await checkout.expiration.fieldElement.clear();
    await typeInto(checkout.expiration, '1'); // left incomplete
    await typeInto(checkout.cvv, '1'); // left incomplete
    await checkout.number.fieldElement.clear();
    await typeInto(checkout.number, '343456789012341');
    await checkout.cvv.fieldElement.clear();
    await typeInto(checkout.cvv, '1234');
    await checkout.number.fieldElement.clear();
    await typeInto(checkout.number, '4444222233331111'); // a Visa code has 3 digits, not 4
    await waitUntil(() => codes.has('invalid_security_code'), 'the code is too long for Visa');
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

  it('shares one call only with the same call: another createSource at the same time gets its own answer', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '4444222233331111');
    const [card, other] = await Promise.all([
      checkout.dr.createSource(checkout.number, { type: 'creditCard' }),
      checkout.dr.createSource({ type: 'nope' } as never),
    ]);
    expect('source' in card && card.source.type).to.equal('creditCard');
    expect('error' in other).to.equal(true);
  });

  it('keeps what the shopper typed when the API cannot be reached', async () => {
    const checkout = await mountCheckout();
    // (The controller frame calls the API itself; the page never sends the card.)
    await typeCard(checkout, '4444222233331111');
    await sandbox.setScenario({ name: 'network_error', endpoint: 'POST /sources' });
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('network_error');
    expect(JSON.stringify(result)).not.to.contain('4444222233331111');
    // Nothing typed was lost: all three fields are still complete.
    for (const field of [checkout.number, checkout.expiration, checkout.cvv]) expect(field.fieldElement.state.complete).to.equal(true);
  });
});

describe('DigitalRiver elements', () => {
  it('mounts again after an unmount with what the shopper typed, and clear() empties a field', async () => {
    const checkout = await mountCheckout();
    await typeCard(checkout, '4444222233331111');
    await waitUntil(() => checkout.cvv.fieldElement.state.complete, 'card typed');
    // (The controller frame holds values from about 0.1 s after the fields are ready; typing by a test is quicker.)
    const group = checkout.number.fieldElement.fieldGroup!;
    await waitUntil(async () => !(await group.version()).includes('-'), 'the controller holds the card');
    for (const field of [checkout.number, checkout.expiration]) field.unmount();
    expect(checkout.form.querySelector('dr-card-number')).to.equal(null);
    // DigitalRiver.js: "the element and its data still exist". The value waited in the controller frame.
    await Promise.all([mounted(checkout.number, 'n'), mounted(checkout.expiration, 'e')]);
    await waitUntil(() => checkout.number.fieldElement.state.complete && checkout.expiration.fieldElement.state.complete, 'values back after mount');
    expect(checkout.number.fieldElement.state.brand).to.equal('visa');
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('source' in result && result.source.creditCard?.lastFourDigits).to.equal('1111');
    const cleared = new Promise((resolve) => checkout.number.on('change', resolve));
    checkout.number.clear();
    await cleared;
    expect(checkout.number.fieldElement.state.empty).to.equal(true);
  });

  it('names the field after the label of its container and applies classes to the container', async () => {
    const checkout = await mountCheckout();
    const container = checkout.form.querySelector('#n')!;
    expect(checkout.number.fieldElement.shadowRoot!.querySelector('iframe')!.title).to.equal('Secure card number field');
    expect(container.classList.contains('DRElement')).to.equal(true);
    expect(container.classList.contains('DRElement--empty')).to.equal(true);
  });

  it('sends ready, change and return through on()', async () => {
    await fixture(html`<div id="solo"></div>`);
    const dr = digitalRiver();
    const number = dr.createElement('cardnumber')!;
    const events: string[] = [];
    number.on('ready', () => events.push('ready'));
    number.on('change', (e) => events.push(`change:${e.brand}`));
    number.on('return', () => events.push('return'));
    await mounted(number, 'solo');
    await typeInto(number, '4');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 3, 'three events');
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
    const dr = digitalRiver();
    expect(dr.createElement('iban')).to.equal(undefined);
    expect(errors[0]).to.contain('unknown_element_type').and.contain('"iban"');
  });

  it('refuses card frames on the page\'s own origin (the page could read them) and says so at once', async () => {
    for (const frameUrl of ['/frames/frame.html', `${location.origin}/frames/frame.html`, undefined]) {
      errors.length = 0;
      // Without a frame URL the frames are beside the library's script: on this test page, the page's own origin.
      const dr = new DigitalRiver(KEY, { apiBaseUrl: sandbox.url, ...(frameUrl ? { frameUrl } : {}) });
      expect(errors[0], String(frameUrl)).to.contain('frame_same_origin');
      const result = await dr.createSource({ type: 'creditCard' });
      expect('error' in result && result.error.errors[0], String(frameUrl)).to.deep.include({ code: 'frame_same_origin', parameter: 'frameUrl' });
    }
  });

  it('names a missing container', () => {
    const dr = digitalRiver();
    const error = dr.createElement('cardnumber')!.mount('nowhere');
    expect(error?.errors[0]).to.deep.include({ code: 'container_not_found', parameter: 'containerId' });
    expect(error?.message).to.contain('"nowhere"');
  });

  it('names values without a string form (null-prototype objects, symbols) without throwing', () => {
    const dr = digitalRiver();
    const bare = Object.create(null) as string;
    expect(dr.createElement(bare)).to.equal(undefined);
    expect(errors[0]).to.contain('unknown_element_type').and.contain('a value of type object');
    const number = dr.createElement('cardnumber')!;
    expect(number.mount(bare)?.message).to.contain('a value of type object');
    const warned: string[] = [];
    const originalWarn = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      number.on(Symbol('change') as unknown as 'change', () => undefined);
    } finally {
      console.warn = originalWarn;
    }
    expect(warned.join('\n')).to.contain('a value of type symbol');
  });

  it('takes a publishable key in every shape Digital River documents', async () => {
    for (const key of ['pk_test_2b5d4e6f', 'pk_hc_a1b2c3d4e5f60718293a4b5c6d7e8f90', 'pk_1a2b3c4d5e6f708192a3b4c5d6e7f809']) {
      const dr = new DigitalRiver(key, { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });
      const result = await dr.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 1, expirationYear: 2031, cvv: '123' } });
      expect('source' in result && result.source.state, key).to.equal('chargeable');
    }
  });

  it('rejects a bad key and a secret key without throwing', async () => {
    for (const [key, code] of [
      ['', 'invalid_public_key'],
      ['test_123', 'invalid_public_key'],
      ['pk_', 'invalid_public_key'],
      ['pk_with space', 'invalid_public_key'],
      ['sk_test_123', 'secret_key_in_browser'],
      ['sk_2b5d4e6f', 'secret_key_in_browser'],
    ] as const) {
      const dr = new DigitalRiver(key);
      const result = await dr.createSource({ type: 'creditCard' });
      expect('error' in result && result.error.errors[0]!.code).to.equal(code);
    }
  });

  it('refuses an element of another instance', async () => {
    const checkout = await mountCheckout();
    const other = digitalRiver();
    const result = await other.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.errors[0]!.code).to.equal('foreign_element');
  });
});

describe('DigitalRiver.createSource with card data, and retrieveSource', () => {
  it('sends a creditCard block to the API, which refuses a bad one with a typed error, then creates and retrieves the source', async () => {
    const dr = digitalRiver();
    const invalid = await dr.createSource({ type: 'creditCard', creditCard: { number: '4444222233331112', expirationMonth: 13, expirationYear: 2034, cvv: '1' } });
    if (!('error' in invalid)) throw new Error('a month 13 card was accepted');
    expect(invalid.error.type).to.equal('bad_request');
    expect(invalid.error.errors.map((e) => e.parameter)).to.include.members(['creditCard.expirationMonth', 'creditCard.cvv']);

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
      // No `times`: a browser retries a POST once when its reused connection drops, so the fault stays until cleared.
      await sandbox.setScenario(scenario);
      const failed = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
      expect('error' in failed && failed.error.type, JSON.stringify(failed)).to.equal(type);
      expect(JSON.stringify(failed)).not.to.contain('4444222233331111');
      await sandbox.setScenario(null);
      // The retry types nothing: what the shopper typed is still in the fields.
      const retried = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
      expect('source' in retried && retried.source.state).to.equal('chargeable');
      expect('source' in retried && retried.source.creditCard?.lastFourDigits).to.equal('1111');
      expect((await sandbox.sources()).length).to.equal(1);
    });
  }

  it('gives up after its timeout with a request_timeout error', async () => {
    const checkout = await mountCheckout({ timeoutMs: 200 });
    await typeCard(checkout, '4444222233331111');
    await sandbox.setScenario({ name: 'timeout', endpoint: 'POST /sources', times: 1 });
    const result = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('request_timeout');
    const retried = await checkout.dr.createSource(checkout.number, { type: 'creditCard' });
    expect('source' in retried && retried.source.creditCard?.expirationYear).to.equal(2034);
  });
});
