// Norwegian.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kortnummer", cardexpiration: "Utløpsdato", cardcvv: "Sikkerhetskode" },
  placeholder: { cardnumber: "Kortnummer", cardexpiration: "MM / ÅÅ", cardcvv: "CVC" },
  title: { cardnumber: "Sikkert felt for kortnummer", cardexpiration: "Sikkert felt for utløpsdato", cardcvv: "Sikkert felt for sikkerhetskode" },
  errors: {
    invalid_card_number: "Kortnummeret er ugyldig.",
    incomplete_card_number: "Kortnummeret er ufullstendig.",
    invalid_expiration_month: "Utløpsmåneden er ugyldig.",
    invalid_expiration_year: "Utløpsåret er passert.",
    invalid_expiration_date: "Utløpsdatoen er ugyldig.",
    incomplete_expiration_date: "Utløpsdatoen er ufullstendig.",
    invalid_security_code: "Sikkerhetskoden er ugyldig.",
    incomplete_security_code: "Sikkerhetskoden er ufullstendig.",
  },
};

export default texts;
