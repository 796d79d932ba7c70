// Script-tag entry with the whole payment step: everything in script-tag.ts, plus `dr.checkout()` (attach, CVC-expiry
// warnings, saved cards) and the `<dr-checkout>` element. A storefront loads this one or script-tag.ts, not both.
import './script-tag.js';
import './elements/checkout/dr-checkout.js';
