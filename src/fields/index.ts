// The page's side of the card fields: the group that brokers its frames. The raw card data lives in card-field.ts,
// which runs only inside the field frames (src/frames/frame-main.ts).
export type { FieldError, FieldState } from './card-field.js';
export { FieldGroup, namedGroup, type CardSourceData, type TokenizeResult } from './field-group.js';
export { FIELD_KINDS, isFieldKind, type FieldKind } from './field-kind.js';
export { messagesFor, type FieldMessages } from './messages.js';
