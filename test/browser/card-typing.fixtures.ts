// Typing into the card fields' cross-origin frames the way a shopper does, for tests of flows built on the fields
// (checkout session, <dr-checkout>): one click, so the browser itself moves the focus into the frame's input; keys
// once the frame reports that focus; then a check that the value arrived. Nothing is retried: a click that gives no
// focus, or a key that is lost, fails the test, as it would fail a shopper.
import { waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DigitalRiverElement } from '../../src/core/element.js';
import type { DrCardFieldElement } from '../../src/elements/card-field/card-field.component.js';

export type Field = DigitalRiverElement | DrCardFieldElement;
export const elementOf = (field: Field): DrCardFieldElement => ('fieldElement' in field ? field.fieldElement : field);

// The fields' events are composed: at the document, the first target of the path is the field itself.
const readyFields = new WeakSet<EventTarget>();
const focusedFields = new WeakSet<EventTarget>();
document.addEventListener('dr-ready', (event) => readyFields.add(event.composedPath()[0]!));
document.addEventListener('dr-focus', (event) => focusedFields.add(event.composedPath()[0]!));
document.addEventListener('dr-blur', (event) => focusedFields.delete(event.composedPath()[0]!));

const nameOf = (element: DrCardFieldElement) => (element.id ? `#${element.id}` : element.localName);

/** Resolves once the field's frame has connected (its `dr-ready`, even if it came before this call). */
export function whenReady(field: Field): Promise<void> {
  const element = elementOf(field);
  return waitUntil(() => readyFields.has(element), `${nameOf(element)}: the frame is not ready`, { timeout: 5000 });
}

/** Resolves once the field's input has the focus, as its frame reports. */
export function whenFocused(field: Field): Promise<void> {
  const element = elementOf(field);
  return waitUntil(() => focusedFields.has(element), `${nameOf(element)} did not get the focus`, { timeout: 5000 });
}

/**
 * Clicks the middle of the field's frame, once, as a shopper does, and waits until its input reports the focus.
 * A click that does not give the focus fails the test: a shopper would have lost the keys that follow.
 */
export async function clickInto(field: Field): Promise<void> {
  const element = elementOf(field);
  const frame = element.shadowRoot!.querySelector('iframe')!;
  frame.scrollIntoView({ block: 'center' });
  const box = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await waitUntil(() => focusedFields.has(element), `${nameOf(element)} did not get the focus from a click`, { timeout: 3000 });
}

/** Empties the field and waits until its frame has (keys typed next must not overtake the clear). */
export async function clearField(field: Field): Promise<void> {
  await elementOf(field).clear();
}

/**
 * Clicks into an empty field and types a value that makes it complete, then waits until the frame reports it
 * complete. Typed once: a key lost on the way fails the test, with the state the field was left in.
 */
export async function typeIn(field: Field, text: string): Promise<void> {
  const element = elementOf(field);
  await clickInto(element);
  await sendKeys({ type: text });
  await waitUntil(() => element.state.complete, `${nameOf(element)} is not complete after typing "${text.replace(/\d/g, '#')}": ${JSON.stringify(element.state)}`, { timeout: 3000 });
}
