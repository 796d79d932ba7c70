import { formPartStyles } from '../checkout/form-part.styles.js';

/**
 * `<dr-billing-fields>` has no shadow root of its own: the element whose shadow root holds it includes these styles
 * (`static styles = [billingFieldsStyles, …]`); a page that places it directly styles it as its own markup.
 */
export const billingFieldsStyles = [formPartStyles];
