/**
 * Types for Svelte 5 (`svelte-check`): `<dr-card-number>`, `<dr-card-expiration>`, `<dr-card-cvv>`, `<dr-checkout>`,
 * `<dr-saved-cards>` and `<dr-billing-fields>` with their attributes, properties and events. Svelte 5 sets a custom
 * element's known properties and listens to its events through attributes named `on` + the event's name:
 * `ondr-change={(event) => event.detail.complete}`.
 * Use: `import 'dr-checkout-widget/svelte';` once (it adds types only).
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { DrCardCvv, DrCardExpiration, DrCardNumber } from '../elements/card-field/card-fields.js';
import type { DrCheckoutElement } from '../elements/checkout/dr-checkout.component.js';
import type { DrCheckoutEventMap } from '../elements/checkout/checkout-events.js';
import type { DrBillingFieldsElement } from '../elements/billing-fields/dr-billing-fields.component.js';
import type { DrSavedCardsElement } from '../elements/saved-cards/dr-saved-cards.component.js';
import type { DrSavedCardsEventMap } from '../elements/saved-cards/saved-cards-events.js';
import type { DrFieldEventMap } from '../elements/events.js';
import type { BillingFieldsProps, CardFieldProps, CheckoutProps, EventProps, SavedCardsProps } from './element-props.js';

/** The element's own props over Svelte's HTML attributes; `currentTarget` of an event is the element. */
export type SvelteCustomElement<E extends HTMLElement, Props, Events> = Omit<HTMLAttributes<E>, keyof Props> &
  Props &
  EventProps<{ [K in keyof Events]: Events[K] & { currentTarget: E } }>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'dr-card-number': SvelteCustomElement<DrCardNumber, CardFieldProps, DrFieldEventMap>;
    'dr-card-expiration': SvelteCustomElement<DrCardExpiration, CardFieldProps, DrFieldEventMap>;
    'dr-card-cvv': SvelteCustomElement<DrCardCvv, CardFieldProps, DrFieldEventMap>;
    'dr-checkout': SvelteCustomElement<DrCheckoutElement, CheckoutProps, DrCheckoutEventMap>;
    'dr-saved-cards': SvelteCustomElement<DrSavedCardsElement, SavedCardsProps, DrSavedCardsEventMap>;
    'dr-billing-fields': SvelteCustomElement<DrBillingFieldsElement, BillingFieldsProps, object>;
  }
}
