// Script-tag entry with Drop-in: everything in script-tag.ts, plus `dr.createDropin(configuration)` and its element.
// A storefront loads this one or script-tag.ts, not both.
import './script-tag.js';
import './entries/dropin.js';
import './payments/install.js';
