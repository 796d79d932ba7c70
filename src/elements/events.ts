import type { CardBrand } from '../card/index.js';
import type { FieldError, FieldKind } from '../secure-fields/page/index.js';
import type { DrCheckoutEventMap } from './checkout/checkout-events.js';
import type { DrSavedCardsEventMap } from './saved-cards/saved-cards-events.js';

/** Payload of `dr-change` (and of DigitalRiver.js `on('change')`). It never carries the field's value. */
export interface FieldChangeDetail {
  elementType: FieldKind;
  brand: CardBrand;
  complete: boolean;
  empty: boolean;
  /** `null` when there is none, as DigitalRiver.js sends it. */
  error: FieldError | null;
}

export interface FieldEventDetail {
  elementType: FieldKind;
}

/**
 * Events of the card fields. Names carry a `dr-` prefix so they never collide with the native `change`, `focus` and
 * `blur` events that bubble out of the same elements.
 */
export interface DrFieldEventMap {
  'dr-ready': CustomEvent<FieldEventDetail>;
  'dr-change': CustomEvent<FieldChangeDetail>;
  'dr-focus': CustomEvent<FieldEventDetail>;
  'dr-blur': CustomEvent<FieldEventDetail>;
  'dr-return': CustomEvent<FieldEventDetail>;
}

/** Every event the library's elements send. */
export interface DrEventMap extends DrFieldEventMap, DrCheckoutEventMap, DrSavedCardsEventMap {}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends DrEventMap {}
}

type DetailOf<K extends keyof DrEventMap> = DrEventMap[K] extends CustomEvent<infer D> ? D : never;

/** The one way elements send events: bubbling and composed, so they cross shadow roots. */
export function emit<K extends keyof DrEventMap>(target: EventTarget, name: K, detail: DetailOf<K>): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
