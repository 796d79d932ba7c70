/**
 * What the elements take from a framework's template, whatever the framework: attributes (kebab-case) and properties
 * (camelCase), shared by the React, Vue and Svelte declarations. Types only.
 */
import type { CheckoutServer } from '../checkout/server.js';
import type { SavedCardsService } from '../elements/saved-cards/dr-saved-cards.component.js';
import type { CheckoutTexts } from '../page-texts/index.js';
import type { ClassOptions, StyleOptions } from '../elements/style-options.js';

/** `on` + each event's name (`ondr-change`), as React 19 and Svelte 5 listen to a custom element's events. */
export type EventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/** `<dr-card-number>`, `<dr-card-expiration>`, `<dr-card-cvv>`: properties (camelCase) and attributes (kebab-case). */
export interface CardFieldProps {
  /** The field frame on the frame origin, another origin than the page's (`https://frames.example.test/frame.html`). */
  frameUrl?: string;
  'frame-url'?: string;
  /** Fields of one group tokenize together. */
  group?: string;
  locale?: string;
  label?: string;
  placeholder?: string;
  placeholderText?: string;
  'placeholder-text'?: string;
  disabled?: boolean;
  mask?: boolean;
  /** DigitalRiver.js `style`; an object through the property (`fieldStyle` or `field-style`), JSON as an attribute. */
  fieldStyle?: StyleOptions;
  'field-style'?: StyleOptions | string;
  /** DigitalRiver.js `classes`; an object through the property, JSON as an attribute. */
  classes?: ClassOptions | string;
}

/** `<dr-checkout>`: attributes, and `server` as a property. */
export interface CheckoutProps {
  'public-key'?: string;
  publicKey?: string;
  'checkout-id'?: string;
  checkoutId?: string;
  'session-id'?: string;
  sessionId?: string;
  'customer-id'?: string;
  customerId?: string;
  'api-base-url'?: string;
  apiBaseUrl?: string;
  'frame-url'?: string;
  frameUrl?: string;
  locale?: string;
  billing?: boolean;
  'billing-address'?: boolean;
  billingAddress?: boolean;
  'cvc-lifetime-ms'?: number;
  cvcLifetimeMs?: number;
  'cvc-warning-ms'?: number;
  cvcWarningMs?: number;
  server?: CheckoutServer;
}

/** `<dr-saved-cards>`: attributes, and `service` and `texts` as properties. */
export interface SavedCardsProps {
  /** The checkout session (`dr.checkout({…, customerId})`) that lists and changes the cards. */
  service?: SavedCardsService;
  texts?: CheckoutTexts;
  'frame-url'?: string;
  frameUrl?: string;
  locale?: string;
  group?: string;
  busy?: boolean;
}

/** `<dr-billing-fields>`: attributes, and `texts` as a property. */
export interface BillingFieldsProps {
  texts?: CheckoutTexts;
  locale?: string;
  'frame-url'?: string;
  frameUrl?: string;
  address?: boolean;
  country?: string;
}
