// The composite checkout's main path in the engine ENGINE names (Firefox ESR or WebKitGTK), on the demo storefront as
// a shopper and a tester use it (`<dr-checkout>` with its card frames on the other loopback host name, the QA panel
// with the sandbox's clock): pay by card and see the source attached; the security code's countdown and expiry with the
// sandbox's clock moved (no real minutes); 3-D Secure through the challenge dialog, approved, declined and cancelled.
// The card fields and the controls are found by the elements' names, their `part`s and what their labels read.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoUrl, eventually, launchEngine } from './engine.mjs';
import { inputState } from './shopper.mjs';

const NUMBER = 'dr-checkout >>> dr-card-number';
const EXPIRY = 'dr-checkout >>> dr-card-expiration';
const CVV = 'dr-checkout >>> dr-card-cvv';
const PAY = 'dr-checkout >>> [part="pay-button"]';
const STATUS = 'dr-checkout >>> [part="status"]';
const WARNING = 'dr-checkout >>> [part="cvc-warning"]';
/** The 3-D Secure dialog ("Verify your payment") and the bank's page in it. */
const CHALLENGE = 'dialog[open]';

/** @type {import('./engine.mjs').Engine} */
let engine;
before(async () => {
  engine = await launchEngine();
});
after(() => engine?.close());

const textOf = (query) => engine.evaluateOn(query, (element) => element.textContent.replace(/\s+/g, ' ').trim());
const valueOf = async (field) => (await engine.evaluateInFrame(field, inputState)).value;
/** What the QA panel shows of the checkout as the storefront's server sees it: one line per attached source. */
const attached = () => engine.evaluate(() => [...document.querySelectorAll('#attached-sources li')].map((item) => item.textContent.replace(/\s+/g, ' ').trim()));
const eventLog = () => engine.evaluate(() => [...document.querySelectorAll('#event-log li')].map((item) => item.textContent));

async function openCheckout() {
  await engine.goto(`${demoUrl}/index.html`);
  await eventually(() => engine.evaluate(() => document.getElementById('sandbox-status')?.textContent ?? ''), (text) => text.includes('Sandbox running'), 'the sandbox is up');
  for (const field of [NUMBER, EXPIRY, CVV]) {
    await eventually(() => engine.evaluateInFrame(field, () => Boolean(document.querySelector('input')?.name)), true, `${field}'s frame is up`);
  }
}

/** Clicks into a card field and types with real key events. */
async function typeInto(field, text) {
  await engine.click(field, 'input');
  await eventually(() => engine.evaluateInFrame(field, inputState), (state) => state.focused, `${field} has the focus after a click`);
  await engine.type(text);
}

/** The billing owner the element asks for, then the card: what a shopper types, in order. */
async function typeCard(number, expiry, cvv) {
  for (const [label, text] of [['First name', 'Ada'], ['Last name', 'Lovelace'], ['Email', 'ada@example.test']]) {
    await engine.click(null, `dr-checkout >>> label=${label}`);
    await engine.type(text);
  }
  await typeInto(NUMBER, number);
  await typeInto(EXPIRY, expiry);
  await typeInto(CVV, cvv);
  await eventually(() => valueOf(CVV), cvv, 'the security code is typed');
}

/** Clicks a clock button of the QA panel and waits until the sandbox has moved. */
async function moveClock(label) {
  const moved = async () => (await eventLog()).filter((line) => line.includes('clock moved forward')).length;
  const before = await moved();
  await engine.click(null, `#qa-panel >>> button=${label}`);
  await eventually(moved, before + 1, `the sandbox clock moved ${label}`);
}

/** Waits for the 3-D Secure dialog and its bank page, then clicks `button` there. */
async function answerChallenge(button) {
  await eventually(
    () => engine.evaluateInFrame(CHALLENGE, (name) => [...document.querySelectorAll('button')].some((element) => element.textContent.includes(name)), button),
    true,
    'the challenge page is shown',
  );
  assert.equal(await engine.evaluateOn(CHALLENGE, (dialog) => document.getElementById(dialog.getAttribute('aria-labelledby')).textContent), 'Verify your payment');
  await engine.click(CHALLENGE, `button=${button}`);
  await eventually(() => engine.evaluate(() => document.querySelector('dialog[open]') === null), true, 'the dialog is closed');
}

test('paying by card creates the source and attaches it to the checkout', async () => {
  await openCheckout();
  await typeCard('4444222233331111', '1234', '123');
  await engine.click(null, PAY);
  await eventually(attached, (lines) => lines.length === 1 && lines[0].includes('Visa ····1111'), 'one Visa attached');
  await eventually(() => textOf(STATUS), 'Visa ending 1111 added to your order.', 'the status says so');
  assert.equal(await engine.evaluate(() => document.getElementById('session-state').textContent), 'requires_confirmation');
});

test('with the sandbox clock moved, the stale security code is announced, then re-entered alone', async () => {
  await openCheckout();
  await typeCard('5466160000000008', '1234', '321');
  await engine.click(null, PAY);
  await eventually(attached, (lines) => lines.length === 1, 'the card is attached');
  await moveClock('to the CVC warning');
  await eventually(() => textOf(WARNING), (text) => text.includes('Your security code expires in 1:'), 'the countdown');
  await moveClock('past the CVC lifetime');
  await eventually(() => textOf(WARNING), 'Your security code has expired. Enter it again to continue.', 'the expiry');
  await eventually(() => valueOf(CVV), '', 'the security code field is emptied');
  assert.equal(await valueOf(NUMBER), '5466 1600 0000 0008', 'the number stays');
  await typeInto(CVV, '654');
  await engine.click(null, 'dr-checkout >>> button=Update security code');
  await eventually(async () => (await eventLog()).some((line) => line.includes('security code refreshed')), true, 'the code is refreshed');
  await eventually(() => textOf(WARNING), '', 'the warning is gone');
  assert.equal((await attached()).length, 1);
});

test('3-D Secure: approving the challenge attaches a chargeable source', async () => {
  await openCheckout();
  await typeCard('5454545454545454', '0330', '737');
  await engine.click(null, PAY);
  await answerChallenge('Approve');
  await eventually(attached, (lines) => lines.length === 1 && lines[0].includes('chargeable'), 'a chargeable source attached');
});

test('3-D Secure: declining, or cancelling the dialog, attaches nothing and keeps the card typed', async () => {
  await openCheckout();
  await typeCard('4917610000000000', '0330', '737');
  await engine.click(null, PAY);
  await answerChallenge('Decline');
  await eventually(() => textOf(STATUS), (text) => /could not be verified/.test(text), 'the shopper is told');
  assert.deepEqual(await attached(), []);
  assert.equal(await valueOf(NUMBER), '4917 6100 0000 0000');
  // Again, and this time the shopper closes the dialog with its own Cancel button.
  await engine.click(null, PAY);
  await eventually(() => engine.evaluate(() => document.querySelector('dialog[open]') !== null), true, 'the dialog is open again');
  await engine.click(null, `${CHALLENGE} >>> button=Cancel`);
  await eventually(() => engine.evaluate(() => document.querySelector('dialog[open]') === null), true, 'the dialog is closed');
  await eventually(() => engine.evaluateOn(PAY, (button) => button.getAttribute('aria-busy')), 'false', 'the payment has ended');
  assert.match(await textOf(STATUS), /could not be verified/);
  assert.deepEqual(await attached(), []);
  assert.equal(await valueOf(CVV), '737');
});
