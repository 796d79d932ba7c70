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
`,
];
