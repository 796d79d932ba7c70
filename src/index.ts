// ES module entry: the DigitalRiver.js-compatible API and the custom elements (registered on import).
import { defineElements } from './elements/define.js';

defineElements();

export { DigitalRiver, type DigitalRiverOptions, type SourceResult } from './core/digital-river.js';
export { DigitalRiverElement, type ElementOptions, type ElementEventMap, type ElementEventName } from './core/element.js';
export { DrCardFieldElement } from './elements/card-field/card-field.component.js';
export { DrCardCvv, DrCardExpiration, DrCardNumber } from './elements/card-field/card-fields.js';
export { defineElements, ELEMENT_TAGS } from './elements/define.js';
export type { DrFieldEventMap, FieldChangeDetail, FieldEventDetail } from './elements/events.js';
export type { ClassOptions, StyleOptions } from './elements/style-options.js';
export type { CardBrand, CardValidationCode } from './card/types.js';
export type { DrError } from './api/errors.js';
export type { Source } from './api/schemas.js';
export { DEFAULT_API_BASE_URL } from './api/config.js';
