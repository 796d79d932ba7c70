/**
 * What a card field says, in every language Digital River documents: one file per language beside this one. The
 * field frame carries English; any other language is a small script of its own, loaded by the frame that needs it
 * (`scripts/frame-assets.mjs` builds one per file).
 */
import type { CardValidationCode } from '../../../card/index.js';
import type { FieldKind } from '../../shared/field-kind.js';
import english from './en.js';

export { LOCALES, localeOf, isRightToLeft, type Locale } from '../../shared/locale.js';

export interface FieldMessages {
  label: Record<FieldKind, string>;
  placeholder: Record<FieldKind, string>;
  /** The frame's title on the page (the page shows it; the frame tells it in its language). */
  title: Record<FieldKind, string>;
  errors: Record<CardValidationCode, string>;
}

export { english };
