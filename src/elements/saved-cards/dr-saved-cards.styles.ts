import { css } from 'lit';
import { formPartStyles } from '../checkout/form-part.styles.js';

/**
 * `<dr-saved-cards>` has no shadow root of its own: the element whose shadow root holds it includes these styles
 * (`static styles = [savedCardsStyles, …]`); a page that places it directly styles it as its own markup.
 */
export const savedCardsStyles = [
  formPartStyles,
  css`
    .saved-card {
      display: flex;
      gap: 8px;
      align-items: center;
    }
  `,
];
