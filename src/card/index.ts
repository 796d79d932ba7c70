// The card rules: pure functions over text, no DOM. Everything other layers may use is exported here.
export * from './types.js';
export { digitsOf } from './digits.js';
export { detectBrand } from './detect-brand.js';
export { brandDetails } from './brands.js';
export { checkCardNumber, editCardNumber, formatCardNumber } from './card-number.js';
export { checkExpiry, editExpiry } from './expiry.js';
export { checkSecurityCode, editSecurityCode } from './security-code.js';
