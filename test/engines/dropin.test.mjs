// Drop-in (`dr.createDropin(configuration).mount('drop-in')`, the Drop-in script tag) in the engine ENGINE names
// (Firefox ESR or WebKitGTK), on the demo storefront's Drop-in page as a shopper uses it: the card chosen with the arrow
// keys, typed, the terms ticked and the button pressed from the keyboard, the source attached; PayPal declined, then
// approved on the sandbox's approval page, each time back on the page with the outcome (the pending source kept in
// `sessionStorage`, the marker taken off the address with `history.replaceState`); Google Pay's sandbox sheet
// cancelled with Escape (focus back on the wallet's button), then paid. The sheet is found by its role and name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoUrl, eventually, launchEngine } from './engine.mjs';
import { inputState } from './shopper.mjs';

const PAGE = `${demoUrl}/dropin.html`;
const DROPIN = '#drop-in dr-dropin';
const NUMBER = `${DROPIN} >>> dr-card-number`;
const EXPIRY = `${DROPIN} >>> dr-card-expiration`;
const CVV = `${DROPIN} >>> dr-card-cvv`;
const BUTTON = `${DROPIN} >>> [part="button"]`;
const STATUS = `${DROPIN} >>> [part="status"]`;
const TERMS = `${DROPIN} >>> [part="terms"] input`;
const SHEET = 'dialog=Google Pay (sandbox)';
/** The methods a US checkout's payment session offers. */
const US_METHODS = 'creditCard, payPal, wireTransfer, googlePay, applePay';

/** @type {import('./engine.mjs').Engine} */
let engine;
before(async () => {
  engine = await launchEngine();
});
after(() => engine?.close());

const textOf = (query) => engine.evaluateOn(query, (element) => element.textContent.replace(/\s+/g, ' ').trim());
/** The QA panel's event log, oldest first, without the clock's time. */
const eventLog = () => engine.evaluate(() => [...document.querySelectorAll('#event-log li')].map((item) => item.textContent.replace(/^\S+ /, '')).reverse());
/** The checkout as the storefront's server sees it: one line per attached source. */
const attached = () => engine.evaluate(() => [...document.querySelectorAll('#attached-sources li')].map((item) => item.textContent.replace(/\s+/g, ' ').trim()));
const logged = (prefix) => eventually(eventLog, (lines) => lines.some((line) => line.startsWith(prefix)), `the event log says ${prefix}`, 15_000);

/** What has the focus, through shadow roots: a control's kind and the words a shopper reads with it. */
function focused() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return null;
  const words = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  if (active.localName === 'iframe') return { kind: 'frame', of: active.getRootNode().host?.localName ?? '' };
  if (active.localName === 'input') return { kind: active.type, checked: active.checked, label: words(active.closest('label') ?? active.labels?.[0]) };
  return { kind: active.localName, label: words(active) };
}

/** The Drop-in page with a fresh checkout, once Drop-in reported onReady and the card frames took input. */
async function openDropin() {
  await engine.goto(PAGE);
  await logged(`Drop-in onReady: ${US_METHODS}`);
  for (const field of [NUMBER, EXPIRY, CVV]) {
    await eventually(() => engine.evaluateInFrame(field, () => Boolean(document.querySelector('input')?.name)), true, `${field}'s frame is up`);
  }
}

/** Chooses a method with a click on its radio, as a shopper does with a pointer. */
async function choose(method) {
  await engine.click(null, `${DROPIN} >>> label=${method}`);
  await eventually(() => engine.evaluate(focused), (state) => state?.kind === 'radio' && state.checked && state.label === method, `${method} is chosen`);
}

test('the card, chosen with the arrow keys: typed, the terms ticked with Space, Enter on the button: onSuccess and the source attached', async () => {
  await openDropin();
  await choose('PayPal');
  await eventually(() => textOf(BUTTON), 'Pay with PayPal', 'the button speaks for PayPal');
  await engine.press('ArrowUp');
  await eventually(() => engine.evaluate(focused), { kind: 'radio', checked: true, label: 'Credit card' }, 'ArrowUp chooses the card');
  await eventually(() => textOf(BUTTON), 'Pay now', 'the button is Drop-in’s own again');
  assert.equal(await engine.evaluateOn(`${DROPIN} >>> #panel-creditCard`, (panel) => panel.hidden), false, 'the card panel is open');

  // Tab into the number's frame and on through the other two, typing as a shopper does.
  for (const [field, text, shown] of [[NUMBER, '4444222233331111', '4444 2222 3333 1111'], [EXPIRY, '1234', '12 / 34'], [CVV, '123', '123']]) {
    await engine.press('Tab');
    await eventually(() => engine.evaluateInFrame(field, inputState), (state) => state.focused, `Tab reaches ${field}`);
    await engine.type(text);
    await eventually(async () => (await engine.evaluateInFrame(field, inputState)).value, shown, `${field} shows what was typed`);
  }
  await engine.press('Tab');
  await eventually(() => engine.evaluate(focused), (state) => state?.kind === 'checkbox' && /^Save/.test(state.label), 'Tab reaches the save box');
  await engine.press('Tab');
  await eventually(() => engine.evaluate(focused), (state) => state?.kind === 'checkbox' && !state.checked, 'Tab reaches the terms');
  await engine.type(' ');
  await eventually(() => engine.evaluateOn(TERMS, (box) => box.checked), true, 'Space ticks the terms');
  // The terms' own link (consents.termsOfUse), then the button.
  await engine.press('Tab');
  await eventually(() => engine.evaluate(focused), { kind: 'a', label: 'Terms of Use' }, 'Tab reaches the terms’ link');
  await engine.press('Tab');
  await eventually(() => engine.evaluate(focused), { kind: 'button', label: 'Pay now' }, 'Tab reaches the button');
  await engine.press('Enter');

  await logged('Drop-in onSuccess: creditCard chargeable, readyForStorage false, termsOfSale true');
  await eventually(() => textOf(STATUS), 'Visa ending 1111 is ready.', 'Drop-in says so');
  await eventually(attached, (lines) => lines.length === 1 && lines[0].includes('Visa ····1111') && lines[0].endsWith('chargeable'), 'the card attached');
  assert.equal(await engine.evaluate(() => document.querySelector('#result dl')?.textContent.includes('creditCard')), true, 'the storefront shows the source');
});

/** Pays with PayPal, then answers on the sandbox's approval page; back on the Drop-in page once it has loaded. */
async function payWithPayPal(answer) {
  await choose('PayPal');
  await engine.click(null, TERMS);
  await eventually(() => engine.evaluateOn(TERMS, (box) => box.checked), true, 'the terms are ticked');
  await engine.click(null, BUTTON);
  await eventually(
    () => engine.evaluate(() => [location.pathname, document.querySelector('h1')?.textContent]),
    ([path, heading]) => path.endsWith('/__sandbox/redirect') && heading === 'Sandbox PayPal payment',
    'the sandbox’s approval page',
    15_000,
  );
  await eventually(() => engine.evaluateOn(`button=${answer}`, (button) => button.disabled), false, `${answer} can be pressed`);
  await engine.click(null, `button=${answer}`);
  await eventually(() => engine.evaluate(() => location.pathname), '/dropin.html', 'back on the Drop-in page', 15_000);
}

test('PayPal: declined on the approval page gives onCancel; approved, back on the page onSuccess gets a chargeable source', async () => {
  await openDropin();
  await payWithPayPal('Decline payment');
  await logged('Drop-in onCancel: payPal');
  await eventually(() => textOf(STATUS), 'The PayPal payment was cancelled. Choose how to pay.', 'Drop-in says so');
  assert.equal(await engine.evaluateOn(`${DROPIN} >>> label=PayPal`, (radio) => radio.checked), true, 'PayPal stays chosen');
  assert.deepEqual(await attached(), []);
  assert.equal((await eventLog()).some((line) => line.startsWith('Drop-in onSuccess')), false);

  await payWithPayPal('Approve payment');
  await logged('Drop-in onSuccess: payPal chargeable, readyForStorage false, termsOfSale true');
  await eventually(() => textOf(STATUS), 'PayPal approved the payment.', 'Drop-in says so');
  await eventually(attached, (lines) => lines.length === 1 && lines[0].startsWith('payPal') && lines[0].endsWith('chargeable'), 'the PayPal source attached');
  // The return's marker is off the address and the pending source out of storage, so a reload cannot report it twice.
  assert.doesNotMatch(await engine.evaluate(() => location.href), /drDropinRedirect/);
  assert.equal(await engine.evaluate(() => sessionStorage.getItem('dr-dropin-redirect')), null);
});

test('Google Pay: the wallet’s button opens the sandbox sheet; Escape gives onCancel with focus back on the button; Pay gives onSuccess', async () => {
  await openDropin();
  await choose('Google Pay');
  await engine.click(null, TERMS);
  await eventually(() => engine.evaluateOn(TERMS, (box) => box.checked), true, 'the terms are ticked');
  await engine.click(null, `${DROPIN} >>> button=Buy with Google Pay`);
  await eventually(() => engine.evaluateOn(SHEET, () => true), true, 'the sheet is open');
  await eventually(() => engine.evaluate(focused), (state) => state?.kind === 'button' && state.label.startsWith('Pay $'), 'the sheet has the focus on Pay');
  assert.equal(await engine.evaluateOn(SHEET, (sheet) => sheet.getRootNode().getElementById(sheet.getAttribute('aria-describedby'))?.textContent.includes('Sandbox wallet')), true);

  await engine.press('Escape');
  await logged('Drop-in onCancel: googlePay');
  await eventually(() => engine.evaluateOn(SHEET, () => true).catch(() => false), false, 'the sheet is closed');
  await eventually(() => engine.evaluate(focused), { kind: 'button', label: 'Buy with Google Pay' }, 'focus is back on the wallet’s button');
  await eventually(() => textOf(STATUS), 'The Google Pay payment was cancelled. Choose how to pay.', 'Drop-in says so');

  await engine.press('Enter');
  await eventually(() => engine.evaluate(focused), (state) => state?.kind === 'button' && state.label.startsWith('Pay $'), 'Enter opens the sheet again');
  await engine.click(null, `${SHEET} >>> button=Pay $`);
  await logged('Drop-in onSuccess: googlePay chargeable');
  await eventually(() => textOf(STATUS), 'Google Pay approved the payment.', 'Drop-in says so');
  await eventually(attached, (lines) => lines.length === 1 && lines[0].startsWith('googlePay') && lines[0].endsWith('chargeable'), 'the wallet’s source attached');
});
