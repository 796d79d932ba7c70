// Names, shapes and constants both sides of the secure fields use, with no code behind them (the field frames stay small).
import type { DrError } from '../../api/errors.js';
import type { FieldKind } from './field-kind.js';

export const FIELD_HANDSHAKE = 'dr-field-connect';
export const CONTROLLER_HANDSHAKE = 'dr-controller-connect';

/** The field frame's document; the controller's sits beside it. */
export const FIELD_DOCUMENT = 'frame.html';
export const CONTROLLER_DOCUMENT = 'controller.html';

/** The channel between the frames of one page, named by a random id the page's controller frame was given. */
export const channelName = (channel: string): string => `dr-secure-fields:${channel}`;

/** Which API the page asks for; the controller sends card data only to an origin its frame deployment allows. */
export interface ApiChoice {
  baseUrl?: string;
  publicKey: string;
  timeoutMs?: number;
}

/** Which field of each kind takes part in a call, by field id. */
export type FieldIds = Partial<Record<FieldKind, string>>;

/** A frame that did not answer (not loaded, gone, or not on the controller's channel). */
export const FIELDS_UNAVAILABLE: DrError = {
  type: 'api_error',
  message: 'The card fields did not answer.',
  errors: [{ code: 'field_unavailable', message: 'The card fields did not answer.' }],
};
