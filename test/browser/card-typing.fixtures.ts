// Typing into the card fields' cross-origin frames the way a shopper does, for tests of flows built on the fields
// (checkout session, <dr-checkout>): a click, so the browser itself moves the focus into the frame's input; keys once
// the frame reports that focus; then a check that the value arrived.
//
// Why not only `typeInto` (secure-fields.fixtures.ts): focus given by script (`field.focus()`) passes through the
// frame's window, and under load the input can report focus, lose it and get it back, so keys sent in between are lost;
// and after a click from one frame into another, the page's `activeElement` can stay on the first frame, so `typeInto`
// focuses again and waits for a `dr-focus` that never comes.
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
 * Clicks the middle of the field's frame until its input reports the focus. It clicks even when the field has it
 * (focus given by script may still be on its way). A busy browser can route a click to the page before it knows where
 * a frame it just laid out sits, and such a click does nothing: it is repeated, up to 5 times.
 */
export async function clickInto(field: Field): Promise<void> {
  const element = elementOf(field);
  const frame = element.shadowRoot!.querySelector('iframe')!;
  for (let attempt = 1; ; attempt++) {
    frame.scrollIntoView({ block: 'center' });
    const box = frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    try {
      await waitUntil(() => focusedFields.has(element), '', { timeout: 1000 });
      return;
    } catch {
      if (attempt === 5) throw new Error(`${nameOf(element)} did not get the focus after ${attempt} clicks`);
    }
  }
}

/** Empties the field and waits until its frame says so (keys typed next must not overtake the clear). */
export async function clearField(field: Field): Promise<void> {
  const element = elementOf(field);
  field.clear();
  await waitUntil(() => element.state.empty, `${nameOf(element)} was not cleared`, { timeout: 5000 });
}

/**
 * Clicks into an empty field and types a value that makes it complete, then waits until the frame reports it
 * complete. When keys were lost on the way (the focus moving between frames, see above), the field is cleared and the
 * value typed again, up to 3 times; the error names the state the field was left in.
 */
export async function typeIn(field: Field, text: string): Promise<void> {
  const element = elementOf(field);
  for (let attempt = 1; ; attempt++) {
    await clickInto(element);
    await sendKeys({ type: text });
    try {
      await waitUntil(() => element.state.complete, '', { timeout: 2000 });
      return;
    } catch {
      if (attempt === 3) throw new Error(`${nameOf(element)} is not complete after typing ${attempt} times: ${JSON.stringify(element.state)}`);
      await clearField(element);
    }
  }
}
