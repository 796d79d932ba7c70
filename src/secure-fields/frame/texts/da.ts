// Danish.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kortnummer", cardexpiration: "Udløbsdato", cardcvv: "Sikkerhedskode" },
  placeholder: { cardnumber: "Kortnummer", cardexpiration: "MM / ÅÅ", cardcvv: "CVC" },
  title: { cardnumber: "Sikkert felt til kortnummer", cardexpiration: "Sikkert felt til udløbsdato", cardcvv: "Sikkert felt til sikkerhedskode" },
  errors: {
    invalid_card_number: "Kortnummeret er ugyldigt.",
    incomplete_card_number: "Kortnummeret er ufuldstændigt.",
    invalid_expiration_month: "Udløbsmåneden er ugyldig.",
    invalid_expiration_year: "Udløbsåret ligger i fortiden.",
    invalid_expiration_date: "Udløbsdatoen er ugyldig.",
    incomplete_expiration_date: "Udløbsdatoen er ufuldstændig.",
    invalid_security_code: "Sikkerhedskoden er ugyldig.",
    incomplete_security_code: "Sikkerhedskoden er ufuldstændig.",
  },
};

export default texts;
