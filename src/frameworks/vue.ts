/**
 * Types for Vue 3 templates (`vue-tsc`, Volar): `<dr-card-number>`, `<dr-card-expiration>`, `<dr-card-cvv>`,
 * `<dr-checkout>`, `<dr-saved-cards>` and `<dr-billing-fields>` as global components, with their properties and events:
 * `@dr-change="(event) => event.detail.complete"`, `:field-style="style"`, `frame-url="…"`, and `ref` giving the element.
 * Use: `import 'dr-checkout-widget/vue';` once (it adds types only; nothing of Vue is imported at run time). Vue itself
 * must be told the `dr-` tags are custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('dr-')`.
 */
import type { AllowedComponentProps, EmitFn, HTMLAttributes, VNodeProps } from 'vue';
import type { DrCardCvv, DrCardExpiration, DrCardNumber } from '../elements/card-field/card-fields.js';
import type { DrCheckoutElement } from '../elements/checkout/dr-checkout.component.js';
import type { DrCheckoutEventMap } from '../elements/checkout/checkout-events.js';
import type { DrBillingFieldsElement } from '../elements/billing-fields/dr-billing-fields.component.js';
import type { DrSavedCardsElement } from '../elements/saved-cards/dr-saved-cards.component.js';
import type { DrSavedCardsEventMap } from '../elements/saved-cards/saved-cards-events.js';
import type { DrFieldEventMap } from '../elements/events.js';
import type { BillingFieldsProps, CardFieldProps, CheckoutProps, SavedCardsProps } from './element-props.js';

/**
 * Props under their camelCase names only: Vue's template checker matches `frame-url="…"` and `:field-style="…"` to
 * `frameUrl` and `fieldStyle`, and a kebab-case twin of a prop leaves the element's event handlers untyped.
 */
type CamelCaseProps<Props> = { [K in keyof Props as K extends `${string}-${string}` ? never : K]: Props[K] };

/** Vue reads a template's props from `$props` and its events from `$emit`; the element is what a `ref` holds. */
export type VueCustomElement<E extends HTMLElement, Props, Events> = new () => E & {
  /** @deprecated For template type checks only: the element has no `$props`. */
  $props: Omit<HTMLAttributes, keyof Props> & CamelCaseProps<Props> & VNodeProps & AllowedComponentProps;
  /** @deprecated For template type checks only: the element has no `$emit`. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'dr-card-number': VueCustomElement<DrCardNumber, CardFieldProps, DrFieldEventMap>;
    'dr-card-expiration': VueCustomElement<DrCardExpiration, CardFieldProps, DrFieldEventMap>;
    'dr-card-cvv': VueCustomElement<DrCardCvv, CardFieldProps, DrFieldEventMap>;
    'dr-checkout': VueCustomElement<DrCheckoutElement, CheckoutProps, DrCheckoutEventMap>;
    'dr-saved-cards': VueCustomElement<DrSavedCardsElement, SavedCardsProps, DrSavedCardsEventMap>;
    'dr-billing-fields': VueCustomElement<DrBillingFieldsElement, BillingFieldsProps, object>;
  }
}
