import { css } from 'lit';

/**
 * The card fields inside a composite element look like its own inputs; their state classes are the DigitalRiver.js
 * defaults. The element defines `--_error`.
 */
export const cardSlotStyles = css`
  dr-card-number,
  dr-card-expiration,
  dr-card-cvv {
    min-width: 0;
    padding: 8px;
    border: 1px solid #6b7280;
    border-radius: 4px;
    background: #fff;
  }
  .DRElement--invalid {
    border-color: var(--_error);
  }
`;
