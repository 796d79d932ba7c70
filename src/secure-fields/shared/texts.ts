import type { CardValidationCode } from '../../card/index.js';
import type { FieldKind } from './field-kind.js';

/** Texts a shopper reads or hears. Only the language subtag of a locale is used; unknown languages fall back to English. */
export interface FieldMessages {
  label: Record<FieldKind, string>;
  placeholder: Record<FieldKind, string>;
  errors: Record<CardValidationCode, string>;
}

const en: FieldMessages = {
  label: { cardnumber: 'Card number', cardexpiration: 'Expiration date', cardcvv: 'Security code' },
  placeholder: { cardnumber: 'Card number', cardexpiration: 'MM / YY', cardcvv: 'CVV' },
  errors: {
    invalid_card_number: 'Your card number is invalid.',
    incomplete_card_number: 'Your card number is incomplete.',
    invalid_expiration_month: "Your card's expiration month is invalid.",
    invalid_expiration_year: "Your card's expiration year is in the past.",
    invalid_expiration_date: "Your card's expiration date is invalid.",
    incomplete_expiration_date: "Your card's expiration date is incomplete.",
    invalid_security_code: "Your card's security code is invalid.",
    incomplete_security_code: "Your card's security code is incomplete.",
  },
};

const de: FieldMessages = {
  label: { cardnumber: 'Kartennummer', cardexpiration: 'Ablaufdatum', cardcvv: 'Sicherheitscode' },
  placeholder: { cardnumber: 'Kartennummer', cardexpiration: 'MM / JJ', cardcvv: 'CVC' },
  errors: {
    invalid_card_number: 'Die Kartennummer ist ungültig.',
    incomplete_card_number: 'Die Kartennummer ist unvollständig.',
    invalid_expiration_month: 'Der Ablaufmonat ist ungültig.',
    invalid_expiration_year: 'Das Ablaufjahr liegt in der Vergangenheit.',
    invalid_expiration_date: 'Das Ablaufdatum ist ungültig.',
    incomplete_expiration_date: 'Das Ablaufdatum ist unvollständig.',
    invalid_security_code: 'Der Sicherheitscode ist ungültig.',
    incomplete_security_code: 'Der Sicherheitscode ist unvollständig.',
  },
};

const fr: FieldMessages = {
  label: { cardnumber: 'Numéro de carte', cardexpiration: "Date d'expiration", cardcvv: 'Code de sécurité' },
  placeholder: { cardnumber: 'Numéro de carte', cardexpiration: 'MM / AA', cardcvv: 'CVV' },
  errors: {
    invalid_card_number: 'Le numéro de carte est invalide.',
    incomplete_card_number: 'Le numéro de carte est incomplet.',
    invalid_expiration_month: "Le mois d'expiration est invalide.",
    invalid_expiration_year: "L'année d'expiration est passée.",
    invalid_expiration_date: "La date d'expiration est invalide.",
    incomplete_expiration_date: "La date d'expiration est incomplète.",
    invalid_security_code: 'Le code de sécurité est invalide.',
    incomplete_security_code: 'Le code de sécurité est incomplet.',
  },
};

const es: FieldMessages = {
  label: { cardnumber: 'Número de tarjeta', cardexpiration: 'Fecha de caducidad', cardcvv: 'Código de seguridad' },
  placeholder: { cardnumber: 'Número de tarjeta', cardexpiration: 'MM / AA', cardcvv: 'CVV' },
  errors: {
    invalid_card_number: 'El número de tarjeta no es válido.',
    incomplete_card_number: 'El número de tarjeta está incompleto.',
    invalid_expiration_month: 'El mes de caducidad no es válido.',
    invalid_expiration_year: 'El año de caducidad ya ha pasado.',
    invalid_expiration_date: 'La fecha de caducidad no es válida.',
    incomplete_expiration_date: 'La fecha de caducidad está incompleta.',
    invalid_security_code: 'El código de seguridad no es válido.',
    incomplete_security_code: 'El código de seguridad está incompleto.',
  },
};

const byLanguage: Record<string, FieldMessages> = { en, de, fr, es };

export function messagesFor(locale: string | undefined): FieldMessages {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  // Own keys only: a locale such as `__proto__` must not reach Object.prototype.
  return Object.hasOwn(byLanguage, language) ? byLanguage[language]! : en;
}
