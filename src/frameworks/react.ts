/**
 * Types for React 19 TSX: `<dr-card-number>`, `<dr-card-expiration>`, `<dr-card-cvv>` and `<dr-checkout>` with their
 * attributes, properties and events. React 19 sets a custom element's known properties and listens to its events
 * from props named `on` + the event's name: `ondr-change={(event) => event.detail.complete}`.
 * Use: `import 'dr-checkout-widget/react';` once (it adds types only).
 */
import type { HTMLAttributes, Ref } from 'react';
import type { DrCardCvv, DrCardExpiration, DrCardNumber } from '../elements/card-field/card-fields.js';
import type { DrCheckoutElement } from '../elements/checkout/dr-checkout.component.js';
import type { DrCheckoutEventMap } from '../elements/checkout/checkout-events.js';
import type { DrFieldEventMap } from '../elements/events.js';
import type { CardFieldProps as FieldProps, CheckoutProps as CheckoutElementProps, EventProps } from './element-props.js';

type Common<E> = Omit<HTMLAttributes<E>, 'placeholder'> & { ref?: Ref<E>; class?: string };

export type CardFieldProps<E> = Common<E> & EventProps<DrFieldEventMap> & FieldProps;

export type CheckoutProps = Common<DrCheckoutElement> & EventProps<DrCheckoutEventMap> & CheckoutElementProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'dr-card-number': CardFieldProps<DrCardNumber>;
      'dr-card-expiration': CardFieldProps<DrCardExpiration>;
      'dr-card-cvv': CardFieldProps<DrCardCvv>;
      'dr-checkout': CheckoutProps;
    }
  }
}
