import { css } from 'lit';
import { cardSlotStyles } from '../card-field/card-slots.styles.js';
import { billingFieldsStyles } from '../billing-fields/dr-billing-fields.styles.js';
import { savedCardsStyles } from '../saved-cards/dr-saved-cards.styles.js';

export const checkoutStyles = [
  cardSlotStyles,
  savedCardsStyles,
  billingFieldsStyles,
  css`
  :host {
    --_gap: var(--dr-checkout-gap, 12px);
    --_accent: var(--dr-checkout-accent, #1d4ed8);
    --_error: var(--dr-checkout-error-color, #b3261e);
    --_warning-bg: var(--dr-checkout-warning-background, #fff7e0);
    display: block;
    font: inherit;
    color: inherit;
  }
  /* Until the shopper's language is loaded: no flash of English (the fields load meanwhile). */
  form.loading {
    visibility: hidden;
  }
  .check {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  [part='pay-button'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
    font-weight: 600;
  }
  [part='status'].error {
    color: var(--_error);
  }
  [part='cvc-warning']:not(:empty) {
    background: var(--_warning-bg);
    border-radius: 6px;
    padding: 8px 12px;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`,
];
