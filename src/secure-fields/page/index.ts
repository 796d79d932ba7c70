// The page's side of the card fields: the group that names its frames to the controller, the connections to the
// frames, and where the frames come from. The card data itself lives only in ../frame/, on the frame origin.
export { FieldGroup, namedGroup, type ApiChoice, type CardSourceData, type TokenizeResult } from './field-group.js';
export { Controller } from './controller.js';
export { FrameConnection } from './frame-connection.js';
export { frameUrlOf } from './frame-url.js';
export { FIELD_KINDS, isFieldKind, type FieldError, type FieldKind } from '../shared/field-kind.js';
export type { FieldStateMessage } from '../shared/protocol.js';
