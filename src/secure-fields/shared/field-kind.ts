import type { CardValidationCode } from '../../card/index.js';

/** The three card fields, named as DigitalRiver.js element types. */
export const FIELD_KINDS = ['cardnumber', 'cardexpiration', 'cardcvv'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export function isFieldKind(value: unknown): value is FieldKind {
  return typeof value === 'string' && (FIELD_KINDS as readonly string[]).includes(value);
}

/** A validation error as DigitalRiver.js reports it in `change` events. */
export interface FieldError {
  type: 'validation_error';
  code: CardValidationCode;
  message: string;
}
