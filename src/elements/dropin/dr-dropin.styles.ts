import { css } from 'lit';
import { cardSlotStyles } from '../card-field/card-slots.styles.js';

export const dropinStyles = [
  cardSlotStyles,
  css`
  :host {
    --_gap: var(--dr-dropin-gap, 12px);
    --_accent: var(--dr-dropin-accent, #1d4ed8);
    --_error: var(--dr-dropin-error-color, #b3261e);
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
  fieldset {
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
  legend {
    font-weight: 600;
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
    gap: 4px;
    min-width: 0;
  }
  .check {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  input[aria-invalid='true'] {
    outline: 2px solid var(--_error);
  }
  button {
    font: inherit;
    font-weight: 600;
    padding: 8px 14px;
    border-radius: 6px;
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: #fff;
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
  [part='status'].error {
    color: var(--_error);
  }
  [hidden] {
    display: none !important;
  }
  /* The methods, an accordion: each a row with its radio; the chosen one opens its panel. */
  .method {
    border: 1px solid #d1d5db;
    border-radius: 6px;
    display: grid;
    gap: var(--_gap);
  }
  .methods .method {
    padding: 8px var(--_gap);
  }
  .methods .method.open {
    border-color: var(--_accent);
  }
  .method:not(.methods .method) {
    border: 0;
  }
  .choice {
    display: flex;
    gap: 8px;
    align-items: center;
    font-weight: 600;
    cursor: pointer;
  }
  .note {
    margin: 0;
  }
  .terms {
    align-items: flex-start;
  }
  .terms input {
    margin-top: 3px;
  }
  a {
    color: var(--_accent);
  }
  /* A wallet's own button, in the place of Drop-in's; the seller's compliance section, set apart under it all. */
  .wallet-button {
    display: flex;
  }
  .compliance {
    border-top: 1px solid #d1d5db;
    padding-top: var(--_gap);
  }
  /* PayPal's button colours and shapes (payPal.style). */
  button[data-paypal-color='gold'] { background: #ffc439; border-color: #ffc439; color: #111827; }
  button[data-paypal-color='blue'] { background: #0070ba; border-color: #0070ba; color: #fff; }
  button[data-paypal-color='silver'] { background: #eeeeee; border-color: #d1d5db; color: #111827; }
  button[data-paypal-color='white'] { background: #fff; border-color: #111827; color: #111827; }
  button[data-paypal-color='black'] { background: #111827; border-color: #111827; color: #fff; }
  button[data-paypal-shape='pill'] { border-radius: 999px; }
`,
];
