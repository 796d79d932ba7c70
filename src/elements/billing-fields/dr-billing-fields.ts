// Registers <dr-billing-fields>. Importing the component class alone has no side effects.
import { defineElement } from '../define.js';
import { DrBillingFieldsElement } from './dr-billing-fields.component.js';

export const BILLING_FIELDS_TAG = 'dr-billing-fields';

export function defineBillingFieldsElement(): void {
  defineElement(BILLING_FIELDS_TAG, DrBillingFieldsElement);
}

defineBillingFieldsElement();

declare global {
  interface HTMLElementTagNameMap {
    'dr-billing-fields': DrBillingFieldsElement;
  }
}
