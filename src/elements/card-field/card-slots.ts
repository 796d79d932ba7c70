// The three card fields a composite element (<dr-checkout>, Drop-in) creates, and where its template puts them.
import type { DigitalRiverElement } from '../../core/element.js';

export type CardFields = { number: DigitalRiverElement; expiration: DigitalRiverElement; cvv: DigitalRiverElement };

/**
 * Moves each field into its slot in `root` (`#number-slot`, `#expiration-slot`, `#cvv-slot`) when it is not there
 * yet: after each render, since a render may replace a slot.
 */
export function placeCardFields(root: ParentNode, fields: CardFields | undefined): void {
  if (!fields) return;
  const slots: [string, DigitalRiverElement][] = [
    ['#number-slot', fields.number],
    ['#expiration-slot', fields.expiration],
    ['#cvv-slot', fields.cvv],
  ];
  for (const [selector, handle] of slots) {
    const slot = root.querySelector(selector);
    if (slot && handle.fieldElement.parentNode !== slot) slot.append(handle.fieldElement);
  }
}
