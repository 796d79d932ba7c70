export { CardField, type FieldError, type FieldState } from './card-field.js';
export { FieldGroup, namedGroup, type CardSourceData, type SourceCreator, type SourceUpdater, type TokenizeResult } from './field-group.js';
export { FIELD_KINDS, isFieldKind, type FieldKind } from './field-kind.js';
export { messagesFor, type FieldMessages } from './messages.js';
