/**
 * Types for React 19 TSX: `<dr-card-number>`, `<dr-card-expiration>`, `<dr-card-cvv>` and `<dr-checkout>` with their
 * attributes, properties and events. React 19 sets a custom element's known properties and listens to its events
 * from props named `on` + the event's name: `ondr-change={(event) => event.detail.complete}`.
 * Use: `import 'dr-checkout-widget/react';` once (it adds types only).
 */
import type { HTMLAttributes, Ref } from 'react';
import type { CheckoutServer } from '../checkout/server.js';
import type { DrCardCvv, DrCardExpiration, DrCardNumber } from '../elements/card-field/card-fields.js';
import type { DrCheckoutElement } from '../elements/checkout/dr-checkout.component.js';
import type { DrCheckoutEventMap } from '../elements/checkout/checkout-events.js';
import type { DrFieldEventMap } from '../elements/events.js';
import type { ClassOptions, StyleOptions } from '../elements/style-options.js';

/** `ondr-change` and the like, for each event of the map. */
type EventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

type Common<E> = Omit<HTMLAttributes<E>, 'placeholder'> & { ref?: Ref<E>; class?: string };

export type CardFieldProps<E> = Common<E> &
  EventProps<DrFieldEventMap> & {
    'frame-url'?: string;
    frameUrl?: string;
    group?: string;
    locale?: string;
    label?: string;
    placeholder?: string;
    'placeholder-text'?: string;
    disabled?: boolean;
    mask?: boolean;
    fieldStyle?: StyleOptions;
    'field-style'?: StyleOptions | string;
    classes?: ClassOptions | string;
  };

export type CheckoutProps = Common<DrCheckoutElement> &
  EventProps<DrCheckoutEventMap> & {
    'public-key'?: string;
    'checkout-id'?: string;
    'session-id'?: string;
    'customer-id'?: string;
    'api-base-url'?: string;
    'frame-url'?: string;
    locale?: string;
    billing?: boolean;
    'cvc-lifetime-ms'?: number;
    'cvc-warning-ms'?: number;
    server?: CheckoutServer;
  };

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
