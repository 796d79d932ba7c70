// What browser tests of the card fields share: the field frames on the other loopback host name (a second origin),
// a sandbox of their own over HTTP (the frames call the API from their origin), and typing into a frame.
import { oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DigitalRiverElement } from '../../src/core/element.js';
import type { DrCardFieldElement } from '../../src/elements/card-field/card-field.component.js';
import { connectSandbox, newTenantUrl, type RemoteSandbox } from '../../src/sandbox/remote.js';

export function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

export const frameUrl = (): string => `${otherOrigin()}/frames/frame.html`;

export const sandboxForTests = (): Promise<RemoteSandbox> => connectSandbox(newTenantUrl(location.origin));

type Field = DigitalRiverElement | DrCardFieldElement;
const elementOf = (field: Field): DrCardFieldElement => ('fieldElement' in field ? field.fieldElement : field);

/**
 * Focuses the field with its focus() (as a storefront's script does) unless it has the focus, then types with real
 * key presses. Keys reach the frame's input before this resolves; the state they cause may still be on its way to
 * the page, so a test waits for the state it expects.
 */
export async function typeInto(field: Field, text: string): Promise<void> {
  const element = elementOf(field);
  // A field whose frame has the focus gets no new focus event from focus(): the keys go to it as they are.
  const frameHasFocus = element.shadowRoot?.activeElement?.tagName === 'IFRAME';
  if (!frameHasFocus) {
    const focused = oneEvent(element, 'dr-focus');
    field.focus();
    await focused;
  }
  if (text) await sendKeys({ type: text });
}
