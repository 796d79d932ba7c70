import { css } from 'lit';

export const cardFieldStyles = css`
  :host {
    --_text: var(--dr-field-text-color, inherit);
    --_error: var(--dr-field-error-color, #b3261e);
    --_focus-ring: var(--dr-field-focus-ring, 2px solid #1d4ed8);
    display: block;
    font: inherit;
  }
  .field {
    display: flex;
    align-items: center;
    gap: 0.5em;
    border-radius: 2px;
  }
  :host(:focus-within) .field {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  input {
    flex: 1;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    outline: none;
  }
  svg {
    flex: none;
  }
  .error {
    color: var(--_error);
    font-size: 0.85em;
  }
`;
