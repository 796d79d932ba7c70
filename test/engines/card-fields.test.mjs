// The card fields as a shopper uses them, in the engine ENGINE names (Firefox ESR or WebKitGTK): real key events and
// clicks into the three cross-origin frames of examples/script-tag.html (the DigitalRiver.js snippet, unchanged), with
// the frames on the other loopback host name and the payment API's sandbox behind the server.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eventually, launchEngine } from './engine.mjs';
import { CVV, EXPIRY, inputState, NUMBER, openPage as shopperOpens, typeInto as shopperTypes } from './shopper.mjs';

/** @type {import('./engine.mjs').Engine} */
let engine;
before(async () => {
  engine = await launchEngine();
  console.log(`# ${engine.name}: ${engine.version}`);
});
after(() => engine?.close());

// Runs in the page: which card field holds the focus (its frame's kind), or else the focused element's id.
function pageFocus() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active?.localName === 'iframe') return new URLSearchParams(new URL(active.src).hash.slice(1)).get('kind');
  return active?.id || active?.localName || null;
}

const valueOf = async (field) => (await engine.evaluateInFrame(field, inputState)).value;
const completeClass = (container) => engine.evaluate((id) => document.getElementById(id).classList.contains('DRElement--complete'), container.slice(1));

const openPage = () => shopperOpens(engine);
const typeInto = (field, text) => shopperTypes(engine, field, text);

/** Waits until the field in `field` is the focused one, as the page and the frame each see it. */
async function expectFocus(field, kind) {
  await eventually(() => engine.evaluate(pageFocus), kind, `the page's focus is on ${kind}`);
  await eventually(async () => (await engine.evaluateInFrame(field, inputState)).focused, true, `${kind}'s input has the focus`);
}

test('typing a test card with real key events formats each field and makes all three complete', async () => {
  await openPage();
  await typeInto(NUMBER, '4444222233331111');
  await typeInto(EXPIRY, '1130');
  await typeInto(CVV, '123');
  await eventually(() => valueOf(NUMBER), '4444 2222 3333 1111', 'the number, formatted');
  await eventually(() => valueOf(EXPIRY), '11 / 30', 'the expiry, formatted');
  await eventually(() => valueOf(CVV), '123', 'the security code');
  await eventually(
    // (The number's brand, and the security code's, which the brand sets the length of.)
    () => engine.evaluate(() => Object.fromEntries(Object.entries(window.lastChange).map(([kind, { complete, error, brand }]) => [kind, { complete, error, ...(kind === 'cardexpiration' ? {} : { brand }) }]))),
    {
      cardnumber: { complete: true, error: null, brand: 'visa' },
      cardexpiration: { complete: true, error: null },
      cardcvv: { complete: true, error: null, brand: 'visa' },
    },
    'the change events the page got',
  );
  for (const field of [NUMBER, EXPIRY, CVV]) {
    assert.equal(await completeClass(field), true, `${field} has DRElement--complete`);
    assert.equal((await engine.evaluateInFrame(field, inputState)).complete, true, `${field}'s input shows complete`);
  }
});

test('the caret stays after the digit typed in the middle of a formatted number', async () => {
  await openPage();
  await typeInto(NUMBER, '44442222');
  await eventually(() => valueOf(NUMBER), '4444 2222', 'the number, formatted');
  await engine.press('Home');
  await engine.press('ArrowRight');
  await engine.press('ArrowRight');
  await engine.type('9');
  await eventually(() => engine.evaluateInFrame(NUMBER, inputState), (state) => state.value === '4494 4222 2' && state.caret === 3, 'the digit went in at the caret, which stayed after it');
});

test('a number copied on the page and pasted with the keyboard is formatted and makes the field complete', async () => {
  await openPage();
  await engine.evaluate(() => {
    const copy = document.createElement('textarea');
    copy.id = 'copy-from';
    copy.value = '3434-567890 12341';
    document.body.prepend(copy);
  });
  await engine.click(null, '#copy-from');
  await engine.press('Control+a');
  await engine.press('Control+c');
  await engine.click(NUMBER, 'input');
  await eventually(async () => (await engine.evaluateInFrame(NUMBER, inputState)).focused, true, 'the number field has the focus');
  await engine.press('Control+v');
  await eventually(() => valueOf(NUMBER), '3434 567890 12341', 'the pasted number, formatted');
  await eventually(() => engine.evaluate(() => window.lastChange.cardnumber), { complete: true, empty: false, brand: 'amex', error: null }, 'the number is complete');
});

test('Tab and Shift+Tab move through the three frames and on to the page\'s button, in order', async () => {
  await openPage();
  await engine.click(NUMBER, 'input');
  await expectFocus(NUMBER, 'cardnumber');
  await engine.press('Tab');
  await expectFocus(EXPIRY, 'cardexpiration');
  await engine.press('Tab');
  await expectFocus(CVV, 'cardcvv');
  await engine.press('Tab');
  await eventually(() => engine.evaluate(pageFocus), 'pay', 'Tab from the last field reaches Pay');
  await engine.press('Shift+Tab');
  await expectFocus(CVV, 'cardcvv');
  await engine.press('Shift+Tab');
  await expectFocus(EXPIRY, 'cardexpiration');
  await engine.press('Shift+Tab');
  await expectFocus(NUMBER, 'cardnumber');
  // Keys typed after Tab land in the field Tab reached.
  await engine.press('Tab');
  await expectFocus(EXPIRY, 'cardexpiration');
  await engine.type('0530');
  await eventually(() => valueOf(EXPIRY), '05 / 30', 'typed after Tab');
  assert.equal(await valueOf(NUMBER), '');
});

test('a click on a field\'s label puts the caret in that field', async () => {
  await openPage();
  await engine.click(null, 'label[for="card-expiration"]');
  await expectFocus(EXPIRY, 'cardexpiration');
  await engine.type('1130');
  await eventually(() => valueOf(EXPIRY), '11 / 30', 'typed after the label click');
});

test('createSource on the sandbox gives a chargeable source for the typed test card, and the page never holds the number', async () => {
  await openPage();
  await typeInto(NUMBER, '6011987698769876');
  await typeInto(EXPIRY, '1130');
  await typeInto(CVV, '321');
  await eventually(() => engine.evaluate(() => Object.values(window.lastChange).filter((state) => state.complete).length), 3, 'all three complete');
  await engine.click(null, '#pay');
  const result = await eventually(() => engine.evaluate(() => document.getElementById('result').textContent), (text) => text !== '', 'the result', 15_000);
  assert.match(result, /^Source \S+: chargeable, Discover ending 9876$/);
  const pageText = await engine.evaluate(() => document.documentElement.outerHTML + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href);
  assert.ok(!pageText.includes('6011987698769876'), 'the number is nowhere in the page');
});

test('unmount() and mount() give back what the shopper typed, and focus() right after mount() takes the keys', async () => {
  await openPage();
  await typeInto(NUMBER, '4444222233331111');
  await eventually(() => engine.evaluate(() => window.lastChange.cardnumber?.complete), true, 'the number is complete');
  // The controller frame holds the value once it is up (shortly after the fields are ready).
  await eventually(
    () => engine.evaluate(() => document.querySelector('#card-number > *').fieldGroup.version()),
    (version) => typeof version === 'string' && !version.startsWith('-'),
    'the controller holds the number',
  );
  await engine.evaluate(() => number.unmount());
  assert.equal(await engine.evaluate(() => document.querySelector('#card-number iframe, #card-number > *')), null);
  await engine.evaluate(() => number.mount('card-number'));
  await eventually(() => valueOf(NUMBER), '4444 2222 3333 1111', 'the number is back after mount()');
  await eventually(() => completeClass(NUMBER), true, 'the remounted field is complete');

  await engine.evaluate(() => {
    expiry.unmount();
    expiry.mount('card-expiration');
    expiry.focus();
  });
  await eventually(() => engine.evaluate(pageFocus), 'cardexpiration', 'the page\'s focus is on the expiry field');
  await eventually(
    () => engine.evaluateInFrame(EXPIRY, () => document.hasFocus() && Boolean(document.querySelector('input').name)),
    true,
    'the new frame\'s document is up and holds the focus',
  );
  // WebKit refuses focus() in a cross-origin frame the shopper has not used yet when no user gesture runs (this is a
  // script's focus()): its input takes the focus with the shopper's first key (the frame's keydown handler), and
  // keeps that key. The other engines focus the input at once.
  if (engine.name !== 'webkit') await expectFocus(EXPIRY, 'cardexpiration');
  await engine.type('1130');
  await eventually(() => valueOf(EXPIRY), '11 / 30', 'typed after focus() on a field just mounted');
  await expectFocus(EXPIRY, 'cardexpiration');
});
