import { css } from 'lit';
import { cardSlotStyles } from '../card-field/card-slots.styles.js';

export const checkoutStyles = [
  cardSlotStyles,
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
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  form,
  fieldset,
  .fields {
    min-width: 0;
    display: grid;
    gap: var(--_gap);
  }
  fieldset {
    border: 1px solid #d1d5db;
    border-radius: 6px;
    padding: var(--_gap);
    margin: 0;
  }
  fieldset[hidden] {
    display: none;
  }
  /* Until the shopper's language is loaded: no flash of English (the fields load meanwhile). */
  form.loading {
    visibility: hidden;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_gap);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px;
    min-width: 0;
  }
  input[type='text'],
  input[type='email'] {
    width: 100%;
    min-width: 0;
    font: inherit;
    padding: 8px;
    border: 1px solid #6b7280;
    border-radius: 4px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
  }
  .saved-card,
  .check {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button {
    font: inherit;
    padding: 8px 14px;
    border-radius: 6px;
    border: 1px solid #4b5563;
    background: #fff;
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid #93c5fd;
    outline-offset: 2px;
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
