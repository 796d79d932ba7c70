// The field frames' own document in the engine ENGINE names (Firefox ESR or WebKitGTK): the DigitalRiver.js style
// states inside the frame and the classes on the page's container; the attributes that give a numeric keypad and let
// the browser autofill a card (autofill itself cannot be driven through WebDriver: docs/engines.md); the frames'
// Content-Security-Policy and a storefront's strict one in a `<meta>`; and the frames' channel under the engine's
// partitioning of third-party frames. The page is examples/script-tag.html (frames on the other loopback host name)
// or, for the strict policy, test/engines/pages/strict-csp.html on a third origin this file serves.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { baseUrl, eventually, launchEngine } from './engine.mjs';
import { CVV, EXPIRY, inputState, NUMBER, openPage, typeInto } from './shopper.mjs';

/** The frames' origin: the example server under its other loopback host name. */
const framesOrigin = (() => {
  const url = new URL(baseUrl);
  url.hostname = 'localhost';
  return url.origin;
})();
const CONTROLLER = 'iframe[aria-hidden="true"]';

/** @type {import('./engine.mjs').Engine} */
let engine;
/** @type {import('node:http').Server} */
let storefront;
let storefrontUrl = '';
before(async () => {
  engine = await launchEngine();
  // A storefront on an origin of its own, serving test/engines/pages with the library's and the frames' origins in.
  storefront = createServer(async (request, response) => {
    const name = new URL(request.url ?? '/', 'http://storefront').pathname.slice(1);
    const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css' };
    try {
      if (!/^[\w-]+\.(html|js|css)$/.test(name)) throw new Error('not a page file');
      const text = (await readFile(new URL(`pages/${name}`, import.meta.url), 'utf8')).replaceAll('{{LIBRARY}}', baseUrl).replaceAll('{{FRAMES}}', framesOrigin);
      response.writeHead(200, { 'content-type': types[name.split('.').pop()] }).end(text);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => storefront.listen(0, '127.0.0.1', resolve));
  storefrontUrl = `http://127.0.0.1:${storefront.address().port}`;
});
after(async () => {
  await engine?.close();
  storefront?.close();
});

const classesOf = (container) => engine.evaluate((id) => [...document.getElementById(id).classList], container);
/** Runs in a frame: the input's computed value of a CSS property. */
const inputStyle = (property) => getComputedStyle(document.querySelector('input')).getPropertyValue(property);
/** Runs in a frame: browser autofill sets the value and fires a plain `input` event, with no keystroke. */
function autofill(text) {
  const input = document.querySelector('input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
/** Runs in a frame or the page: from now on, the policy violations reported in this document. */
function recordViolations() {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
}

test('every DR.js style state applies inside the frame, and the container gets each state\'s classes', async () => {
  await openPage(engine);
  await engine.evaluate(async () => {
    const frames = new URL(location.href);
    frames.hostname = 'localhost';
    const dr = new DigitalRiver('pk_test_styles', { apiBaseUrl: `${location.origin}/sandbox-api/~styles`, frameUrl: `${frames.origin}/frames/frame.html` });
    const box = document.createElement('div');
    box.id = 'styled';
    document.body.append(box);
    const element = dr.createElement('cardnumber', {
      style: {
        base: { color: 'rgb(1, 1, 1)', fontSize: '20px' },
        empty: { color: 'rgb(2, 2, 2)' },
        complete: { color: 'rgb(3, 3, 3)' },
        invalid: { color: 'rgb(4, 4, 4)' },
        webkitAutofill: { color: 'rgb(5, 5, 5)' },
        focus: { fontStyle: 'italic' },
      },
      classes: { complete: 'is-complete is-ok' },
    });
    await new Promise((resolve) => {
      element.on('ready', resolve);
      element.mount('styled');
    });
  });
  const STYLED = '#styled';
  // WebKitWebDriver focuses a frame it switches to (and the field then focuses its input, as for the page's focus()),
  // so each step reads the page's classes first, then looks inside the frame.
  const classes = async () => (await classesOf('styled')).filter((name) => name !== 'DRElement').sort();
  const inFrame = (property) => engine.evaluateInFrame(STYLED, inputStyle, property);
  const leave = () => engine.click(null, 'h1');

  await eventually(classes, ['DRElement--empty'], 'empty');
  assert.ok((await classesOf('styled')).includes('DRElement'));
  assert.deepEqual([await inFrame('color'), await inFrame('font-size'), await inFrame('font-style')], ['rgb(2, 2, 2)', '20px', 'normal'], 'empty, over base');
  await typeInto(engine, STYLED, '4444');
  await eventually(classes, ['DRElement--focus'], 'focused, no longer empty');
  assert.deepEqual([await inFrame('color'), await inFrame('font-style')], ['rgb(1, 1, 1)', 'italic'], 'base and focus');
  await engine.type('222233331111');
  await leave();
  await eventually(classes, ['is-complete', 'is-ok'], 'complete, after the focus left');
  assert.equal(await inFrame('color'), 'rgb(3, 3, 3)', 'complete');
  await typeInto(engine, STYLED, '');
  await engine.press('Control+a');
  await engine.press('Backspace');
  await engine.type('5466160000000009');
  await leave();
  await eventually(classes, ['DRElement--invalid'], 'invalid: a Luhn failure at the brand\'s full length');
  assert.equal(await inFrame('color'), 'rgb(4, 4, 4)', 'invalid');
  await engine.evaluateInFrame(STYLED, autofill, '5466160000000008');
  await eventually(async () => (await classes()).filter((name) => name !== 'DRElement--focus'), ['DRElement--autofilled', 'is-complete', 'is-ok'], 'filled by the browser\'s autofill');
  assert.equal(await inFrame('color'), 'rgb(5, 5, 5)', 'webkitAutofill');
});

test('the inputs ask for a numeric keypad and name the card parts for autofill, and a fill of all three makes a source', async () => {
  await openPage(engine);
  // The attributes as written: Firefox reads `cc-csc` back as '' through the property (not a token it knows); the
  // attribute is there for the engines that do.
  const attributes = () => {
    const input = document.querySelector('input');
    return { type: input.type, inputMode: input.inputMode, autocomplete: input.getAttribute('autocomplete'), name: input.name, spellcheck: input.spellcheck };
  };
  const common = { type: 'text', inputMode: 'numeric', spellcheck: false };
  assert.deepEqual(await engine.evaluateInFrame(NUMBER, attributes), { ...common, autocomplete: 'cc-number', name: 'cardnumber' });
  assert.deepEqual(await engine.evaluateInFrame(EXPIRY, attributes), { ...common, autocomplete: 'cc-exp', name: 'exp-date' });
  assert.deepEqual(await engine.evaluateInFrame(CVV, attributes), { ...common, autocomplete: 'cc-csc', name: 'cvc' });
  const cvcToken = await engine.evaluateInFrame(CVV, () => document.querySelector('input').autocomplete);
  assert.equal(cvcToken, engine.name === 'firefox' ? '' : 'cc-csc', 'the security code\'s token as the engine reads it');
  // Payment is allowed in the frames (and Chromium's shared-autofill, in the engines that know it, and only there).
  const allow = await engine.evaluateOn(`${NUMBER} >>> iframe`, (frame) => frame.getAttribute('allow'));
  assert.equal(allow, 'payment');
  // What a browser's autofill does: each frame's value set at once, with plain `input` events.
  for (const [field, text] of [[NUMBER, '4444222233331111'], [EXPIRY, '12/34'], [CVV, '123']]) await engine.evaluateInFrame(field, autofill, text);
  for (const container of ['card-number', 'card-expiration', 'card-cvv']) {
    await eventually(async () => (await classesOf(container)).filter((name) => name.startsWith('DRElement--')).sort(), ['DRElement--autofilled', 'DRElement--complete'], `#${container} is complete and autofilled`);
  }
  assert.equal((await engine.evaluateInFrame(EXPIRY, inputState)).value, '12 / 34');
  await engine.click(null, '#pay');
  await eventually(() => engine.evaluate(() => document.getElementById('result').textContent), (text) => /: chargeable, Visa ending 1111$/.test(text), 'the source', 15_000);
});

test('a storefront page with a strict Content-Security-Policy in a <meta>: the fields work in French, and no policy is violated on the page or in the frames', async () => {
  await engine.goto(`${storefrontUrl}/strict-csp.html`);
  for (const field of [NUMBER, EXPIRY, CVV]) {
    await eventually(() => engine.evaluateInFrame(field, () => Boolean(document.querySelector('input')?.name)), true, `${field}'s frame is up`);
  }
  await eventually(() => engine.evaluateInFrame(CONTROLLER, () => document.readyState), 'complete', 'the controller frame is up');
  for (const frame of [NUMBER, EXPIRY, CVV, CONTROLLER]) await engine.evaluateInFrame(frame, recordViolations);
  // What each frame loaded under its own policy ran: its stylesheet (by hash), its script (by hash) and the French
  // texts that script added ('strict-dynamic').
  assert.equal(await engine.evaluateInFrame(NUMBER, inputStyle, 'border-top-width'), '0px', 'frame.css applies');
  await eventually(() => engine.evaluateInFrame(NUMBER, () => document.querySelector('input').placeholder), 'Numéro de carte', 'the French texts');
  await typeInto(engine, NUMBER, '4444222233331111');
  await typeInto(engine, EXPIRY, '1130');
  await typeInto(engine, CVV, '123');
  // The page's style option, a stylesheet the frame's script builds.
  await eventually(() => engine.evaluateInFrame(NUMBER, inputStyle, 'color'), 'rgb(0, 100, 0)', 'the complete style');
  await engine.click(null, '#pay');
  await eventually(() => engine.evaluate(() => document.getElementById('result').textContent), (text) => /^Source \S+: chargeable$/.test(text), 'the source', 15_000);
  assert.deepEqual(await engine.evaluate(() => window.violations), [], 'on the page, from its first script on');
  for (const frame of [NUMBER, EXPIRY, CVV, CONTROLLER]) assert.deepEqual(await engine.evaluateInFrame(frame, () => window.violations), [], `in ${frame}`);
});

test('markup injected into a field frame runs no script: the engine blocks and reports the inline handler and script', async () => {
  await openPage(engine);
  await engine.evaluateInFrame(NUMBER, () => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.effectiveDirective));
    // An inline handler, as an HTML injection would bring it: the image is refused, then its handler.
    document.body.insertAdjacentHTML('beforeend', '<img src="data:," alt="" onerror="window.handlerRan = true">');
    // A document written into the frame (an srcdoc frame inherits the policy), with an inline script.
    const child = document.createElement('iframe');
    child.srcdoc = '<script>parent.inlineRan = true</script>';
    child.addEventListener('load', () => (window.childLoaded = child.contentDocument?.querySelector('script') !== null));
    document.body.append(child);
  });
  const outcome = () => engine.evaluateInFrame(NUMBER, () => ({
    handlerBlocked: window.violations.some((directive) => directive.startsWith('script-src')),
    childParsed: window.childLoaded === true,
    ran: Boolean(window.handlerRan || window.inlineRan),
  }));
  await eventually(outcome, { handlerBlocked: true, childParsed: true, ran: false }, 'both refused');
  // The field still works.
  await typeInto(engine, NUMBER, '4444');
  await eventually(async () => (await engine.evaluateInFrame(NUMBER, inputState)).value, '4444', 'typed after the injection');
});

test('the frames\' channel works in their third-party partition, and a page of the frames\' origin outside it hears nothing', async () => {
  await openPage(engine);
  const pageOrigin = await engine.evaluate(() => location.origin);
  const frameSrc = await engine.evaluateOn(`${NUMBER} >>> iframe`, (frame) => frame.src);
  assert.notEqual(new URL(frameSrc).hostname, new URL(pageOrigin).hostname, 'the frames are on another site than the page');
  const channel = `dr-secure-fields:${new URLSearchParams(new URL(frameSrc).hash.slice(1)).get('channel')}`;
  await typeInto(engine, NUMBER, '4444222233331111');
  await eventually(() => engine.evaluate(() => window.lastChange.cardnumber?.complete), true, 'the number is complete');

  // Runs in a document of the frames' origin: listens on the fields' channel and asks who holds a value (the
  // controller's greeting, which the fields answer with their values).
  function listen(name) {
    window.heard = [];
    window.listener = new BroadcastChannel(name);
    window.listener.onmessage = (event) => window.heard.push(JSON.stringify(event.data));
    window.listener.postMessage({ type: 'controller' });
  }
  const heardNumber = (heard) => heard.some((text) => text.includes('"kind":"cardnumber"') && text.includes('4444'));
  // The same partition (the expiry frame, beside the number's under this page) hears the number's answer.
  await engine.evaluateInFrame(EXPIRY, listen, channel);
  await eventually(() => engine.evaluateInFrame(EXPIRY, () => window.heard), heardNumber, 'the frames\' partition hears the fields');
  // A top-level page of the frames' own origin is another partition: the same question goes unanswered.
  const tab = await engine.openTab(`${framesOrigin}/frames/controller.html`);
  try {
    await tab.evaluate(listen, channel);
    // Bounded by a round through the fields' partition after it: the expiry frame asks again and hears the answer.
    await engine.evaluateInFrame(EXPIRY, () => {
      window.heard = [];
      window.listener.postMessage({ type: 'controller' });
    });
    await eventually(() => engine.evaluateInFrame(EXPIRY, () => window.heard), heardNumber, 'the fields answered again');
    assert.deepEqual(await tab.evaluate(() => window.heard), [], 'nothing crossed into the first-party page');
  } finally {
    await tab.close();
  }
});
