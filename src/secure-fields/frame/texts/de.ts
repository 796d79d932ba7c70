// German.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kartennummer", cardexpiration: "Ablaufdatum", cardcvv: "Sicherheitscode" },
  placeholder: { cardnumber: "Kartennummer", cardexpiration: "MM / JJ", cardcvv: "CVC" },
  title: { cardnumber: "Sicheres Feld für die Kartennummer", cardexpiration: "Sicheres Feld für das Ablaufdatum", cardcvv: "Sicheres Feld für den Sicherheitscode" },
  errors: {
    invalid_card_number: "Die Kartennummer ist ungültig.",
    incomplete_card_number: "Die Kartennummer ist unvollständig.",
    invalid_expiration_month: "Der Ablaufmonat ist ungültig.",
    invalid_expiration_year: "Das Ablaufjahr liegt in der Vergangenheit.",
    invalid_expiration_date: "Das Ablaufdatum ist ungültig.",
    incomplete_expiration_date: "Das Ablaufdatum ist unvollständig.",
    invalid_security_code: "Der Sicherheitscode ist ungültig.",
    incomplete_security_code: "Der Sicherheitscode ist unvollständig.",
  },
};

export default texts;
