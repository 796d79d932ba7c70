import { css } from 'lit';

export const cardFieldStyles = css`
  :host {
    --_focus-ring: var(--dr-field-focus-ring, 2px solid #1d4ed8);
    display: block;
    font: inherit;
  }
  .field {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    border-radius: 2px;
  }
  :host(:focus-within) .field {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  iframe {
    display: block;
    flex: 1;
    min-width: 0;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
  }
  svg {
    flex: none;
  }
`;
