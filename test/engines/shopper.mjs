// What the engine test files share: the example page, its three card fields, and a shopper typing into them.
import { baseUrl, eventually } from './engine.mjs';

export const PAGE = `${baseUrl}/examples/script-tag.html`;
export const NUMBER = '#card-number';
export const EXPIRY = '#card-expiration';
export const CVV = '#card-cvv';

// Runs in a field frame: what the frame's input shows.
export function inputState() {
  const input = document.querySelector('input');
  return {
    value: input.value,
    focused: document.hasFocus() && document.activeElement === input,
    complete: input.classList.contains('is-complete'),
    caret: input.selectionStart,
  };
}

// Runs in the page: the state each element last announced through DigitalRiver.js `change` events.
export function recordChanges() {
  window.lastChange = {};
  for (const element of [number, expiry, cvv]) {
    element.on('change', ({ elementType, complete, empty, brand, error }) => {
      window.lastChange[elementType] = { complete, empty, brand, error: error?.code ?? null };
    });
  }
}

/**
 * Opens the example page and waits until the three frames have their inputs.
 * @param {import('./engine.mjs').Engine} engine
 */
export async function openPage(engine) {
  await engine.goto(PAGE);
  for (const field of [NUMBER, EXPIRY, CVV]) {
    await eventually(() => engine.evaluateInFrame(field, () => Boolean(document.querySelector('input')?.name)), true, `${field}'s frame is up`);
  }
  await engine.evaluate(recordChanges);
}

/**
 * Clicks into a field and types with real key events.
 * @param {import('./engine.mjs').Engine} engine
 */
export async function typeInto(engine, field, text) {
  await engine.click(field, 'input');
  await eventually(() => engine.evaluateInFrame(field, inputState), (state) => state.focused, `${field} has the focus after a click`);
  await engine.type(text);
}
