/**
 * Types for React 19 TSX: `<dr-card-number>`, `<dr-card-expiration>`, `<dr-card-cvv>`, `<dr-checkout>`,
 * `<dr-saved-cards>` and `<dr-billing-fields>` with their attributes, properties and events. React 19 sets a custom
 * element's known properties and listens to its events from props named `on` + the event's name:
 * `ondr-change={(event) => event.detail.complete}`.
 * Use: `import 'dr-checkout-widget/react';` once (it adds types only).
 */
import type { HTMLAttributes, Ref } from 'react';
import type { DrCardCvv, DrCardExpiration, DrCardNumber } from '../elements/card-field/card-fields.js';
import type { DrCheckoutElement } from '../elements/checkout/dr-checkout.component.js';
import type { DrCheckoutEventMap } from '../elements/checkout/checkout-events.js';
import type { DrBillingFieldsElement } from '../elements/billing-fields/dr-billing-fields.component.js';
import type { DrSavedCardsElement } from '../elements/saved-cards/dr-saved-cards.component.js';
import type { DrSavedCardsEventMap } from '../elements/saved-cards/saved-cards-events.js';
import type { DrFieldEventMap } from '../elements/events.js';
import type { BillingFieldsProps as BillingProps, CardFieldProps as FieldProps, CheckoutProps as CheckoutElementProps, EventProps, SavedCardsProps as SavedProps } from './element-props.js';

type Common<E> = Omit<HTMLAttributes<E>, 'placeholder'> & { ref?: Ref<E>; class?: string };

export type CardFieldProps<E> = Common<E> & EventProps<DrFieldEventMap> & FieldProps;

export type CheckoutProps = Common<DrCheckoutElement> & EventProps<DrCheckoutEventMap> & CheckoutElementProps;

export type SavedCardsProps = Common<DrSavedCardsElement> & EventProps<DrSavedCardsEventMap> & SavedProps;

export type BillingFieldsProps = Common<DrBillingFieldsElement> & BillingProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'dr-card-number': CardFieldProps<DrCardNumber>;
      'dr-card-expiration': CardFieldProps<DrCardExpiration>;
      'dr-card-cvv': CardFieldProps<DrCardCvv>;
      'dr-checkout': CheckoutProps;
      'dr-saved-cards': SavedCardsProps;
      'dr-billing-fields': BillingFieldsProps;
    }
  }
}
