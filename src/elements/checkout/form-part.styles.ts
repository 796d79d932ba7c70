import { css } from 'lit';

/**
 * What the checkout's form parts share: rows, labelled fields, inputs, buttons. `<dr-checkout>` and the parts'
 * stylesheets include it; a shadow root that holds several of them gets it once.
 */
export const formPartStyles = css`
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
    gap: var(--_gap, 12px);
  }
  fieldset {
    border: 1px solid #d1d5db;
    border-radius: 6px;
    padding: var(--_gap, 12px);
    margin: 0;
  }
  fieldset[hidden] {
    display: none;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_gap, 12px);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 4px;
    min-width: 0;
  }
  input[type='text'],
  input[type='email'],
  select {
    width: 100%;
    min-width: 0;
    font: inherit;
    padding: 8px;
    border: 1px solid #6b7280;
    border-radius: 4px;
  }
  input[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--_error, #b3261e);
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
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid #93c5fd;
    outline-offset: 2px;
  }
  /* The parts render in their host's tree: their rows are the host's grid rows. */
  dr-saved-cards,
  dr-billing-fields {
    display: contents;
  }
`;
